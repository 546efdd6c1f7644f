// Generated from libs/domain/src/texts/tables.ts by `npm run generate:dashboard`; do not edit.
import { bilingual } from './catalogues.js';
/** The domain's vocabularies in both languages, for code that writes in the reader's language (mails, files, feeds). */
export const ROLE_LABELS = bilingual((t) => t.labels.roles);
export const GATE_LABELS = bilingual((t) => t.labels.gates);
export const PROJECT_STATUS_LABELS = bilingual((t) => t.labels.statuses);
/** What a step asks of its assignee, as an instruction: in mails, calendar feeds and on pages. */
export const STEP_TASKS = bilingual((t) => t.labels.stepTasks);
