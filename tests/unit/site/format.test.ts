import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { clockTime, formatDate, isoDay, kilobytes, localDate } from '../../../src/site/lib/format';

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

describe('localDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // 23:30 UTC on 31 December is already 1 January in Auckland and still 31 December in New York.
  const lateUtc = '2025-12-31T23:30:00.000Z';

  it('shows the day in the reader’s own time zone, not UTC', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(localDate(lateUtc)).toBe('1 January 2026');
    expect(localDate(lateUtc, { month: 'short' })).toBe('1 Jan 2026');
    expect(localDate(lateUtc, { time: true })).toBe('1 January 2026 at 12:30');
    process.env.TZ = 'America/New_York';
    expect(localDate(lateUtc)).toBe('31 December 2025');
    expect(localDate(lateUtc, { time: true })).toBe('31 December 2025 at 18:30');
  });

  it('writes exactly what each caller wrote before it moved here', () => {
    for (const tz of ['Europe/London', 'Pacific/Auckland', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      fc.assert(
        fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
          const iso = d.toISOString();
          expect(localDate(iso)).toBe(new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
          expect(localDate(iso, { month: 'short' })).toBe(new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));
          expect(localDate(iso, { time: true })).toBe(
            new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
          );
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('file sizes', () => {
  it('are whole kilobytes of 1,000 bytes, rounded up, never 0 KB', () => {
    expect(kilobytes(1)).toBe('1 KB');
    expect(kilobytes(10_482)).toBe('11 KB');
    expect(kilobytes(1_000)).toBe('1 KB');
    expect(kilobytes(1_234_567)).toBe('1,235 KB');
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), (b) => Number(kilobytes(b).replace(/[, KB]/g, '')) * 1000 >= b));
  });
});

describe('clockTime', () => {
  it('writes what toLocaleTimeString wrote for the chart maker’s status, in this computer’s time zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(clockTime(iso)).toBe(new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }));
      }),
    );
    expect(clockTime('2026-03-01T09:05:00')).toBe('09:05');
  });
});
