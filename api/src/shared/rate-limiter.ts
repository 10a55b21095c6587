/**
 * Counts events per key over a sliding window, in this process's memory.
 * (Several api instances will share it through Redis when REDIS_URL is set: issue on hardening.)
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether the key has already used up its events in the window. */
  isLimited(key: string): boolean {
    return this.recent(key).length >= this.limit;
  }

  record(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock());
    this.events.set(key, recent);
    if (this.events.size > 100_000) this.prune();
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.events.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of this.events.keys()) {
      const recent = this.recent(key);
      if (recent.length === 0) this.events.delete(key);
      else this.events.set(key, recent);
    }
  }
}
