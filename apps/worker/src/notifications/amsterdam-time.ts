import { MUNICIPAL_TIME_ZONE } from '@waardenpoort/domain';

/**
 * Wall-clock time in Enschede. Deadlines are instants; people read them as Dutch local time, and the daily digest
 * goes out at a local hour whatever the season, so both go through the municipality's time zone (Europe/Amsterdam,
 * with its DST changes; MUNICIPAL_TIME_ZONE of the domain's calendar).
 */

export type MailLanguage = 'nl' | 'en';

const LOCALE: Record<MailLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** One formatter per mail language, in the municipality's time zone. */
function perLanguage(options: Intl.DateTimeFormatOptions): Record<MailLanguage, Intl.DateTimeFormat> {
  const make = (language: MailLanguage) =>
    new Intl.DateTimeFormat(LOCALE[language], { timeZone: MUNICIPAL_TIME_ZONE, ...options });
  return { nl: make('nl'), en: make('en') };
}

const LONG = perLanguage({ dateStyle: 'full', timeStyle: 'short' });

const SHORT = perLanguage({ day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: MUNICIPAL_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** "dinsdag 2 december 2025 om 14:05" / "Tuesday, 2 December 2025 at 14:05" */
export function formatMoment(at: Date, language: MailLanguage): string {
  return LONG[language].format(at);
}

/** "2 december om 14:05" / "2 December at 14:05", for subject lines */
export function formatShortMoment(at: Date, language: MailLanguage): string {
  return SHORT[language].format(at);
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(at: Date): LocalParts {
  const parts = Object.fromEntries(PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** The instant at which Amsterdam clocks show `hour`:00 on the given local date. */
export function amsterdamInstant(year: number, month: number, day: number, hour: number): Date {
  const wanted = Date.UTC(year, month - 1, day, hour);
  let guess = wanted;
  // Two corrections reach the offset of the target moment also when a DST change lies between guess and target.
  for (let i = 0; i < 2; i += 1) {
    const p = localParts(new Date(guess));
    guess += wanted - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  }
  return new Date(guess);
}

/** The latest daily digest moment (`hour`:00 Amsterdam time) at or before `now`. */
export function latestDigestMoment(now: Date, hour: number): Date {
  const p = localParts(now);
  const today = amsterdamInstant(p.year, p.month, p.day, hour);
  if (today.getTime() <= now.getTime()) return today;
  const yesterday = new Date(Date.UTC(p.year, p.month - 1, p.day - 1));
  return amsterdamInstant(yesterday.getUTCFullYear(), yesterday.getUTCMonth() + 1, yesterday.getUTCDate(), hour);
}
