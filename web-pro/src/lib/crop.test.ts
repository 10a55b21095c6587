import { describe, expect, it } from 'vitest';
import { cropField, initialCrop, moveCrop, scaleCrop } from './crop';

describe('crop', () => {
  it('starts with the largest centred crop at the ratio', () => {
    expect(initialCrop({ width: 2000, height: 1500 }, 'offer')).toEqual({
      left: 437,
      top: 0,
      width: 1125,
      height: 1500,
    });
    expect(initialCrop({ width: 2000, height: 1500 }, 'venue')).toEqual({
      left: 0,
      top: 83,
      width: 2000,
      height: 1333,
    });
  });

  it('moves inside the image only', () => {
    const image = { width: 2000, height: 1500 };
    const crop = initialCrop(image, 'offer');
    expect(moveCrop(crop, -5000, 40, image)).toMatchObject({ left: 0, top: 0 });
    expect(moveCrop(crop, 5000, 0, image).left).toBe(2000 - 1125);
  });

  it('zooms around its centre, at the ratio, never below 400 px wide', () => {
    const image = { width: 2000, height: 1500 };
    const half = scaleCrop(initialCrop(image, 'offer'), 0.5, image, 'offer');
    expect(half.width / half.height).toBeCloseTo(0.75, 2);
    expect(half.left + half.width / 2).toBeCloseTo(1000, -1);
    expect(scaleCrop(half, 0.01, image, 'offer').width).toBe(400);
    expect(cropField(half)).toMatch(/^\d+,\d+,\d+,\d+$/);
  });
});
