import { amsterdamInstant, formatMoment, formatShortMoment, latestDigestMoment } from './amsterdam-time';

describe('Amsterdam time', () => {
  it('formats deadlines the Dutch way, in Dutch local time (CET in winter, CEST in summer)', () => {
    expect(formatMoment(new Date('2025-12-02T13:05:00Z'), 'nl')).toBe('dinsdag 2 december 2025 om 14:05');
    expect(formatMoment(new Date('2026-07-01T13:05:00Z'), 'nl')).toBe('woensdag 1 juli 2026 om 15:05');
    expect(formatMoment(new Date('2025-12-02T13:05:00Z'), 'en')).toBe('Tuesday, 2 December 2025 at 14:05');
    expect(formatShortMoment(new Date('2025-12-02T23:30:00Z'), 'nl')).toBe('3 december om 00:30');
  });

  it('finds the instant of a local hour on both sides of a DST change', () => {
    expect(amsterdamInstant(2026, 3, 28, 8).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(amsterdamInstant(2026, 3, 29, 8).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(amsterdamInstant(2026, 10, 25, 8).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(amsterdamInstant(2026, 1, 1, 0).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('takes the latest digest moment at or before now: today once the hour has passed, else yesterday', () => {
    expect(latestDigestMoment(new Date('2025-12-02T07:00:00Z'), 8).toISOString()).toBe('2025-12-02T07:00:00.000Z');
    expect(latestDigestMoment(new Date('2025-12-02T06:59:59Z'), 8).toISOString()).toBe('2025-12-01T07:00:00.000Z');
    // Just after midnight Amsterdam time, still the evening before in UTC.
    expect(latestDigestMoment(new Date('2025-12-01T23:30:00Z'), 8).toISOString()).toBe('2025-12-01T07:00:00.000Z');
    // The first of the month looks back to the last day of the previous one.
    expect(latestDigestMoment(new Date('2026-03-01T05:00:00Z'), 8).toISOString()).toBe('2026-02-28T07:00:00.000Z');
  });
});
