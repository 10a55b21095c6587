import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseId, requireId } from '../../src/graphql/ids.js';

describe('ids from the client', () => {
  it('reads positive int4 keys written plainly', () => {
    expect(parseId('1')).toBe(1);
    expect(parseId('2147483647')).toBe(2_147_483_647);
  });

  it('names no row with anything else', () => {
    for (const id of [
      '',
      '0',
      '-1',
      '01',
      '1e5',
      ' 1',
      '1 ',
      '1.0',
      '2147483648',
      'abc',
      '1 OR 1=1',
    ])
      expect(parseId(id)).toBeNull();
    expect(() => requireId('abc', 'Ce lieu est introuvable.')).toThrow('Ce lieu est introuvable.');
  });

  it('round-trips every key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_147_483_647 }), (n) => parseId(String(n)) === n),
    );
  });
});
