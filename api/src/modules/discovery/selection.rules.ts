import { findCategory } from '../catalog/categories.js';
import { departmentName } from '../territory/departments.js';

/** What an admin submits for an editorial selection, before any check. */
export interface SelectionDraft {
  title: string;
  text: string | null;
  kind: 'LIST' | 'RULE';
  offerIds: number[];
  ruleCategoryId: string | null;
  ruleDepartmentCode: string | null;
  ruleBeginsFrom: Date | null;
  ruleBeginsUntil: Date | null;
  departmentCodes: string[];
  publishedFrom: Date;
  publishedUntil: Date | null;
  position: number;
}

export const TITLE_MAX = 80;
export const TEXT_MAX = 500;
export const OFFERS_MAX = 30;
export const TARGET_DEPARTMENTS_MAX = 120;

const validDate = (d: Date | null) => d === null || !Number.isNaN(d.getTime());

/**
 * The checks that need no database, as French messages by field (empty: none failed).
 * Whether the listed offers are visible is checked by the service, which asks the catalogue.
 */
export function selectionProblems(draft: SelectionDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const title = draft.title.trim();
  if (!title) problems.title = 'Le titre est obligatoire.';
  else if (title.length > TITLE_MAX)
    problems.title = `Le titre doit faire au plus ${TITLE_MAX} caractères.`;
  if (draft.text && draft.text.trim().length > TEXT_MAX)
    problems.text = `Le texte doit faire au plus ${TEXT_MAX} caractères.`;

  if (draft.kind === 'LIST') {
    if (draft.offerIds.length === 0) problems.offerIds = 'Choisis au moins une offre.';
    else if (draft.offerIds.length > OFFERS_MAX)
      problems.offerIds = `Une sélection compte au plus ${OFFERS_MAX} offres.`;
    else if (new Set(draft.offerIds).size !== draft.offerIds.length)
      problems.offerIds = 'Une offre figure deux fois dans la liste.';
  } else {
    if (!draft.ruleCategoryId || !findCategory(draft.ruleCategoryId))
      problems.ruleCategoryId = 'Choisis une catégorie existante.';
    if (draft.ruleDepartmentCode !== null && !departmentName(draft.ruleDepartmentCode))
      problems.ruleDepartmentCode = `Le département « ${draft.ruleDepartmentCode} » n’existe pas.`;
    if (!validDate(draft.ruleBeginsFrom) || !validDate(draft.ruleBeginsUntil))
      problems.ruleBeginsFrom = 'Les dates de la règle ne sont pas valides.';
    else if (
      draft.ruleBeginsFrom &&
      draft.ruleBeginsUntil &&
      draft.ruleBeginsUntil.getTime() <= draft.ruleBeginsFrom.getTime()
    )
      problems.ruleBeginsUntil = 'La fin des dates de la règle doit suivre leur début.';
  }

  const unknown = draft.departmentCodes.filter((code) => !departmentName(code));
  if (unknown.length > 0)
    problems.departmentCodes =
      unknown.length === 1
        ? `Le département « ${unknown[0]} » n’existe pas.`
        : `Ces départements n’existent pas : ${unknown.join(', ')}.`;
  else if (draft.departmentCodes.length > TARGET_DEPARTMENTS_MAX)
    problems.departmentCodes = 'Trop de départements : laisse vide pour toute la France.';

  if (!validDate(draft.publishedFrom) || !validDate(draft.publishedUntil))
    problems.publishedFrom = 'Les dates de publication ne sont pas valides.';
  else if (draft.publishedUntil && draft.publishedUntil.getTime() <= draft.publishedFrom.getTime())
    problems.publishedUntil = 'La fin de la publication doit suivre son début.';

  if (!Number.isInteger(draft.position) || draft.position < 0 || draft.position > 1000)
    problems.position = 'La position doit être un nombre entier entre 0 et 1000.';
  return problems;
}
