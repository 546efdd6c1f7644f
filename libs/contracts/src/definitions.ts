import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { AUDIT_HEAD_QUERY } from '@waardenpoort/domain';
import type {
  Amendment,
  AuditHead,
  CommissionAgenda,
  CommissionAnswers,
  CommissionQuestions,
  CommissionReflection,
  CouncilInformation,
  DecisionSubmission,
  DpiaSubmission,
  DpoAdviceSubmission,
  HoldRequest,
  PriorConsultationUpdate,
  ProjectSnapshot,
  QuickScanSubmission,
  ReflectionRequest,
  RegisterEntryReview,
  RegisterEntrySubmission,
} from '@waardenpoort/domain';

/**
 * The workflow's public surface. Every human action is an Update with a validator: the caller learns at once
 * whether it was accepted, and a refused action never enters the history. Each returns the project as it stands
 * after the action was recorded in the read model.
 */
export const projectStateQuery = defineQuery<ProjectSnapshot>('projectState');
/** The project's audit chain head as the workflow last heard it from a publish: a witness outside PostgreSQL. */
export const auditHeadQuery = defineQuery<AuditHead | null>(AUDIT_HEAD_QUERY);

export const submitQuickScan = defineUpdate<ProjectSnapshot, [QuickScanSubmission]>('submitQuickScan');
export const submitDpia = defineUpdate<ProjectSnapshot, [DpiaSubmission]>('submitDpia');
export const giveDpoAdvice = defineUpdate<ProjectSnapshot, [DpoAdviceSubmission]>('giveDpoAdvice');
export const recordPriorConsultation = defineUpdate<ProjectSnapshot, [PriorConsultationUpdate]>(
  'recordPriorConsultation',
);
export const requestReflection = defineUpdate<ProjectSnapshot, [ReflectionRequest]>('requestReflection');
export const scheduleCommission = defineUpdate<ProjectSnapshot, [CommissionAgenda]>('scheduleCommission');
export const askCommissionQuestions = defineUpdate<ProjectSnapshot, [CommissionQuestions]>('askCommissionQuestions');
export const answerCommissionQuestions = defineUpdate<ProjectSnapshot, [CommissionAnswers]>(
  'answerCommissionQuestions',
);
export const recordReflection = defineUpdate<ProjectSnapshot, [CommissionReflection]>('recordReflection');
export const decide = defineUpdate<ProjectSnapshot, [DecisionSubmission]>('decide');
export const recordCouncilInformation = defineUpdate<ProjectSnapshot, [CouncilInformation]>('recordCouncilInformation');
export const holdProject = defineUpdate<ProjectSnapshot, [HoldRequest]>('hold');
export const resumeProject = defineUpdate<ProjectSnapshot, [HoldRequest]>('resume');
export const withdrawProject = defineUpdate<ProjectSnapshot, [HoldRequest]>('withdraw');
export const amendProject = defineUpdate<ProjectSnapshot, [Amendment]>('amend');

// Publication in the registers (the `publication` gate)
export const submitRegisterEntry = defineUpdate<ProjectSnapshot, [RegisterEntrySubmission]>('submitRegisterEntry');
export const reviewRegisterEntry = defineUpdate<ProjectSnapshot, [RegisterEntryReview]>('reviewRegisterEntry');
