// Generated from libs/domain/src/policy/types.ts by `npm run generate:dashboard`; do not edit.
export const QUESTION_TYPES = ['boolean', 'one-of', 'many-of', 'number'];
// ---------------------------------------------------------------------------------------------------------------
// Outcome dimensions: every scale is listed weakest first, so "stronger" is simply "later in the list".
export const DPIA_OUTCOMES = ['not-required', 'recommended', 'required'];
export const IAMA_OUTCOMES = ['not-recommended', 'recommended'];
export const AI_ACT_CLASSES = ['not-applicable', 'minimal', 'limited', 'high-risk', 'prohibited'];
export const COMMISSION_OUTCOMES = ['optional', 'required'];
export const COUNCIL_OUTCOMES = ['optional', 'required'];
export const RISK_LEVELS = ['low', 'medium', 'high'];
/** Algorithm register publication categories: A high-risk AI, B impactful algorithm, C other algorithm. */
export const ALGORITHM_REGISTER_CATEGORIES = ['none', 'C', 'B', 'A'];
export const OUTCOME_SCALES = {
    dpia: DPIA_OUTCOMES,
    iama: IAMA_OUTCOMES,
    aiActClass: AI_ACT_CLASSES,
    commission: COMMISSION_OUTCOMES,
    council: COUNCIL_OUTCOMES,
    riskLevel: RISK_LEVELS,
    algorithmRegister: ALGORITHM_REGISTER_CATEGORIES,
    sensorRegister: [false, true],
};
export const OUTCOME_DIMENSIONS = Object.keys(OUTCOME_SCALES);
// ---------------------------------------------------------------------------------------------------------------
// Rules and sources
export const SOURCE_KINDS = ['law', 'regulator', 'guidance', 'local-policy'];
export const DEFAULT_POLICY_LIMITS = {
    holds: 100,
    reflectionRequests: 10,
    questionRounds: 20,
    amendments: 50,
    historyEvents: 10_000,
};
/** The limits of a policy, with the defaults for any it does not set. */
export function policyLimits(policy) {
    return { ...DEFAULT_POLICY_LIMITS, ...(policy.limits ?? {}) };
}
// ---------------------------------------------------------------------------------------------------------------
// The council information letter's template (checked and filled in council-letter.ts)
/** The facts a template text may name, as `{{projectTitle}}`. Replaced once: a fact's own text is never expanded. */
export const COUNCIL_LETTER_PLACEHOLDERS = [
    'projectTitle',
    'department',
    'decisionOutcome',
    'decisionDate',
    'decidedBy',
    'letterDate',
    'policyId',
    'policyVersion',
];
/** The headed sections of the letter, in the order it has them. */
export const COUNCIL_LETTER_SECTIONS = ['project', 'route', 'advices', 'decision', 'conditions'];
/** What the letter says where the case has no such fact (Dutch first: "Geen DPIA vereist."). */
export const COUNCIL_LETTER_ABSENCES = [
    'noRoute',
    'noRules',
    'noDpia',
    'noDpoAdvice',
    'noCommission',
    'noReflection',
    'noAnswer',
    'notReadable',
    'noConditions',
];
/** The fixed paragraphs, each one text with placeholders. */
export const COUNCIL_LETTER_TEXTS = [
    'title',
    'subject',
    'draftNotice',
    'salutation',
    'introduction',
    'closing',
    'signature',
];
