import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../src/shared/rate-limiter.js';

describe('SlidingWindowLimiter', () => {
  it('limits after N events in the window and forgets them after it', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.isLimited('a')).toBe(false);
      limiter.record('a');
      now += 1_000;
    }
    expect(limiter.isLimited('a')).toBe(true);
    expect(limiter.isLimited('b')).toBe(false);
    now = 60_001;
    expect(limiter.isLimited('a')).toBe(false);
  });
});
