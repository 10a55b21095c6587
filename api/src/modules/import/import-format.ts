import { findSubcategory, type SubcategoryDefinition } from '../catalog/categories.js';
import {
  checkCatalogueDetails,
  type CatalogueDetails,
  type CatalogueDetailsInput,
} from '../catalog/catalogue-details.js';
import { isValidEan13, normalizeEan } from '../catalog/ean.js';
import { PARIS_TIME_ZONE, zonedTime, type LocalDate } from '../../shared/time.js';

/**
 * The offer import file: one line per offer (per date for events), a header line naming
 * the columns in any order, `;` or `,` between cells, UTF-8 with or without BOM.
 * An offer is named at its venue by the venue's own reference or by its EAN-13: a known
 * one updates that offer's stock, an unknown one creates the offer.
 */
export const IMPORT_COLUMNS = [
  { name: 'lieu', required: true, help: 'SIRET du lieu (14 chiffres) ou son identifiant' },
  { name: 'reference', required: false, help: 'Votre référence (si pas d’EAN)' },
  { name: 'ean', required: false, help: 'EAN-13 des livres et disques (si pas de référence)' },
  { name: 'sous_categorie', required: true, help: 'Identifiant, par exemple LIVRE_PAPIER' },
  { name: 'nom', required: true, help: '140 caractères au plus' },
  { name: 'description', required: false, help: '10 000 caractères au plus' },
  { name: 'prix', required: true, help: 'En euros, par exemple 12,50' },
  { name: 'quantite', required: false, help: 'Vide : illimitée' },
  { name: 'date', required: false, help: 'Évènements : JJ/MM/AAAA HH:MM, heure du lieu' },
  { name: 'auteur', required: false, help: 'Livres : l’auteur (200 caractères au plus)' },
  {
    name: 'interprete',
    required: false,
    help: 'Concerts, disques : l’artiste, le groupe, la compagnie (200 caractères au plus)',
  },
  {
    name: 'metteur_en_scene',
    required: false,
    help: 'Théâtre : le metteur en scène (200 caractères au plus)',
  },
  { name: 'duree', required: false, help: 'En minutes, par exemple 90' },
  { name: 'langue', required: false, help: 'Par exemple français, VOSTFR (50 caractères au plus)' },
  {
    name: 'age_conseille',
    required: false,
    help: 'Par exemple « À partir de 12 ans » (100 caractères au plus)',
  },
] as const;

/**
 * The catalogue columns and the field each fills. A column the file does not have leaves
 * the field as it is; an empty cell clears it.
 */
export const CATALOGUE_COLUMNS = [
  ['auteur', 'author'],
  ['interprete', 'performer'],
  ['metteur_en_scene', 'stageDirector'],
  ['duree', 'durationMinutes'],
  ['langue', 'language'],
  ['age_conseille', 'ageAdvice'],
] as const satisfies ReadonlyArray<readonly [string, keyof CatalogueDetails]>;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

/** A template a pro downloads: the header and one example line of each kind. */
export const IMPORT_TEMPLATE =
  '\uFEFF' +
  [
    IMPORT_COLUMNS.map((c) => c.name).join(';'),
    '12345678200010;LIV-0001;9782070368228;LIVRE_PAPIER;L’Étranger;Roman d’Albert Camus.;8,50;5;;Albert Camus;;;;français;À partir de 15 ans',
    '12345678200010;CONC-2027-01;;CONCERT;Concert du printemps;Trio de jazz.;15;80;15/03/2027 20:30;;Trio Lumière;;90;;Tout public',
  ].join('\r\n') +
  '\r\n';

export const MAX_NAME_LENGTH = 140;
const MAX_DESCRIPTION_LENGTH = 10_000;
const MAX_REF_LENGTH = 100;
const MAX_PRICE_CENTS = 300_000;
const MAX_QUANTITY = 1_000_000;

/** A valid line, not yet matched against the database. */
export interface ImportLine {
  line: number;
  /** A SIRET or a venue id, as written. */
  venue: string;
  externalRef: string | null;
  ean: string | null;
  subcategory: SubcategoryDefinition;
  name: string;
  description: string | null;
  priceCents: number;
  quantity: number | null;
  /** On the Paris clock until placed at its venue (see `wallClock`). */
  beginsAt: Date | null;
  /** The date as written without a zone: read again on its venue's clock once placed. */
  wallClock: { date: LocalDate; hour: number; minute: number } | null;
  /** The catalogue fields of the columns the file has. */
  details: Partial<CatalogueDetails>;
}

export interface Rejection {
  line: number;
  reason: string;
}

/** Header cells as the file writes them, to our column names (case, accents, spaces aside). */
export function columnOf(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Why a header cannot be read, or null. */
export function headerProblem(columns: readonly string[]): string | null {
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.includes(c.name));
  if (missing.length > 0) {
    return `Colonne${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} : ${missing.map((c) => c.name).join(', ')}. La première ligne doit nommer les colonnes.`;
  }
  if (!columns.includes('reference') && !columns.includes('ean')) {
    return 'Il faut une colonne « reference » ou une colonne « ean ».';
  }
  return null;
}

/** Euros as people write them: 12,50 or 12.50 or 12 (a € sign and spaces allowed). */
export function parsePriceCents(value: string): number | null {
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value.replace(/[\s€]/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/**
 * JJ/MM/AAAA HH:MM or AAAA-MM-JJ HH:MM on the wall clock of `timeZone` (the venue's; Paris
 * unless told), or ISO 8601 with a zone.
 */
export function parseEventDate(value: string, timeZone = PARIS_TIME_ZONE): Date | null {
  if (isZonedDate(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const wall = parseWallClock(value);
  return wall ? zonedTime(wall.date, wall.hour, wall.minute, timeZone) : null;
}

function isZonedDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
}

/** A date written without a zone (JJ/MM/AAAA HH:MM or AAAA-MM-JJ HH:MM), or null. */
export function parseWallClock(
  value: string,
): { date: LocalDate; hour: number; minute: number } | null {
  const french = /^(\d{2})\/(\d{2})\/(\d{4})[ T](\d{1,2})[:h](\d{2})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/.exec(value);
  const [year, month, day, hour, minute] = french
    ? [french[3], french[2], french[1], french[4], french[5]].map(Number)
    : iso
      ? iso.slice(1, 6).map(Number)
      : [];
  if (year === undefined) return null;
  const calendar = new Date(Date.UTC(year, month! - 1, day!));
  if (
    calendar.getUTCMonth() !== month! - 1 ||
    calendar.getUTCDate() !== day ||
    hour! > 23 ||
    minute! > 59
  ) {
    return null;
  }
  return { date: { year, month: month!, day: day! }, hour: hour!, minute: minute! };
}

/** One record of the file (cells by column name) checked on its own; reasons in French. */
export function parseImportRecord(
  record: Partial<Record<string, string>>,
  line: number,
  now: Date,
): ImportLine | Rejection {
  const cell = (name: ImportColumn) => (record[name] ?? '').trim();
  const reject = (reason: string): Rejection => ({ line, reason });

  const venue = cell('lieu').replace(/\s/g, '');
  if (!venue) return reject('Indiquez le lieu (son SIRET ou son identifiant).');
  const externalRef = cell('reference') || null;
  if (externalRef && externalRef.length > MAX_REF_LENGTH) {
    return reject(`La référence compte plus de ${MAX_REF_LENGTH} caractères.`);
  }
  const ean = normalizeEan(cell('ean'));
  if (ean && !isValidEan13(ean)) {
    return reject(`L’EAN « ${cell('ean')} » n’est pas valide : 13 chiffres dont une clé juste.`);
  }
  if (!externalRef && !ean) return reject('Indiquez une référence ou un EAN.');

  const subcategory = findSubcategory(cell('sous_categorie'));
  if (!subcategory) {
    return reject(
      cell('sous_categorie')
        ? `La sous-catégorie « ${cell('sous_categorie')} » n’existe pas.`
        : 'Indiquez la sous-catégorie.',
    );
  }
  if (subcategory.isDigital) {
    return reject('Les offres numériques ne s’importent pas : créez-les une à une.');
  }
  const name = cell('nom');
  if (!name) return reject('Indiquez le nom de l’offre.');
  if (name.length > MAX_NAME_LENGTH) {
    return reject(`Le nom compte plus de ${MAX_NAME_LENGTH} caractères.`);
  }
  const description = cell('description') || null;
  if (description && description.length > MAX_DESCRIPTION_LENGTH) {
    return reject(`La description compte plus de ${MAX_DESCRIPTION_LENGTH} caractères.`);
  }

  const priceCents = parsePriceCents(cell('prix'));
  if (priceCents === null)
    return reject(`Le prix « ${cell('prix')} » n’est pas un montant en euros.`);
  if (priceCents > MAX_PRICE_CENTS) {
    return reject(`Le prix dépasse ${MAX_PRICE_CENTS / 100} € : vérifiez-le.`);
  }
  let quantity: number | null = null;
  if (cell('quantite')) {
    if (!/^\d+$/.test(cell('quantite')) || Number(cell('quantite')) > MAX_QUANTITY) {
      return reject(`La quantité « ${cell('quantite')} » n’est pas un nombre entier positif.`);
    }
    quantity = Number(cell('quantite'));
  }

  const catalogue: CatalogueDetailsInput = {};
  for (const [column, field] of CATALOGUE_COLUMNS) {
    if (record[column] !== undefined) catalogue[field] = cell(column);
  }
  const { details, problems } = checkCatalogueDetails(catalogue);
  const problem = Object.values(problems)[0];
  if (problem) return reject(problem);

  let beginsAt: Date | null = null;
  let wallClock: ImportLine['wallClock'] = null;
  if (subcategory.isEvent) {
    if (!cell('date')) return reject('Un évènement a une date : indiquez-la (JJ/MM/AAAA HH:MM).');
    beginsAt = parseEventDate(cell('date'));
    if (!beginsAt)
      return reject(`La date « ${cell('date')} » n’est pas au format JJ/MM/AAAA HH:MM.`);
    if (beginsAt.getTime() <= now.getTime()) return reject('La date de l’évènement est passée.');
    if (!isZonedDate(cell('date'))) wallClock = parseWallClock(cell('date'));
  } else if (cell('date')) {
    return reject('Cette offre n’est pas un évènement : laissez la date vide.');
  }
  return {
    line,
    venue,
    externalRef,
    ean,
    subcategory,
    name,
    description,
    priceCents,
    quantity,
    beginsAt,
    wallClock,
    details,
  };
}

export function isRejection(value: ImportLine | Rejection): value is Rejection {
  return 'reason' in value;
}
