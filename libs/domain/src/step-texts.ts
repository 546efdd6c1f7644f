import type { GateStep } from './gates';
import type { LocalizedText } from './policy/types';
import { bilingual } from './texts/index';

/** What a step asks of its assignee, as an instruction: in mails, calendar feeds and on pages. */
export const STEP_TASKS: Readonly<Record<GateStep, LocalizedText>> = bilingual((t) => t.labels.stepTasks);
