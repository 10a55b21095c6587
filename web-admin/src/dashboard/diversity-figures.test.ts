import { describe, expect, it } from 'vitest';
import { diversityPeriodOf, formatAverage, formatShare } from './diversity-figures';

describe('diversity figures', () => {
  it('follow the dashboard periods, none for a chosen one', () => {
    expect(diversityPeriodOf('ALL')).toBe('ALL');
    expect(diversityPeriodOf('WEEKS_12')).toBe('WEEKS_12');
    expect(diversityPeriodOf('CUSTOM')).toBeNull();
  });

  it('show shares and averages in French, and hide them for fewer than 10 people', () => {
    expect(formatShare(0.5, 120).replace(/\s/g, ' ')).toBe('50 %');
    expect(formatAverage(1.75, 120)).toBe('1,8');
    expect(formatShare(0.5, 4)).toBe('secret statistique');
    expect(formatAverage(2, 9)).toBe('secret statistique');
    expect(formatShare(null, 0)).toBe('—');
  });
});
