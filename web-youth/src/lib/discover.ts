/**
 * The Découvrir view's order: offers drawn from the home's modules in turn (the first of
 * each module, then the second of each…), each offer once, with variety — never three
 * offers of one category in a row while another category is left to show.
 */

export interface DiscoverItem {
  offerId: string;
  categoryId: string;
}

/** Round robin over the modules' lists, each offer once. */
export function interleave<T extends DiscoverItem>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const item = list[i];
      if (item && !seen.has(item.offerId)) {
        seen.add(item.offerId);
        out.push(item);
      }
    }
  }
  return out;
}

/**
 * Reorders so that no run of `maxRun` + 1 offers shares a category, keeping the given
 * order otherwise (each time, the first offer that does not extend a run too long). When
 * only one category is left, the rest follows as it is: nothing else can break it up.
 */
export function withVariety<T extends DiscoverItem>(items: readonly T[], maxRun = 2): T[] {
  const left = [...items];
  const out: T[] = [];
  while (left.length > 0) {
    const last = out.slice(-maxRun);
    const runCategory =
      last.length === maxRun && last.every((x) => x.categoryId === last[0]!.categoryId)
        ? last[0]!.categoryId
        : null;
    const index = runCategory === null ? 0 : left.findIndex((x) => x.categoryId !== runCategory);
    if (index === -1) {
      out.push(...left);
      break;
    }
    out.push(left.splice(index, 1)[0]!);
  }
  return out;
}

export function discoverySequence<T extends DiscoverItem>(lists: readonly (readonly T[])[]): T[] {
  return withVariety(interleave(lists));
}
