// Generated from libs/domain/src/texts/deadline-event.ts by `npm run generate:dashboard`; do not edit.
import { type GateStep } from '../gates.js';
export type EventLanguage = 'nl' | 'en';
/** An open task's deadline, as a calendar shows it: in the personal feed and in a task mail's attachment. */
export interface DeadlineTask {
    /** The read model's task id (`<project>:<gate>:<cycle>`): the event's UID follows it */
    id: string;
    step: GateStep;
    gate: string;
    dueAt: Date;
    escalationLevel: number;
    project: {
        id: string;
        title: string;
        department: string;
    };
}
/** What a calendar event of a deadline says; each app writes it with the iCalendar library it has. */
export interface DeadlineEvent {
    uid: string;
    start: Date;
    end: Date;
    summary: string;
    description: string;
    url: string;
}
export declare const DEADLINE_EVENT_TEXT: Record<"department" | "project" | "escalated" | "gate" | "open", Record<"nl" | "en", string>>;
/** How long a deadline's event lasts in a calendar: it marks a moment, so a short timed event at that moment. */
export declare const DEADLINE_EVENT_MINUTES = 30;
/**
 * The UID of a task's deadline event: one per task (gate and cycle), the same in the feed and in every mail about
 * the task, so a reminder's attachment or a moved deadline updates the event instead of adding another.
 */
export declare function deadlineEventUid(taskId: string): string;
/** The event of one task's deadline, in one language, with a link into Waardenpoort at `publicUrl`. */
export declare function deadlineEvent(task: DeadlineTask, language: EventLanguage, publicUrl: string): DeadlineEvent;
