/** Weighted draws and exact apportionment for the national-scale seed. */
import type { Random } from './random.js';

/** Draws items with a probability proportional to their weight (binary search on sums). */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new Error('WeightedPicker needs as many weights as items, and at least one');
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += Math.max(0, weight);
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new Error('WeightedPicker needs a positive weight');
    this.total = sum;
  }

  static fromRecord<K extends string>(weights: Readonly<Partial<Record<K, number>>>) {
    const entries = Object.entries(weights) as [K, number][];
    return new WeightedPicker(
      entries.map(([key]) => key),
      entries.map(([, weight]) => weight),
    );
  }

  pick(random: Random): T {
    const draw = random.float() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > draw) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest
 * remainders, ties to the lower index): the shares always sum to `total`.
 */
export function apportion(total: number, weights: readonly number[]): Int32Array {
  const shares = new Int32Array(weights.length);
  const sum = weights.reduce((acc, weight) => acc + Math.max(0, weight), 0);
  if (total <= 0 || weights.length === 0) return shares;
  if (sum <= 0) throw new Error('apportion needs a positive weight');
  const remainders: Array<[index: number, remainder: number]> = [];
  let given = 0;
  weights.forEach((weight, i) => {
    const exact = (total * Math.max(0, weight)) / sum;
    const share = Math.floor(exact);
    shares[i] = share;
    given += share;
    remainders.push([i, exact - share]);
  });
  remainders.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (let k = 0; given < total; k++, given++) {
    const index = remainders[k % remainders.length]![0];
    shares[index] = shares[index]! + 1;
  }
  return shares;
}

/** A standard normal draw (Box-Muller). */
export function gaussian(random: Random): number {
  const u = 1 - random.float();
  const v = random.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Pareto draw with minimum 1 and shape `alpha`, capped: most near 1, a few large. */
export function pareto(random: Random, alpha: number, cap: number): number {
  return Math.min(cap, (1 - random.float()) ** (-1 / alpha));
}

/** Fisher-Yates in place. */
export function shuffleInPlace(random: Random, items: Int32Array): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.float() * (i + 1));
    const swap = items[i]!;
    items[i] = items[j]!;
    items[j] = swap;
  }
}
