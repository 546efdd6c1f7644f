import type { GateId, GateStep } from '../gates';
import type { LocalizedText } from '../policy/types';
import type { ProjectStatus } from '../project';
import type { Role } from '../roles';
import { bilingual } from './catalogues';

/** The domain's vocabularies in both languages, for code that writes in the reader's language (mails, files, feeds). */
export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = bilingual((t) => t.labels.roles);

export const GATE_LABELS: Record<GateId, { nl: string; en: string }> = bilingual((t) => t.labels.gates);

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, { nl: string; en: string }> = bilingual(
  (t) => t.labels.statuses,
);

/** What a step asks of its assignee, as an instruction: in mails, calendar feeds and on pages. */
export const STEP_TASKS: Readonly<Record<GateStep, LocalizedText>> = bilingual((t) => t.labels.stepTasks);
