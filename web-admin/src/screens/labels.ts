/** French labels of the API's codes, shared by the screens. */
export const ROLE_LABELS: Record<string, string> = {
  BENEFICIARY: 'Bénéficiaire',
  PRO: 'Professionnel',
  ADMIN: 'Administration',
};

export const ACTIVATION_LABELS: Record<string, string> = {
  PRE_REGISTERED: 'Préinscrit',
  REQUESTED: 'Activation demandée',
  ACTIVATED: 'Crédit activé',
  REJECTED: 'Demande refusée',
};

export const BOOKING_STATUS_LABELS: Record<string, string> = {
  CONFIRMED: 'Confirmée',
  USED: 'Utilisée',
  CANCELLED: 'Annulée',
  REIMBURSED: 'Remboursée',
};

export const CANCELLATION_LABELS: Record<string, string> = {
  BENEFICIARY: 'par le jeune',
  OFFERER: 'par la structure',
  EXPIRED: 'expirée',
  FRAUD: 'pour fraude',
  BACKOFFICE: "par l'administration",
};

export const AUDIT_LABELS: Record<string, string> = {
  ACTIVATION_APPROVED: "Demande d'activation validée",
  ACTIVATION_REJECTED: "Demande d'activation refusée",
  DEPARTMENT_OPENED: 'Département ouvert',
  OFFERER_VALIDATED: 'Structure validée',
  OFFERER_REJECTED: 'Structure refusée',
  MEMBERSHIP_VALIDATED: 'Rattachement validé',
  MEMBERSHIP_REJECTED: 'Rattachement refusé',
  OFFER_APPROVED: 'Offre approuvée',
  OFFER_REJECTED: 'Offre rejetée',
  MODERATION_RULE_CREATED: 'Règle de modération ajoutée',
  MODERATION_RULE_ENABLED: 'Règle de modération activée',
  MODERATION_RULE_DISABLED: 'Règle de modération désactivée',
  USER_SUSPENDED: 'Compte suspendu',
  USER_REINSTATED: 'Suspension levée',
  EMAIL_RESENT: 'E-mail renvoyé',
};

export const TARGET_LABELS: Record<string, string> = {
  USER: 'Personne',
  DEPARTMENT: 'Département',
  OFFERER: 'Structure',
  MEMBERSHIP: 'Rattachement',
  OFFER: 'Offre',
  MODERATION_RULE: 'Règle',
  OUTBOX_MESSAGE: 'E-mail',
};
