import { ageOn } from './eligibility.js';

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

/** Why the request cannot be made, as a French sentence; null when it can. */
export function activationRequestRefusal(f: ActivationFacts): string | null {
  if (f.isBeneficiary || f.activationStatus === 'ACTIVATED')
    return 'Ton crédit pass Culture est déjà activé.';
  if (f.activationStatus === 'REJECTED') {
    return "Ta demande a été refusée : écris au support du pass Culture si tu penses qu'il s'agit d'une erreur.";
  }
  if (f.activationStatus !== 'PRE_REGISTERED' && f.activationStatus !== 'REQUESTED') {
    return "Ce compte n'est pas un compte jeune.";
  }
  if (f.requiresOpenDepartment && !f.departmentOpen) {
    return "Ton département n'est pas encore ouvert au pass Culture : ta préinscription est gardée, tu pourras demander ton crédit dès son ouverture.";
  }
  const age = f.birthDate ? ageOn(f.birthDate, f.today) : -1;
  if (!f.eligibleAges.includes(age)) {
    const ages = f.eligibleAges.join(' ou ');
    return `Le crédit se demande à ${ages} ans : ta préinscription est gardée jusque-là.`;
  }
  return null;
}
