import type { CatalogueDetails } from './catalog.rows.js';
import { isValidEan13, normalizeEan } from './ean.js';

export type { CatalogueDetails } from './catalog.rows.js';

/** What a pro (form, API, import) sends: text as typed, a duration as a number. */
export type CatalogueDetailsInput = {
  [K in keyof CatalogueDetails]?: K extends 'durationMinutes'
    ? number | string | null
    : string | null;
};

export const CATALOGUE_TEXT_LIMITS = {
  author: 200,
  performer: 200,
  stageDirector: 200,
  language: 50,
  ageAdvice: 100,
} as const;
export const MAX_DURATION_MINUTES = 10_000;

const TEXT_LABELS: Record<keyof typeof CATALOGUE_TEXT_LIMITS, string> = {
  author: 'L’auteur',
  performer: 'L’interprète',
  stageDirector: 'Le metteur en scène',
  language: 'La langue',
  ageAdvice: 'L’âge conseillé',
};

/**
 * The catalogue fields a pro sent, trimmed and checked: only those present in `input`
 * (an absent field is left as it is; an empty one is cleared). Problems in French, by field.
 */
export function checkCatalogueDetails(input: CatalogueDetailsInput): {
  details: Partial<CatalogueDetails>;
  problems: Record<string, string>;
} {
  const details: Partial<CatalogueDetails> = {};
  const problems: Record<string, string> = {};
  for (const field of Object.keys(
    CATALOGUE_TEXT_LIMITS,
  ) as (keyof typeof CATALOGUE_TEXT_LIMITS)[]) {
    const value = input[field];
    if (value === undefined) continue;
    const text = value === null ? null : String(value).trim() || null;
    if (text && text.length > CATALOGUE_TEXT_LIMITS[field]) {
      problems[field] =
        `${TEXT_LABELS[field]} compte au plus ${CATALOGUE_TEXT_LIMITS[field]} caractères.`;
    }
    details[field] = text;
  }
  if (input.ean !== undefined) {
    const ean = input.ean === null ? null : normalizeEan(input.ean);
    if (ean && !isValidEan13(ean)) {
      problems.ean = 'L’EAN doit compter 13 chiffres, dont une clé juste.';
    }
    details.ean = ean;
  }
  if (input.durationMinutes !== undefined) {
    const raw = input.durationMinutes;
    const text = raw === null ? '' : String(raw).trim();
    if (text === '') details.durationMinutes = null;
    else if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_DURATION_MINUTES) {
      problems.durationMinutes = `La durée est un nombre entier de minutes, de 1 à ${MAX_DURATION_MINUTES.toLocaleString('fr-FR')}.`;
    } else details.durationMinutes = Number(text);
  }
  return { details, problems };
}

/** The details of a row with the changes applied (absent fields kept). */
export function mergeDetails(
  current: CatalogueDetails,
  changes: Partial<CatalogueDetails>,
): CatalogueDetails {
  return { ...current, ...changes };
}

export const NO_DETAILS: CatalogueDetails = {
  author: null,
  performer: null,
  stageDirector: null,
  ean: null,
  durationMinutes: null,
  language: null,
  ageAdvice: null,
};
