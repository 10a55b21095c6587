import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  SUBCATEGORIES,
  findSubcategory,
} from '../../src/modules/catalog/categories.js';

describe('categories', () => {
  it('has the 14 categories of the domain, each with subcategories', () => {
    expect(CATEGORIES.map((c) => c.id).sort()).toEqual(
      [
        'CINEMA',
        'FILM',
        'LIVRE',
        'MUSIQUE_LIVE',
        'MUSIQUE_ENREGISTREE',
        'SPECTACLE',
        'MUSEE',
        'PRATIQUE_ART',
        'INSTRUMENT',
        'BEAUX_ARTS',
        'CONFERENCE',
        'JEU',
        'MEDIA',
        'TECHNIQUE',
      ].sort(),
    );
    for (const category of CATEGORIES) {
      expect(SUBCATEGORIES.some((s) => s.categoryId === category.id)).toBe(true);
    }
  });

  it('keeps subcategory ids unique', () => {
    expect(new Set(SUBCATEGORIES.map((s) => s.id)).size).toBe(SUBCATEGORIES.length);
  });

  it('gives each family its rules', () => {
    expect(findSubcategory('SEANCE_CINE')).toMatchObject({
      isEvent: true,
      canBeDuo: true,
      capFamily: null,
    });
    expect(findSubcategory('LIVRE_PAPIER')).toMatchObject({
      capFamily: 'PHYSICAL',
      bookingExpiryDays: 10,
      reimbursementRule: 'BOOK',
    });
    expect(findSubcategory('ACHAT_INSTRUMENT')).toMatchObject({
      capFamily: 'PHYSICAL',
      bookingExpiryDays: 30,
    });
    expect(findSubcategory('VOD')).toMatchObject({
      isDigital: true,
      capFamily: 'DIGITAL',
      reimbursementRule: 'NOT_REIMBURSED',
    });
    expect(findSubcategory('LIVRE_NUMERIQUE')).toMatchObject({
      capFamily: 'DIGITAL',
      reimbursementRule: 'BOOK',
    });
    expect(findSubcategory('CARTE_MUSEE')).toMatchObject({ capFamily: null, isEvent: false });
  });

  it('never makes an event digital; only events and the museum card go duo', () => {
    for (const s of SUBCATEGORIES) {
      if (s.isEvent) expect(s.isDigital).toBe(false);
      if (!s.isEvent && s.id !== 'CARTE_MUSEE') expect(s.canBeDuo).toBe(false);
      if (s.isDigital) expect(s.capFamily).toBe('DIGITAL');
    }
  });
});
