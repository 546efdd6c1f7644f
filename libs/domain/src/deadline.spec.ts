import { addCalendarDuration, parseDeadlineSpec } from './deadline';

describe('deadline specs', () => {
  it.each([
    ['10wd', { kind: 'working-days', days: 10 }],
    ['5 werkdagen', { kind: 'working-days', days: 5 }],
    ['1 working day', { kind: 'working-days', days: 1 }],
    ['P8W', { kind: 'calendar', duration: 'P8W' }],
    ['PT5S', { kind: 'calendar', duration: 'PT5S' }],
  ])('parses %s', (text, spec) => {
    expect(parseDeadlineSpec(text)).toEqual(spec);
  });

  it.each(['', '0wd', 'P', 'PT', 'P0D', 'ten days', '5 days', 'PT-5S'])('refuses %p', (text) => {
    expect(() => parseDeadlineSpec(text)).toThrow();
  });

  it('adds calendar months at the end of a month without spilling over', () => {
    expect(addCalendarDuration(new Date('2027-01-31T10:00:00Z'), 'P1M').toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('adds the statutory 8 weeks of prior consultation as 56 days', () => {
    expect(addCalendarDuration(new Date('2027-03-01T09:00:00Z'), 'P8W').toISOString()).toBe('2027-04-26T09:00:00.000Z');
  });
});
