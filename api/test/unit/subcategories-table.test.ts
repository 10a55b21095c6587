import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBCATEGORIES } from '../../src/modules/catalog/categories.js';

/**
 * The subcategories' attributes are data: api/docs/subcategories.md holds the reference
 * table (the public catalogue's values) and the code must say exactly the same.
 */
const TABLE = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/subcategories.md'),
  'utf8',
);

interface Row {
  id: string;
  categoryId: string;
  isEvent: boolean;
  isDigital: boolean;
  capFamily: string | null;
  bookingExpiryDays: number | null;
  canBeDuo: boolean;
  reimbursementRule: string;
  catalogueFields: string[];
}

function yesNo(cell: string, column: string, id: string): boolean {
  if (cell !== 'yes' && cell !== 'no') throw new Error(`${id}: ${column} is ${cell}`);
  return cell === 'yes';
}

function tableRows(markdown: string): Row[] {
  const lines = markdown.split('\n').filter((line) => /^\|\s*[A-Z_]+\s*\|/.test(line));
  return lines.map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const [id, category, kind, online, cap, expiry, duo, refund, fields] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (kind !== 'event' && kind !== 'thing') throw new Error(`${id}: kind is ${kind}`);
    return {
      id,
      categoryId: category,
      isEvent: kind === 'event',
      isDigital: yesNo(online, 'online', id),
      capFamily: cap === '-' ? null : cap,
      bookingExpiryDays: expiry === '-' ? null : Number(expiry),
      canBeDuo: yesNo(duo, 'duo', id),
      reimbursementRule: refund,
      catalogueFields: fields ? fields.split(',').map((f) => f.trim()) : [],
    };
  });
}

describe('the subcategory table (api/docs/subcategories.md)', () => {
  const rows = tableRows(TABLE);

  it('lists every subcategory of the code once, and nothing else', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(SUBCATEGORIES.map((s) => s.id).sort());
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it.each(SUBCATEGORIES.map((s) => [s.id, s] as const))(
    '%s has the attributes of the table',
    (id, subcategory) => {
      const row = rows.find((r) => r.id === id)!;
      expect({
        id: subcategory.id,
        categoryId: subcategory.categoryId,
        isEvent: subcategory.isEvent,
        isDigital: subcategory.isDigital,
        capFamily: subcategory.capFamily,
        bookingExpiryDays: subcategory.bookingExpiryDays,
        canBeDuo: subcategory.canBeDuo,
        reimbursementRule: subcategory.reimbursementRule,
        catalogueFields: [...subcategory.catalogueFields],
      }).toEqual(row);
    },
  );

  it('holds the rules of issue 18', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ['CARTE_MUSEE', 'ABO_CONCERT', 'ABO_SPECTACLE', 'CARTE_CINE_MULTISEANCES'])
      expect(byId.get(id)!.bookingExpiryDays).toBe(30);
    expect(byId.get('LIVRE_AUDIO_PHYSIQUE')!.reimbursementRule).toBe('STANDARD');
    expect(byId.get('LOCATION_INSTRUMENT')).toMatchObject({
      capFamily: 'PHYSICAL',
      bookingExpiryDays: 30,
    });
    expect(byId.get('CARTE_MUSEE')!.canBeDuo).toBe(true);
    expect(byId.get('ESCAPE_GAME')!.isEvent).toBe(false);
    expect(byId.get('ACTIVATION_THING')!.capFamily).toBe('PHYSICAL');
  });
});
