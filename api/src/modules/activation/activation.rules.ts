import { ageOn } from '../identity/eligibility.js';

/** What a young person needs to ask for their credit, under the grant policy in force. */
export interface ActivationFacts {
  activationStatus: string | null;
  isBeneficiary: boolean;
  birthDate: string | null;
  departmentOpen: boolean;
  /** Ages at which the policy grants credit (GRANT_2019: 18). */
  eligibleAges: number[];
  requiresOpenDepartment: boolean;
  today: Date;
}

export type ActivationObstacle =
  'ALREADY_ACTIVATED' | 'REJECTED' | 'NOT_A_YOUNG_ACCOUNT' | 'DEPARTMENT_CLOSED' | 'AGE';

/**
 * Why a credit cannot be granted today, whoever asks (the young person requesting it,
 * the admin approving it); null when it can.
 */
export function activationObstacle(f: ActivationFacts): ActivationObstacle | null {
  if (f.isBeneficiary || f.activationStatus === 'ACTIVATED') return 'ALREADY_ACTIVATED';
  if (f.activationStatus === 'REJECTED') return 'REJECTED';
  if (f.activationStatus !== 'PRE_REGISTERED' && f.activationStatus !== 'REQUESTED') {
    return 'NOT_A_YOUNG_ACCOUNT';
  }
  if (f.requiresOpenDepartment && !f.departmentOpen) return 'DEPARTMENT_CLOSED';
  const age = f.birthDate ? ageOn(f.birthDate, f.today) : -1;
  if (!f.eligibleAges.includes(age)) return 'AGE';
  return null;
}

/** Why the young person cannot ask, as a French sentence addressed to them; null when they can. */
export function activationRequestRefusal(f: ActivationFacts): string | null {
  const ages = f.eligibleAges.join(' ou ');
  switch (activationObstacle(f)) {
    case null:
      return null;
    case 'ALREADY_ACTIVATED':
      return 'Ton crédit pass Culture est déjà activé.';
    case 'REJECTED':
      return "Ta demande a été refusée : écris au support du pass Culture si tu penses qu'il s'agit d'une erreur.";
    case 'NOT_A_YOUNG_ACCOUNT':
      return "Ce compte n'est pas un compte jeune.";
    case 'DEPARTMENT_CLOSED':
      return "Ton département n'est pas encore ouvert au pass Culture : ta préinscription est gardée, tu pourras demander ton crédit dès son ouverture.";
    case 'AGE':
      return `Le crédit se demande à ${ages} ans : ta préinscription est gardée jusque-là.`;
  }
}

/** The same obstacle told to an admin reviewing the request. */
export function activationApprovalRefusal(f: ActivationFacts): string | null {
  const ages = f.eligibleAges.join(' ou ');
  switch (activationObstacle(f)) {
    case null:
      return null;
    case 'ALREADY_ACTIVATED':
      return 'Le crédit de cette personne est déjà activé.';
    case 'REJECTED':
      return 'Cette demande a déjà été refusée.';
    case 'NOT_A_YOUNG_ACCOUNT':
      return "Ce compte n'est pas un compte jeune.";
    case 'DEPARTMENT_CLOSED':
      return "Le département de cette personne n'est pas ouvert au pass Culture : ouvrez-le avant de valider la demande.";
    case 'AGE':
      return `Cette personne n'a pas l'âge du crédit aujourd'hui (${ages} ans) : la demande ne peut pas être validée.`;
  }
}
