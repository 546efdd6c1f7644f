// Generated from libs/domain/src/texts/tables.ts by `npm run generate:dashboard`; do not edit.
import type { GateId, GateStep } from '../gates.js';
import type { LocalizedText } from '../policy/types.js';
import type { ProjectStatus } from '../project.js';
import type { Role } from '../roles.js';
/** The domain's vocabularies in both languages, for code that writes in the reader's language (mails, files, feeds). */
export declare const ROLE_LABELS: Record<Role, {
    nl: string;
    en: string;
}>;
export declare const GATE_LABELS: Record<GateId, {
    nl: string;
    en: string;
}>;
export declare const PROJECT_STATUS_LABELS: Record<ProjectStatus, {
    nl: string;
    en: string;
}>;
/** What a step asks of its assignee, as an instruction: in mails, calendar feeds and on pages. */
export declare const STEP_TASKS: Readonly<Record<GateStep, LocalizedText>>;
