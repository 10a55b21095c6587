import { describe, expect, it } from 'vitest';
import { discoverySequence, interleave, withVariety, type DiscoverItem } from './discover';

const item = (offerId: string, categoryId: string): DiscoverItem => ({ offerId, categoryId });

/** Longest run of one category. */
function longestRun(items: DiscoverItem[]): number {
  let best = 0;
  let run = 0;
  items.forEach((x, i) => {
    run = i > 0 && items[i - 1]!.categoryId === x.categoryId ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

describe('the Découvrir order', () => {
  it('takes the modules in turn, each offer once', () => {
    const a = [item('1', 'CINEMA'), item('2', 'CINEMA')];
    const b = [item('3', 'LIVRE'), item('1', 'CINEMA'), item('4', 'MUSEE')];
    expect(interleave([a, b]).map((x) => x.offerId)).toEqual(['1', '3', '2', '4']);
  });

  it('never shows three of one category in a row when others are left', () => {
    const items = [
      ...['1', '2', '3', '4', '5'].map((id) => item(id, 'CINEMA')),
      item('6', 'LIVRE'),
      item('7', 'MUSEE'),
    ];
    const ordered = withVariety(items);
    expect(ordered.map((x) => x.offerId)).toEqual(['1', '2', '6', '3', '4', '7', '5']);
    expect(longestRun(ordered)).toBe(2);
    expect(new Set(ordered.map((x) => x.offerId)).size).toBe(items.length);
  });

  it('keeps every offer when only one category is left, and copes with nothing', () => {
    const items = ['1', '2', '3', '4'].map((id) => item(id, 'LIVRE'));
    expect(withVariety(items).map((x) => x.offerId)).toEqual(['1', '2', '3', '4']);
    expect(discoverySequence([])).toEqual([]);
  });

  it('holds on random inputs whenever the categories allow it', () => {
    for (let round = 0; round < 200; round++) {
      const categories = ['A', 'B', 'C'].slice(0, 1 + (round % 3));
      const lists = Array.from({ length: 1 + (round % 5) }, (_, l) =>
        Array.from({ length: (round * 7 + l) % 9 }, (_, i) =>
          item(
            `${l}-${i}-${(round * 13 + i) % 11}`,
            categories[(round + i * l) % categories.length]!,
          ),
        ),
      );
      const ordered = discoverySequence(lists);
      const counts = new Map<string, number>();
      for (const x of ordered) counts.set(x.categoryId, (counts.get(x.categoryId) ?? 0) + 1);
      const biggest = Math.max(0, ...counts.values());
      const others = ordered.length - biggest;
      // Possible only when the largest category fits in runs of two between the others.
      if (biggest <= 2 * (others + 1)) {
        // The greedy order may still end on a forced run once the others are used up.
        const firstForced = ordered.findIndex((_, i) =>
          ordered.slice(i).every((x) => x.categoryId === ordered[i]!.categoryId),
        );
        expect(longestRun(ordered.slice(0, Math.max(0, firstForced)))).toBeLessThanOrEqual(2);
      }
    }
  });
});
