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
export {
  baselineOutcome,
  evaluateQuickScan,
  reevaluationInterval,
  riskFloor,
  type EvaluationOptions,
} from './evaluate';
export {
  APPLIES_FROM_PATTERN,
  APPLIES_FROM_YEARS,
  isAppliesFrom,
  ruleInForce,
  ruleInForceFrom,
  rulesComingIntoForce,
  type RuleComingIntoForce,
} from './in-force';
export {
  compareDurations,
  POLICY_DURATION_PATTERN,
  POLICY_ID_PATTERN,
  validatePolicy,
  type PolicyValidationError,
  type PolicyValidationResult,
} from './validate';
export {
  checkCouncilLetterShape,
  COUNCIL_LETTER_TEXT_MAX,
  COUNCIL_LETTER_TEXT_PATTERN,
  fillLetterText,
} from './council-letter';
export * from './commission';
export * from './council-information';
export * from './route-proof';
export * from './route-proof-texts';
