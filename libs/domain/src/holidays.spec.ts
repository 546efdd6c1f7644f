import { addWorkingDays, computeDueDate, localDate } from './index';
import { dutchHolidayCheck } from './holidays';

describe('the municipal working-day calendar with Dutch public holidays', () => {
  const isHoliday = dutchHolidayCheck();

  it.each([
    ['2027-01-01', true], // Nieuwjaarsdag
    ['2027-03-29', true], // Tweede paasdag
    ['2027-04-27', true], // Koningsdag
    ['2027-05-06', true], // Hemelvaartsdag
    ['2027-05-17', true], // Tweede pinksterdag
    ['2027-12-25', true],
    ['2027-12-26', true],
    ['2027-10-04', false], // Dierendag is an observance, not a day off
    ['2027-03-30', false],
  ])('%s is a public holiday: %s', (date, expected) => {
    expect(isHoliday(date)).toBe(expected);
  });

  it('skips the weekend: one working day after a Friday ends on Monday evening in Enschede', () => {
    const due = addWorkingDays(new Date('2027-03-05T10:00:00+01:00'), 1, isHoliday);
    expect(localDate(due)).toBe('2027-03-08');
    expect(due.toISOString()).toBe('2027-03-08T22:59:59.999Z');
  });

  it('skips Easter: two working days after Maundy Thursday end on Tuesday (Good Friday is a working day)', () => {
    // Goede Vrijdag is not a general day off in the Netherlands; Easter Monday is.
    const due = addWorkingDays(new Date('2027-03-25T09:00:00+01:00'), 2, isHoliday);
    expect(localDate(due)).toBe('2027-03-30');
  });

  it('follows summer time: the end of a working day in July is 21:59:59.999Z', () => {
    expect(addWorkingDays(new Date('2027-07-01T08:00:00Z'), 1, isHoliday).toISOString()).toBe(
      '2027-07-02T21:59:59.999Z',
    );
  });

  it('counts ten working days over Christmas and New Year', () => {
    // 2027-12-23 (Thu) + 10 working days: 24, 27, 28, 29, 30, 31 Dec, 3, 4, 5, 6 Jan (25/26 Dec and 1 Jan are off).
    expect(localDate(addWorkingDays(new Date('2027-12-23T12:00:00+01:00'), 10, isHoliday))).toBe('2028-01-06');
  });

  it('computes calendar deadlines without a calendar', () => {
    expect(
      computeDueDate(new Date('2027-01-01T00:00:00Z'), { kind: 'calendar', duration: 'PT5S' }, isHoliday).toISOString(),
    ).toBe('2027-01-01T00:00:05.000Z');
  });
});
