/**
 * At most `concurrency` jobs run at once; up to `maxWaiting` more wait their turn in
 * arrival order; beyond that `run` refuses at once (the caller answers "busy") rather
 * than letting memory and latency grow without bound. Used for image decoding, whose
 * memory and CPU per job are bounded but not small.
 */
export class BoundedWorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
    private readonly refusal: () => Error,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) {
      this.running++;
    } else {
      if (this.waiting.length >= this.maxWaiting) throw this.refusal();
      // The slot is counted for this job by `release` before it is woken.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
