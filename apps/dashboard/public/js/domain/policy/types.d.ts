// Generated from libs/domain/src/policy/types.ts by `npm run generate:dashboard`; do not edit.
import type { CommissionPolicy } from './commission.js';
import type { GateId } from '../gates.js';
import type { Role } from '../roles.js';
import type { CouncilInformationPolicy, PolicyChange } from './council-information.js';
/**
 * The ethics policy as data. It is read from YAML by Node code (the API, the policy-check script), checked with
 * `validatePolicy`, and then handed to workflow code as plain JSON, which is why everything here is serialisable
 * and nothing in this folder touches Node, a clock or randomness.
 */
/** Dutch first: the municipality works in Dutch; English is there for colleagues, auditors and suppliers. */
export interface LocalizedText {
    nl: string;
    en: string;
}
export declare const QUESTION_TYPES: readonly ["boolean", "one-of", "many-of", "number"];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export interface QuestionOption {
    value: string;
    label: LocalizedText;
    help?: LocalizedText;
}
interface QuestionBase {
    /** Stable across policy versions: stored answers and audit records refer to it. */
    id: string;
    section?: string;
    text: LocalizedText;
    help: LocalizedText;
    /** Shown only when this holds over the answers to earlier questions; absent means always shown. */
    showIf?: Condition;
}
export interface BooleanQuestion extends QuestionBase {
    type: 'boolean';
}
export interface OneOfQuestion extends QuestionBase {
    type: 'one-of';
    options: QuestionOption[];
}
export interface ManyOfQuestion extends QuestionBase {
    type: 'many-of';
    /** An empty selection is a valid answer: "none of these". */
    options: QuestionOption[];
}
export interface NumberQuestion extends QuestionBase {
    type: 'number';
    min?: number;
    max?: number;
    integer?: boolean;
    unit?: LocalizedText;
}
export type Question = BooleanQuestion | OneOfQuestion | ManyOfQuestion | NumberQuestion;
export interface QuestionnaireSection {
    id: string;
    title: LocalizedText;
}
export interface Questionnaire {
    sections: QuestionnaireSection[];
    questions: Question[];
}
export type AnswerValue = boolean | number | string | readonly string[];
/**
 * Answers keyed by question id. Boolean questions take `true`/`false`, one-of an option value, many-of an array
 * of distinct option values (possibly empty), number a finite number within the question's bounds. `null` or a
 * missing key means "not answered".
 */
export type QuickScanAnswers = Readonly<Record<string, AnswerValue | null | undefined>>;
export type ConditionScalar = boolean | number | string;
export interface NumberComparison {
    question: string;
    gt?: number;
    gte?: number;
    lt?: number;
    lte?: number;
}
/**
 * One key per object, so a condition reads the same in YAML as in TypeScript. `outcome` atoms look at what the
 * rules have concluded so far (for "inform the council when the risk is high"); they may only ask "at least", and
 * never appear under `not` or in `showIf`, which keeps evaluation monotone (see evaluate.ts).
 */
export type Condition = {
    all: Condition[];
} | {
    any: Condition[];
} | {
    not: Condition;
} | {
    atLeast: {
        count: number;
        of: Condition[];
    };
} | {
    equals: {
        question: string;
        value: ConditionScalar;
    };
} | {
    includes: {
        question: string;
        value: string;
    };
} | {
    includesAny: {
        question: string;
        values: string[];
    };
} | {
    number: NumberComparison;
} | {
    ref: string;
} | {
    outcome: OutcomeAtLeast;
};
export declare const DPIA_OUTCOMES: readonly ["not-required", "recommended", "required"];
export type DpiaOutcome = (typeof DPIA_OUTCOMES)[number];
export declare const IAMA_OUTCOMES: readonly ["not-recommended", "recommended"];
export type IamaOutcome = (typeof IAMA_OUTCOMES)[number];
export declare const AI_ACT_CLASSES: readonly ["not-applicable", "minimal", "limited", "high-risk", "prohibited"];
export type AiActClass = (typeof AI_ACT_CLASSES)[number];
export declare const COMMISSION_OUTCOMES: readonly ["optional", "required"];
export type CommissionOutcome = (typeof COMMISSION_OUTCOMES)[number];
export declare const COUNCIL_OUTCOMES: readonly ["optional", "required"];
export type CouncilOutcome = (typeof COUNCIL_OUTCOMES)[number];
export declare const RISK_LEVELS: readonly ["low", "medium", "high"];
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** Algorithm register publication categories: A high-risk AI, B impactful algorithm, C other algorithm. */
export declare const ALGORITHM_REGISTER_CATEGORIES: readonly ["none", "C", "B", "A"];
export type AlgorithmRegisterCategory = (typeof ALGORITHM_REGISTER_CATEGORIES)[number];
export declare const OUTCOME_SCALES: {
    readonly dpia: readonly ["not-required", "recommended", "required"];
    readonly iama: readonly ["not-recommended", "recommended"];
    readonly aiActClass: readonly ["not-applicable", "minimal", "limited", "high-risk", "prohibited"];
    readonly commission: readonly ["optional", "required"];
    readonly council: readonly ["optional", "required"];
    readonly riskLevel: readonly ["low", "medium", "high"];
    readonly algorithmRegister: readonly ["none", "C", "B", "A"];
    readonly sensorRegister: readonly [false, true];
};
export type OutcomeDimension = keyof typeof OUTCOME_SCALES;
export declare const OUTCOME_DIMENSIONS: OutcomeDimension[];
export interface OutcomeValues {
    dpia: DpiaOutcome;
    iama: IamaOutcome;
    aiActClass: AiActClass;
    commission: CommissionOutcome;
    council: CouncilOutcome;
    riskLevel: RiskLevel;
    algorithmRegister: AlgorithmRegisterCategory;
    sensorRegister: boolean;
}
export type OutcomeAtLeast = {
    [D in OutcomeDimension]: {
        dimension: D;
        atLeast: OutcomeValues[D];
    };
}[OutcomeDimension];
/** What a rule contributes; each present dimension is raised to at least that value. */
export type RuleEffects = Partial<Omit<OutcomeValues, 'sensorRegister'>> & {
    sensorRegister?: true;
};
export declare const SOURCE_KINDS: readonly ["law", "regulator", "guidance", "local-policy"];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export interface PolicySource {
    id: string;
    kind: SourceKind;
    /** How a lawyer would cite it, e.g. "AVG art. 35 lid 3 sub c". */
    citation: string;
    title: LocalizedText;
    url?: string;
}
export interface RuleSourceRef {
    id: string;
    /** The exact item within the source, e.g. "nr. 9" of the AP list. */
    pinpoint?: string;
}
export interface Rule {
    id: string;
    when: Condition;
    then: RuleEffects;
    reason: {
        id: string;
        text: LocalizedText;
    };
    source: RuleSourceRef;
    /**
     * The day from which the rule applies (an obligation of the AI Act that applies from a fixed date): `YYYY-MM-DD`,
     * from the start of that day in the municipality's time zone, or an ISO 8601 instant with its offset. Before it
     * the rule never fires; projects evaluated before it are re-assessed when it comes into force (./in-force.ts).
     */
    appliesFrom?: string;
}
export interface EscalationStep {
    role: Role;
    /** Counted from the deadline for the first step, from the previous step for the next ones. */
    after: string;
}
/** Deadlines, reminders and delays are strings `parseDeadlineSpec` accepts: "10wd" or ISO 8601 ("P8W", "PT3S"). */
export interface TaskTiming {
    assignee: Role;
    deadline: string;
    /** Offsets before the deadline at which the assignee is reminded. */
    remindBefore: string[];
    escalation: EscalationStep[];
}
export interface GatePolicy extends TaskTiming {
    /** Work inside the gate by someone else, with its own clock (e.g. the DPO's advice within the DPIA gate). */
    tasks?: Record<string, TaskTiming>;
}
export interface PriorConsultationPolicy {
    /** GDPR art. 36(2): the DPA answers within 8 weeks ... */
    term: string;
    /** ... extendable once by 6 weeks. */
    extension: string;
    source: string;
}
export interface Policy {
    id: string;
    /** An integer that only goes up; a project records the version its route was decided by. */
    version: number;
    /** ISO date (YYYY-MM-DD) */
    effectiveFrom: string;
    title: LocalizedText;
    description?: LocalizedText;
    sources: PolicySource[];
    questionnaire: Questionnaire;
    /** Named conditions, shared by rules via `{ ref: name }`. */
    conditions: Record<string, Condition>;
    rules: Rule[];
    /** The publication gate's timing is optional (versions before it get DEFAULT_PUBLICATION_TIMING). */
    gates: Record<Exclude<GateId, 'publication'>, GatePolicy> & {
        publication?: GatePolicy;
    };
    priorConsultation: PriorConsultationPolicy;
    reevaluation: Record<RiskLevel, string>;
    /**
     * Bounds on repeatable actions and on one workflow run's history. Optional: policy versions stored before it
     * existed (and pinned in running workflows) get DEFAULT_POLICY_LIMITS.
     */
    limits?: Partial<PolicyLimits>;
    /**
     * The draft council information letter's words (headings, fixed paragraphs, what to say where a fact is absent).
     * Optional: versions stored before it existed have none, and the API then says so instead of drafting a letter.
     */
    councilLetter?: CouncilLetterTemplate;
    /**
     * The public registers: the organisation's name as its register entries give it, and the function addresses that
     * may be a register entry's contact although they are shaped like a person's (`privacy.office@…`). Optional:
     * versions stored before it existed get DEFAULT_REGISTER_POLICY, and their entries keep the organisation the case
     * owner gave.
     */
    registers?: RegisterPolicy;
    /**
     * The Ethics Commission's calendar: how many working days before a meeting the submission deadline lies, and when
     * the case owner is reminded of it. Optional: versions stored before it get DEFAULT_COMMISSION_POLICY.
     */
    commission?: Partial<CommissionPolicy>;
    /** When the council is informed besides the quick-scan outcome. Optional: absent, only the outcome decides. */
    councilInformation?: Partial<CouncilInformationPolicy>;
    /** What this version changes with respect to the one before, and why: the policy decision on record. */
    changes?: PolicyChange[];
}
/** The `registers` section of a policy document. */
export interface RegisterPolicy {
    /** The organisation's full name, as the national register's organisation list (TOOI) has it. */
    organization: string;
    /** Whole e-mail addresses, compared without regard to case. */
    functionAddresses?: string[];
}
/** How often a repeatable action may be taken on one project, and when a workflow run starts afresh. */
export interface PolicyLimits {
    /** Times a project may be put on hold (resuming is always allowed). */
    holds: number;
    /** Requests for a reflection by the Ethics Commission. */
    reflectionRequests: number;
    /** Rounds of questions the commission puts to the case owner. */
    questionRounds: number;
    /** Amendments of the project's scope. */
    amendments: number;
    /**
     * Events in one workflow run after which the workflow continues as new (carrying its state), also when Temporal
     * does not suggest it yet. Temporal refuses a history beyond 51,200 events.
     */
    historyEvents: number;
}
export declare const DEFAULT_POLICY_LIMITS: PolicyLimits;
/** The limits of a policy, with the defaults for any it does not set. */
export declare function policyLimits(policy: Pick<Policy, 'limits'>): PolicyLimits;
export interface QuickScanReason {
    ruleId: string;
    reasonId: string;
    text: LocalizedText;
    source: {
        id: string;
        kind: SourceKind;
        citation: string;
        title: LocalizedText;
        url?: string;
        pinpoint?: string;
    };
    effects: RuleEffects;
}
export interface QuickScanOutcome extends OutcomeValues {
    policy: {
        id: string;
        version: number;
    };
    /** Every rule that fired, in policy order. */
    reasons: QuickScanReason[];
    /** Answers to questions that were not shown; they took no part in the evaluation. */
    ignoredAnswers: string[];
}
/** The facts a template text may name, as `{{projectTitle}}`. Replaced once: a fact's own text is never expanded. */
export declare const COUNCIL_LETTER_PLACEHOLDERS: readonly ["projectTitle", "department", "decisionOutcome", "decisionDate", "decidedBy", "letterDate", "policyId", "policyVersion"];
export type CouncilLetterPlaceholder = (typeof COUNCIL_LETTER_PLACEHOLDERS)[number];
/** The headed sections of the letter, in the order it has them. */
export declare const COUNCIL_LETTER_SECTIONS: readonly ["project", "route", "advices", "decision", "conditions"];
export type CouncilLetterSection = (typeof COUNCIL_LETTER_SECTIONS)[number];
/** What the letter says where the case has no such fact (Dutch first: "Geen DPIA vereist."). */
export declare const COUNCIL_LETTER_ABSENCES: readonly ["noRoute", "noRules", "noDpia", "noDpoAdvice", "noCommission", "noReflection", "noAnswer", "notReadable", "noConditions"];
export type CouncilLetterAbsence = (typeof COUNCIL_LETTER_ABSENCES)[number];
/** The fixed paragraphs, each one text with placeholders. */
export declare const COUNCIL_LETTER_TEXTS: readonly ["title", "subject", "draftNotice", "salutation", "introduction", "closing", "signature"];
export type CouncilLetterText = (typeof COUNCIL_LETTER_TEXTS)[number];
export type CouncilLetterTemplate = Record<CouncilLetterText, LocalizedText> & {
    headings: Record<CouncilLetterSection, LocalizedText>;
    absent: Record<CouncilLetterAbsence, LocalizedText>;
};
export {};
