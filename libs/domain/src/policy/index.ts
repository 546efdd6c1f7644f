export * from './types';
export {
  evaluateCondition,
  questionsReferenced,
  PolicyEvaluationError,
  type AnswerState,
  type ConditionContext,
  type Truth,
} from './conditions';
export {
  answerValueProblem,
  QuickScanAnswersError,
  visibleQuestions,
  type AnswerIssue,
  type AnswerIssueCode,
} from './answers';
export { fillQuickScan, NEUTRAL_ANSWERS } from './fill';
export { baselineOutcome, evaluateQuickScan, reevaluationInterval, riskFloor } from './evaluate';
export {
  compareDurations,
  POLICY_DURATION_PATTERN,
  POLICY_ID_PATTERN,
  validatePolicy,
  type PolicyValidationError,
  type PolicyValidationResult,
} from './validate';
