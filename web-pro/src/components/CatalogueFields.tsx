import { CATALOGUE_FIELD_LABELS, CATALOGUE_FIELDS, type CatalogueField } from '@passculture/client';
import { TextField } from '@passculture/ui';

/** The catalogue fields as a form holds them: text as typed. */
export type CatalogueValues = Record<CatalogueField, string>;

export const EMPTY_CATALOGUE: CatalogueValues = {
  author: '',
  performer: '',
  stageDirector: '',
  ean: '',
  durationMinutes: '',
  language: '',
  ageAdvice: '',
};

const HINTS: Partial<Record<CatalogueField, string>> = {
  ean: '13 chiffres, pour un livre (ISBN) ou un disque.',
  durationMinutes: 'En minutes, par exemple 90.',
  language: 'Par exemple : français, VOSTFR.',
  ageAdvice: 'Par exemple : À partir de 12 ans.',
};

const MAX_LENGTHS: Partial<Record<CatalogueField, number>> = {
  author: 200,
  performer: 200,
  stageDirector: 200,
  language: 50,
  ageAdvice: 100,
};

/** An offer's values as the form starts with them. */
export function catalogueValuesOf(offer: {
  [K in CatalogueField]?: string | number | null;
}): CatalogueValues {
  return Object.fromEntries(
    CATALOGUE_FIELDS.map((field) => {
      const value = offer[field];
      return [field, value === null || value === undefined ? '' : String(value)];
    }),
  ) as CatalogueValues;
}

/**
 * What the api gets: the fields this subcategory asks for (an empty one clears it). A
 * duration that is not a whole number is sent as 0, which the api refuses in French.
 */
export function catalogueInput(values: CatalogueValues, fields: readonly string[]) {
  const input: Record<string, string | number | null> = {};
  for (const field of CATALOGUE_FIELDS) {
    if (!fields.includes(field)) continue;
    const text = values[field].trim();
    if (field === 'durationMinutes') {
      input[field] = text === '' ? null : /^\d+$/.test(text) ? Number(text) : 0;
    } else input[field] = text || null;
  }
  return input;
}

/** The catalogue fields a subcategory asks for, each labelled, with the api's errors. */
export function CatalogueFields({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: readonly string[];
  values: CatalogueValues;
  onChange: (values: CatalogueValues) => void;
  errors: Record<string, string>;
}) {
  const shown = CATALOGUE_FIELDS.filter((field) => fields.includes(field));
  if (shown.length === 0) return null;
  return (
    <fieldset className="fieldset">
      <legend>Informations pour les jeunes (facultatives)</legend>
      {shown.map((field) => (
        <TextField
          key={field}
          label={field === 'durationMinutes' ? 'Durée (en minutes)' : CATALOGUE_FIELD_LABELS[field]}
          hint={HINTS[field]}
          inputMode={field === 'durationMinutes' || field === 'ean' ? 'numeric' : undefined}
          maxLength={MAX_LENGTHS[field]}
          value={values[field]}
          onChange={(e) => onChange({ ...values, [field]: e.target.value })}
          error={errors[field]}
        />
      ))}
    </fieldset>
  );
}
