import { describe, expect, it } from 'vitest';
import {
  matchingQuery,
  namedSubcategories,
  textQuery,
  typoWords,
} from '../../src/modules/search/search.text.js';

describe('typed text', () => {
  it('keeps the words of two letters or more, folded, once each, in the order typed', () => {
    const query = textQuery('Théâtre À la  THÉÂTRE, l’été 2026 !')!;
    expect(query.folded).toBe('theatre a la theatre l ete 2026');
    expect(query.words).toEqual(['theatre', 'la', 'ete', '2026']);
    expect(query.prefixes).toBe('theatre:* & la:* & theatre:* & ete:* & 2026:*');
  });

  it('looks up typos only for words of four letters or more', () => {
    expect(typoWords(textQuery('jaz à teatre du poter')!)).toEqual(['teatre', 'poter']);
  });

  it('matches every typed word, as a prefix or as one of its close words', () => {
    const query = textQuery('harry poter')!;
    expect(matchingQuery(query, new Map([['poter', ['potter', 'poterie']]]))).toBe(
      'harry:* & (poter:* | potter)',
    );
    expect(matchingQuery(textQuery('teatre')!, new Map())).toBe('teatre:*');
  });

  it('leaves out close words the prefix finds already, and anything but letters and digits', () => {
    const close = new Map([['photo', ['photographie', 'foto', "l'photo", 'a:*|b', 'фото']]]);
    expect(matchingQuery(textQuery('photo')!, close)).toBe('(photo:* | foto | фото)');
  });

  it('matches nothing when no word has two letters', () => {
    const query = textQuery('a b c')!;
    expect(query.words).toEqual([]);
    expect(matchingQuery(query, new Map())).toBeNull();
    expect(textQuery('🎭 !!')).toBeNull();
  });

  it('names the subcategories whose label or category label a typed word begins', () => {
    const named = (text: string, close = new Map<string, string[]>()) =>
      namedSubcategories(textQuery(text)!, close);
    // The category (Cinéma) and a label (« Carte cinéma »), not films on a shelf.
    expect(named('Cinéma')).toEqual(['SEANCE_CINE', 'CARTE_CINE_MULTISEANCES']);
    expect(named('cinéma méliès')).toEqual(['SEANCE_CINE', 'CARTE_CINE_MULTISEANCES']);
    expect(named('harry potter livre')).toEqual(
      expect.arrayContaining(['LIVRE_PAPIER', 'LIVRE_NUMERIQUE']),
    );
    expect(named('concert')).toEqual(expect.arrayContaining(['CONCERT', 'ABO_CONCERT']));
    // A typo, through the catalogue's close words only.
    expect(named('cinemma')).toEqual([]);
    expect(named('cinemma', new Map([['cinemma', ['cinema']]]))).toContain('SEANCE_CINE');
    // Words no label holds, short words, and the labels' own short words: nothing named.
    expect(named('harry poter')).toEqual([]);
    expect(named('la de')).toEqual([]);
    expect(named('sur la route')).toEqual([]);
  });
});
