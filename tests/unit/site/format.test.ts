import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../../src/site/lib/format';

describe('dates', () => {
  const d = new Date('2019-01-09T00:00:00Z');
  it('are written as NHS content style has them', () => {
    expect(formatDate(d)).toBe('9 January 2019');
    expect(isoDay(d)).toBe('2019-01-09');
  });
  it('show only the month when only the month is known', () => {
    expect(formatDate(new Date('2024-05-01T00:00:00Z'), 'month')).toBe('May 2024');
    expect(isoDay(new Date('2024-05-01T00:00:00Z'), 'month')).toBe('2024-05');
  });
});
