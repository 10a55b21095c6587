/** Departments of the 2019 experiment, open to the pass (the API's EXPERIMENT_DEPARTMENTS_2019). */
export const OPEN_DEPARTMENTS: ReadonlySet<string> = new Set([
  '08',
  '22',
  '25',
  '29',
  '34',
  '35',
  '56',
  '58',
  '67',
  '71',
  '84',
  '93',
  '94',
  '973',
]);

export type ActivationStatus = 'PRE_REGISTERED' | 'REQUESTED' | 'ACTIVATED' | 'REJECTED';

export interface ActivationNoticeView {
  /** Short status, e.g. « Préinscription enregistrée ». */
  title: string;
  /** What it means and what happens next. */
  lines: string[];
  tone: 'info' | 'warning';
}

/**
 * What a young person without a usable credit is told about it, from their
 * activation status and department; null when the credit is active.
 */
export function activationNotice(user: {
  activationStatus: ActivationStatus | null;
  departmentCode: string | null;
  hasWallet: boolean;
}): ActivationNoticeView | null {
  const department = user.departmentCode;
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
      };
    case 'REQUESTED':
      return {
        title: 'Demande de crédit en attente de validation',
        lines: [
          "Ta demande de crédit est bien arrivée : l'équipe du pass Culture vérifie ton identité.",
          'Tu recevras un e-mail dès que ton crédit sera activé. En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
        ],
        tone: 'info',
      };
    case 'REJECTED':
      return {
        title: 'Demande de crédit refusée',
        lines: [
          "Ta demande de crédit n'a pas été acceptée : ton éligibilité n'a pas pu être confirmée.",
          "Si tu penses que c'est une erreur, contacte le support du pass Culture avec une pièce d'identité.",
        ],
        tone: 'warning',
      };
    case 'PRE_REGISTERED':
      if (department && !OPEN_DEPARTMENTS.has(department)) {
        return {
          title: 'Préinscription enregistrée',
          lines: [
            `Ton département (${department}) n'est pas encore ouvert au pass Culture : tu ne peux pas encore recevoir de crédit.`,
            'Ta préinscription est bien enregistrée. Dès que ton département ouvrira, tu pourras demander ton crédit si tu as 18 ans.',
            'En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
          ],
          tone: 'info',
        };
      }
      return {
        title: 'Préinscription enregistrée',
        lines: [
          department
            ? `Ton département (${department}) participe au pass Culture.`
            : 'Ton inscription est bien enregistrée.',
          "Ton crédit pourra être activé à tes 18 ans, après vérification de ton identité par l'équipe du pass Culture.",
          'En attendant, tu peux déjà chercher des offres et réserver celles qui sont gratuites.',
        ],
        tone: 'info',
      };
    default:
      return {
        title: "Ce compte n'a pas de crédit pass Culture",
        lines: [
          "Le crédit pass Culture est réservé aux jeunes. Connecte-toi avec ton compte jeune pour l'utiliser.",
        ],
        tone: 'info',
      };
  }
}
