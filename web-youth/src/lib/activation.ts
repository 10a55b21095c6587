export type ActivationStatus = 'PRE_REGISTERED' | 'REQUESTED' | 'ACTIVATED' | 'REJECTED';

export interface ActivationNoticeView {
  /** Short status, e.g. « Préinscription enregistrée ». */
  title: string;
  /** What it means and what happens next. */
  lines: string[];
  tone: 'info' | 'warning';
  /** A pre-registered person in an open department may ask for their credit (« Demander mon crédit »). */
  canRequest: boolean;
}

/** Where the person lives, as the API says (`me.department`): open to the pass or not. */
export interface DepartmentView {
  code: string;
  name: string;
  isOpen: boolean;
}

/** « Seine-Saint-Denis (93) », or the code alone when the name is missing. */
function departmentLabel(department: DepartmentView): string {
  return department.name ? `${department.name} (${department.code})` : `(${department.code})`;
}

/**
 * What a young person without a usable credit is told about it, from their
 * activation status and department; null when the credit is active.
 */
export function activationNotice(user: {
  activationStatus: ActivationStatus | null;
  department: DepartmentView | null;
  hasWallet: boolean;
}): ActivationNoticeView | null {
  const department = user.department;
  switch (user.activationStatus) {
    case 'ACTIVATED':
      if (user.hasWallet) return null;
      return {
        title: 'Crédit en cours de préparation',
        lines: [
          "Ton compte est activé, mais ton crédit n'apparaît pas encore.",
          'Reviens dans quelques minutes ; si rien ne change, contacte le support du pass Culture.',
        ],
        tone: 'info',
        canRequest: false,
      };
    case 'REQUESTED':
      return {
        title: 'Demande de crédit en attente de validation',
        lines: [
          "Ta demande de crédit est bien arrivée : l'équipe du pass Culture vérifie ton identité.",
          'Tu recevras un e-mail dès que ton crédit sera activé. En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
        ],
        tone: 'info',
        canRequest: false,
      };
    case 'REJECTED':
      return {
        title: 'Demande de crédit refusée',
        lines: [
          "Ta demande de crédit n'a pas été acceptée : ton éligibilité n'a pas pu être confirmée.",
          "Si tu penses que c'est une erreur, contacte le support du pass Culture avec une pièce d'identité.",
        ],
        tone: 'warning',
        canRequest: false,
      };
    case 'PRE_REGISTERED':
      if (department && !department.isOpen) {
        return {
          title: 'Préinscription enregistrée',
          lines: [
            `Ton département ${departmentLabel(department)} n'est pas encore ouvert au pass Culture : tu ne peux pas encore recevoir de crédit.`,
            'Ta préinscription est bien enregistrée. Dès que ton département ouvrira, tu pourras demander ton crédit si tu as 18 ans.',
            'En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
          ],
          tone: 'info',
          canRequest: false,
        };
      }
      if (department) {
        return {
          title: 'Préinscription enregistrée',
          lines: [
            `Ton département ${departmentLabel(department)} participe au pass Culture.`,
            "Si tu as 18 ans, demande ton crédit : l'équipe du pass Culture vérifiera ton identité avant de l'activer.",
            'En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
          ],
          tone: 'info',
          canRequest: true,
        };
      }
      return {
        title: 'Préinscription enregistrée',
        lines: [
          'Ton inscription est bien enregistrée.',
          "Ton crédit pourra être activé à tes 18 ans, après vérification de ton identité par l'équipe du pass Culture.",
          'En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
        ],
        tone: 'info',
        canRequest: false,
      };
    default:
      return {
        title: "Ce compte n'a pas de crédit pass Culture",
        lines: [
          "Le crédit pass Culture est réservé aux jeunes. Connecte-toi avec ton compte jeune pour l'utiliser.",
        ],
        tone: 'info',
        canRequest: false,
      };
  }
}
