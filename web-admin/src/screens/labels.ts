/** French labels only the back office shows; the statuses' are in @passculture/client. */

export const TARGET_LABELS: Record<string, string> = {
  USER: 'Personne',
  DEPARTMENT: 'Département',
  OFFERER: 'Structure',
  MEMBERSHIP: 'Rattachement',
  OFFER: 'Offre',
  MODERATION_RULE: 'Règle',
  OUTBOX_MESSAGE: 'E-mail',
};
