import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { AUDIT_HEAD_QUERY } from '@waardenpoort/domain';
import type { ActionPayload, AuditHead, ProjectSnapshot } from '@waardenpoort/domain';

/**
 * The workflow's public surface. Every human action is an Update with a validator: the caller learns at once
 * whether it was accepted, and a refused action never enters the history. Each returns the project as it stands
 * after the action was recorded in the read model. The argument is what the reducer's command for the action carries
 * (`ActionPayload` of libs/domain), so the two cannot differ.
 */
export const projectStateQuery = defineQuery<ProjectSnapshot>('projectState');
/** The project's audit chain head as the workflow last heard it from a publish: a witness outside PostgreSQL. */
export const auditHeadQuery = defineQuery<AuditHead | null>(AUDIT_HEAD_QUERY);

export const submitQuickScan = defineUpdate<ProjectSnapshot, [ActionPayload<'submit-quick-scan'>]>('submitQuickScan');
export const submitDpia = defineUpdate<ProjectSnapshot, [ActionPayload<'submit-dpia'>]>('submitDpia');
export const giveDpoAdvice = defineUpdate<ProjectSnapshot, [ActionPayload<'give-dpo-advice'>]>('giveDpoAdvice');
export const recordPriorConsultation = defineUpdate<ProjectSnapshot, [ActionPayload<'record-prior-consultation'>]>(
  'recordPriorConsultation',
);
export const requestReflection = defineUpdate<ProjectSnapshot, [ActionPayload<'request-reflection'>]>(
  'requestReflection',
);
export const scheduleCommission = defineUpdate<ProjectSnapshot, [ActionPayload<'schedule-commission'>]>(
  'scheduleCommission',
);
export const askCommissionQuestions = defineUpdate<ProjectSnapshot, [ActionPayload<'ask-commission-questions'>]>(
  'askCommissionQuestions',
);
export const answerCommissionQuestions = defineUpdate<ProjectSnapshot, [ActionPayload<'answer-commission-questions'>]>(
  'answerCommissionQuestions',
);
export const recordReflection = defineUpdate<ProjectSnapshot, [ActionPayload<'record-reflection'>]>('recordReflection');
export const decide = defineUpdate<ProjectSnapshot, [ActionPayload<'decide'>]>('decide');
export const recordCouncilInformation = defineUpdate<ProjectSnapshot, [ActionPayload<'record-council-information'>]>(
  'recordCouncilInformation',
);
export const holdProject = defineUpdate<ProjectSnapshot, [ActionPayload<'hold'>]>('hold');
export const resumeProject = defineUpdate<ProjectSnapshot, [ActionPayload<'resume'>]>('resume');
export const withdrawProject = defineUpdate<ProjectSnapshot, [ActionPayload<'withdraw'>]>('withdraw');
export const amendProject = defineUpdate<ProjectSnapshot, [ActionPayload<'amend'>]>('amend');
/** The CIO office re-routes the project after activating a policy version (issue 20); behind a workflow patch. */
export const requestReassessment = defineUpdate<ProjectSnapshot, [ActionPayload<'request-reassessment'>]>(
  'requestReassessment',
);

// Publication in the registers (the `publication` gate)
export const submitRegisterEntry = defineUpdate<ProjectSnapshot, [ActionPayload<'submit-register-entry'>]>(
  'submitRegisterEntry',
);
export const reviewRegisterEntry = defineUpdate<ProjectSnapshot, [ActionPayload<'review-register-entry'>]>(
  'reviewRegisterEntry',
);
