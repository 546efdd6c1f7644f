import { currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  checkTextTree,
  COMMISSION_MEETING_SLOT,
  COMMISSION_SUBMISSION_TASK,
  TARGETED_REASSESSMENT,
  refusalOf,
  type ActionCommand,
  type ProjectSnapshot,
} from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import { plainCopy, refusalFailure } from './activities';
import type { ProjectRun } from './project-run';

/** How many Update ids, and for how long, a project remembers across runs (see ProjectWorkflowInput.recentUpdates). */
const RECENT_UPDATES_MAX = 1_000;
const RECENT_UPDATES_MS = 3_600_000;

/** Updates applied by this run and (the last hour of) the runs before it; only carried, never published. */
export class RecentUpdates {
  private readonly list: Array<{ id: string; at: number }>;

  constructor(carried: Array<{ id: string; at: number }> | undefined) {
    this.list = [...(carried ?? [])];
  }

  get size(): number {
    return this.list.length;
  }

  /** Whether an earlier run of this project applied this Update id (within this run Temporal itself deduplicates). */
  appliedBefore(id: string): boolean {
    return this.list.some((u) => u.id === id);
  }

  remember(id: string): void {
    this.list.push({ id, at: Date.now() });
    if (this.list.length > RECENT_UPDATES_MAX) this.list.splice(0, this.list.length - RECENT_UPDATES_MAX);
  }

  /** What the next run gets: the Updates of the last hour. */
  carried(): Array<{ id: string; at: number }> {
    const since = Date.now() - RECENT_UPDATES_MS;
    return this.list.filter((u) => u.at >= since);
  }
}

type Payload<T extends ActionCommand['type']> = Extract<ActionCommand, { type: T }>['update'];

/** The actions added behind a patch, each with its patch id (histories recorded before never saw them). */
const PATCHED_UPDATES = {
  'publish-reflection': { def: defs.publishReflection, patch: 'reflection-publication' },
  'withdraw-reflection-publication': { def: defs.withdrawReflectionPublication, patch: 'reflection-publication' },
  'move-commission-meeting': { def: defs.moveCommissionMeeting, patch: COMMISSION_MEETING_SLOT },
  'submit-commission-documents': { def: defs.submitCommissionDocuments, patch: COMMISSION_SUBMISSION_TASK },
  'request-reassessment': { def: defs.requestReassessment, patch: TARGETED_REASSESSMENT },
} as const;
type PatchedType = keyof typeof PATCHED_UPDATES;

/** The Update of each action, and the command it becomes. */
const UPDATES: {
  [T in Exclude<ActionCommand['type'], PatchedType>]: UpdateDefinition<ProjectSnapshot, [Payload<T>], string>;
} = {
  'submit-quick-scan': defs.submitQuickScan,
  'submit-dpia': defs.submitDpia,
  'give-dpo-advice': defs.giveDpoAdvice,
  'record-prior-consultation': defs.recordPriorConsultation,
  'request-reflection': defs.requestReflection,
  'schedule-commission': defs.scheduleCommission,
  'ask-commission-questions': defs.askCommissionQuestions,
  'answer-commission-questions': defs.answerCommissionQuestions,
  'record-reflection': defs.recordReflection,
  decide: defs.decide,
  'record-council-information': defs.recordCouncilInformation,
  hold: defs.holdProject,
  resume: defs.resumeProject,
  withdraw: defs.withdrawProject,
  amend: defs.amendProject,
  'submit-register-entry': defs.submitRegisterEntry,
  'review-register-entry': defs.reviewRegisterEntry,
};

/**
 * Every human action is an Update whose validator asks the domain whether it would be refused (a refused action never
 * enters the history) and whose handler records it, publishes, and answers with the project.
 */
export function setUpdateHandlers(run: ProjectRun, recent: RecentUpdates): void {
  for (const type of Object.keys(UPDATES) as Array<Exclude<ActionCommand['type'], PatchedType>>) {
    on(run, recent, type, UPDATES[type]);
  }
  for (const type of Object.keys(PATCHED_UPDATES) as PatchedType[]) {
    const { def, patch } = PATCHED_UPDATES[type];
    on(run, recent, type, def, patch);
  }
}

function on(
  run: ProjectRun,
  recent: RecentUpdates,
  type: ActionCommand['type'],
  def: UpdateDefinition<ProjectSnapshot, [unknown], string>,
  patch?: string,
): void {
  const command = (a: unknown) => ({ type, update: a }) as ActionCommand;
  setHandler(
    def,
    async (a: unknown) => {
      const id = currentUpdateInfo()?.id;
      // An Update id this project applied in an earlier run (Temporal deduplicates within a run only): a retry of
      // an action that was applied before a continue-as-new answers with the project as it is, and changes nothing.
      if (id !== undefined && recent.appliedBefore(id) && patched('update-ids-across-runs')) {
        return plainCopy(run.s);
      }
      if (id !== undefined) recent.remember(id);
      // Marks the history: an action that did not exist when the histories before it were recorded.
      if (patch !== undefined) patched(patch);
      // Accepted text is recorded NFC (the validator refused what the text rule refuses); the same on replay.
      checkTextTree(a, { rootKind: 'text', normalise: true });
      await run.run(command(a));
      await run.publish();
      return plainCopy(run.s);
    },
    {
      validator: (a: unknown) => {
        const id = currentUpdateInfo()?.id;
        if (id !== undefined && recent.appliedBefore(id)) return;
        const refused = refusalOf(run.s, command(a), { now: run.now(), policy: run.policy });
        if (refused) throw refusalFailure(refused);
      },
    },
  );
}
