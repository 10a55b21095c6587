/** French labels only the back office shows; the statuses' are in @passculture/client. */

export const TARGET_LABELS: Record<string, string> = {
  USER: 'Personne',
  DEPARTMENT: 'Département',
  OFFERER: 'Structure',
  MEMBERSHIP: 'Rattachement',
  OFFER: 'Offre',
  MODERATION_RULE: 'Règle',
  OUTBOX_MESSAGE: 'E-mail',
  SELECTION: 'Sélection',
};

/** The fields of an editorial selection, as an audit entry of its update names them. */
export const SELECTION_FIELD_LABELS: Record<string, string> = {
  title: 'titre',
  text: 'texte',
  kind: 'type',
  offerIds: 'offres',
  ruleCategoryId: 'catégorie',
  ruleDepartmentCode: 'département de la règle',
  ruleBeginsFrom: 'dates',
  ruleBeginsUntil: 'dates',
  departmentCodes: 'départements visés',
  publishedFrom: 'début de publication',
  publishedUntil: 'fin de publication',
  position: 'position',
};
