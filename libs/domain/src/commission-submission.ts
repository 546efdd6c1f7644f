import type { CommissionSubmission, GateView, ProjectSnapshot } from './project';

/**
 * The case owner's submission deadline as a task of its own (issue 19): while the case is on a meeting and the
 * deadline has not passed, the case owner has an open task beside the secretary's wait for the meeting; marking the
 * documents submitted closes it. Histories recorded before it replay without (no task, reminders on `await-meeting`).
 */
export const COMMISSION_SUBMISSION_TASK = 'commission-submission-task';

/**
 * The open submission task of a snapshot, as a gate's open step reads (the read model writes it as one more task of
 * the commission gate, id `<project>:commission-reflection:<cycle>:submit-documents`), or null when there is none.
 */
export function submissionTaskOf(s: ProjectSnapshot): GateView | null {
  const sub = s.commission?.submission;
  const g = s.gates.find((x) => x.gate === 'commission-reflection');
  if (!isOpenSubmission(sub) || !g) return null;
  // Only while the case waits for its meeting: questions to answer are their own task, and the meeting ends it.
  if ((g.state !== 'waiting' && g.state !== 'active') || g.step !== 'await-meeting') return null;
  return {
    ...g,
    state: 'active',
    step: 'submit-documents',
    assigneeRole: 'case-owner',
    assigneeSub: s.caseOwner.sub,
    openedAt: sub.openedAt,
    dueAt: sub.dueAt,
    completedAt: null,
    escalationLevel: 0,
    outcome: null,
  };
}

export function isOpenSubmission(sub: CommissionSubmission | null | undefined): sub is CommissionSubmission {
  return !!sub && sub.submittedAt === null && sub.closedAt === null;
}
