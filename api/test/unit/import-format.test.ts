import { describe, expect, it } from 'vitest';
import {
  columnOf,
  headerProblem,
  isRejection,
  parseEventDate,
  parseImportRecord,
  parsePriceCents,
} from '../../src/modules/import/import-format.js';
import { csvRecords, separatorOf } from '../../src/modules/import/csv-records.js';
import type { Rejection } from '../../src/modules/import/import-format.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const BOOK = {
  lieu: '12345678200010',
  reference: 'LIV-1',
  ean: '978-2-07-036822-8',
  sous_categorie: 'LIVRE_PAPIER',
  nom: ' L’Étranger ',
  description: '',
  prix: '8,50 €',
  quantite: '5',
  date: '',
};

function reasonOf(record: Partial<Record<string, string>>): string {
  const result = parseImportRecord(record, 7, NOW);
  if (!isRejection(result)) throw new Error('expected a rejection');
  expect(result.line).toBe(7);
  return result.reason;
}

describe('import line', () => {
  it('reads a valid book line', () => {
    const line = parseImportRecord(BOOK, 2, NOW);
    expect(line).toMatchObject({
      line: 2,
      venue: '12345678200010',
      externalRef: 'LIV-1',
      ean: '9782070368228',
      name: 'L’Étranger',
      description: null,
      priceCents: 850,
      quantity: 5,
      beginsAt: null,
    });
  });

  it('reads an event date on the Paris wall clock', () => {
    const line = parseImportRecord(
      { ...BOOK, sous_categorie: 'CONCERT', ean: '', date: '15/03/2027 20:30' },
      2,
      NOW,
    );
    expect(isRejection(line)).toBe(false);
    expect((line as { beginsAt: Date }).beginsAt.toISOString()).toBe('2027-03-15T19:30:00.000Z');
  });

  it('rejects each wrong cell with its reason in French', () => {
    expect(reasonOf({ ...BOOK, lieu: '' })).toBe(
      'Indiquez le lieu (son SIRET ou son identifiant).',
    );
    expect(reasonOf({ ...BOOK, reference: '', ean: '' })).toBe('Indiquez une référence ou un EAN.');
    expect(reasonOf({ ...BOOK, reference: 'x'.repeat(101) })).toContain('plus de 100 caractères');
    expect(reasonOf({ ...BOOK, ean: '9782070368229' })).toContain('n’est pas valide');
    expect(reasonOf({ ...BOOK, sous_categorie: 'ROMAN' })).toBe(
      'La sous-catégorie « ROMAN » n’existe pas.',
    );
    expect(reasonOf({ ...BOOK, sous_categorie: '' })).toBe('Indiquez la sous-catégorie.');
    expect(reasonOf({ ...BOOK, sous_categorie: 'LIVRE_NUMERIQUE' })).toContain('numériques');
    expect(reasonOf({ ...BOOK, nom: '  ' })).toBe('Indiquez le nom de l’offre.');
    expect(reasonOf({ ...BOOK, nom: 'n'.repeat(141) })).toContain('140');
    expect(reasonOf({ ...BOOK, description: 'd'.repeat(10_001) })).toContain('description');
    expect(reasonOf({ ...BOOK, prix: '8,505' })).toContain('n’est pas un montant');
    expect(reasonOf({ ...BOOK, prix: '3001' })).toContain('dépasse');
    expect(reasonOf({ ...BOOK, quantite: '-2' })).toContain('nombre entier positif');
    expect(reasonOf({ ...BOOK, date: '15/03/2027 20:30' })).toContain('pas un évènement');
    const concert = { ...BOOK, ean: '', sous_categorie: 'CONCERT' };
    expect(reasonOf(concert)).toContain('Un évènement a une date');
    expect(reasonOf({ ...concert, date: '31/02/2027 20:30' })).toContain('JJ/MM/AAAA');
    expect(reasonOf({ ...concert, date: '01/01/2026 20:30' })).toBe(
      'La date de l’évènement est passée.',
    );
  });

  it('reads prices and dates as people write them', () => {
    expect(parsePriceCents('12')).toBe(1200);
    expect(parsePriceCents('12.5')).toBe(1250);
    expect(parsePriceCents('0,99')).toBe(99);
    expect(parsePriceCents('douze')).toBeNull();
    expect(parseEventDate('2027-07-01 09:05')?.toISOString()).toBe('2027-07-01T07:05:00.000Z');
    expect(parseEventDate('2027-07-01T09:05:00Z')?.toISOString()).toBe('2027-07-01T09:05:00.000Z');
    expect(parseEventDate('01/07/2027 25:00')).toBeNull();
  });
});

describe('import file', () => {
  it('names columns whatever their case or accents, and says which are missing', () => {
    expect(columnOf(' Sous-Catégorie ')).toBe('sous_categorie');
    expect(columnOf('Quantité')).toBe('quantite');
    expect(headerProblem(['lieu', 'nom'])).toContain('sous_categorie, prix');
    expect(headerProblem(['lieu', 'sous_categorie', 'nom', 'prix'])).toContain('reference');
    expect(headerProblem(['lieu', 'ean', 'sous_categorie', 'nom', 'prix'])).toBeNull();
  });

  it('takes the separator of the header line', () => {
    expect(separatorOf('lieu;reference;nom')).toBe(';');
    expect(separatorOf('lieu,reference,nom')).toBe(',');
  });

  async function read(chunks: string[]) {
    const bad: Rejection[] = [];
    const records = [];
    for await (const record of csvRecords(
      (async function* () {
        for (const chunk of chunks) yield Buffer.from(chunk);
      })(),
      (rejection) => bad.push(rejection),
    )) {
      records.push(record);
    }
    return { records, bad };
  }

  it('streams records with their line numbers, BOM and quotes handled, a chunk cut anywhere', async () => {
    const { records, bad } = await read([
      '\uFEFFLieu,Référ',
      'ence,Sous-catégorie,nom,prix\r\n1,A,X,"Un, deux",1\r\n\r\n2,B,X,Tr',
      'ois,2\r\n',
    ]);
    expect(bad).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        record: { lieu: '1', reference: 'A', sous_categorie: 'X', nom: 'Un, deux', prix: '1' },
      },
      {
        line: 4,
        record: { lieu: '2', reference: 'B', sous_categorie: 'X', nom: 'Trois', prix: '2' },
      },
    ]);
  });

  it('keeps quotes inside cells, and reports a quote left open instead of failing', async () => {
    const { records, bad } = await read([
      'lieu;reference;sous_categorie;nom;prix\n1;A;X;Le "Petit" Prince;1\n2;B;X;"ouvert;1\n',
    ]);
    expect(records).toEqual([
      {
        line: 2,
        record: {
          lieu: '1',
          reference: 'A',
          sous_categorie: 'X',
          nom: 'Le "Petit" Prince',
          prix: '1',
        },
      },
    ]);
    expect(bad).toEqual([{ line: 3, reason: expect.stringContaining('mal formée') }]);
  });
});
