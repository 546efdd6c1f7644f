// Generated from libs/domain/src/deadline.ts by `npm run generate:dashboard`; do not edit.
export class InvalidDeadlineError extends Error {
    code = 'invalid-deadline';
}
const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const WORKING_DAYS = /^(\d+)\s*(?:wd|working[- ]days?|werkdagen?)$/i;
export function parseIsoDuration(text) {
    const m = ISO_DURATION.exec(text.trim());
    if (!m)
        throw new InvalidDeadlineError(`"${text}" is not an ISO 8601 duration such as P8W, P10D or PT30S`);
    const n = (i) => (m[i] === undefined ? 0 : Number(m[i]));
    return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}
/** Accepts "10wd", "10 werkdagen", "10 working days" or an ISO 8601 duration ("P8W", "PT5S"). */
export function parseDeadlineSpec(text) {
    const trimmed = text.trim();
    const wd = WORKING_DAYS.exec(trimmed);
    if (wd) {
        const days = Number(wd[1]);
        if (days < 1)
            throw new InvalidDeadlineError(`a deadline of "${text}" must be at least one working day`);
        return { kind: 'working-days', days };
    }
    const parts = parseIsoDuration(trimmed);
    if (Object.values(parts).every((v) => v === 0)) {
        throw new InvalidDeadlineError(`a deadline of "${text}" is zero`);
    }
    return { kind: 'calendar', duration: trimmed };
}
export function formatDeadlineSpec(spec) {
    return spec.kind === 'working-days' ? `${spec.days}wd` : spec.duration;
}
/** Adds a calendar duration in UTC; months and years follow the calendar (31 Jan + P1M = 28/29 Feb). */
export function addCalendarDuration(from, duration) {
    const p = parseIsoDuration(duration);
    const d = new Date(from.getTime());
    if (p.years || p.months) {
        const day = d.getUTCDate();
        d.setUTCDate(1);
        d.setUTCMonth(d.getUTCMonth() + p.years * 12 + p.months);
        const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
        d.setUTCDate(Math.min(day, lastDay));
    }
    const ms = (((p.weeks * 7 + p.days) * 24 + p.hours) * 60 + p.minutes) * 60_000 + Math.round(p.seconds * 1000);
    return new Date(d.getTime() + ms);
}
