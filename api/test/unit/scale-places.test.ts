import { describe, expect, it } from 'vitest';
import { mulberry32, Random } from '../../seeds/random.js';
import { PlacePicker } from '../../seeds/scale-places.js';

describe('scale seed places', () => {
  // Villages draw postal codes at random: 97150 is Saint-Martin's (978), not Guadeloupe's,
  // and drawing it used to stop the national-scale seed.
  it('draws villages whose postal codes belong to their department, whatever the seed', () => {
    for (let seed = 1; seed <= 60; seed++) {
      expect(() => new PlacePicker(new Random(mulberry32(seed)))).not.toThrow();
    }
  });
});
