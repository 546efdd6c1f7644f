import Holidays from 'date-holidays';
import type { HolidayCheck } from './calendar';

/**
 * Imported as `@waardenpoort/domain/holidays`, not from the package's index: the index is pure and runs in the
 * workflow sandbox, where the calendar's data has no place (the workflow asks an activity, `planTask`).
 *
 * Dutch public holidays from `date-holidays` (maintained upstream). Only days of type "public" count:
 * observances such as Dierendag are working days. Liberation Day is a public holiday in the data every year;
 * the municipality's own collective agreement decides whether it is a day off, so policy may add or drop it.
 */
export function dutchHolidayCheck(options: { extraClosedDays?: string[] } = {}): HolidayCheck {
  const hd = new Holidays('NL');
  const cache = new Map<number, Set<string>>();
  const extra = new Set(options.extraClosedDays ?? []);
  return (isoDate: string) => {
    if (extra.has(isoDate)) return true;
    const year = Number(isoDate.slice(0, 4));
    let days = cache.get(year);
    if (!days) {
      days = new Set(
        hd
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      cache.set(year, days);
    }
    return days.has(isoDate);
  };
}
