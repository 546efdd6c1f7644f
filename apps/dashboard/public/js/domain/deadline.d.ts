// Generated from libs/domain/src/deadline.ts by `npm run generate:dashboard`; do not edit.
/**
 * Deadlines are policy data. Municipal terms run in working days (Dutch public holidays excluded) or in calendar
 * periods (the statutory terms: "8 weeks"). Tests use calendar periods of seconds.
 */
export type DeadlineSpec = {
    kind: 'working-days';
    days: number;
} | {
    kind: 'calendar';
    duration: string;
};
export declare class InvalidDeadlineError extends Error {
    readonly code = "invalid-deadline";
}
export interface DurationParts {
    years: number;
    months: number;
    weeks: number;
    days: number;
    hours: number;
    minutes: number;
    seconds: number;
}
export declare function parseIsoDuration(text: string): DurationParts;
/** Accepts "10wd", "10 werkdagen", "10 working days" or an ISO 8601 duration ("P8W", "PT5S"). */
export declare function parseDeadlineSpec(text: string): DeadlineSpec;
export declare function formatDeadlineSpec(spec: DeadlineSpec): string;
/** Adds a calendar duration in UTC; months and years follow the calendar (31 Jan + P1M = 28/29 Feb). */
export declare function addCalendarDuration(from: Date, duration: string): Date;
