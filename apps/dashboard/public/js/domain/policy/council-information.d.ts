// Generated from libs/domain/src/policy/council-information.ts by `npm run generate:dashboard`; do not edit.
import type { LocalizedText } from './types.js';
import { type Checker } from './validate-checker.js';
/**
 * When the council is informed besides what the quick-scan outcome says (`council: required`): after a decision that
 * deviates from an advice (the DPO's, or the Ethics Commission's reflection), the portfolio holder tells the council
 * why. Optional: versions before it (version 1) have none, and their projects keep the route they were given.
 */
export interface CouncilInformationPolicy {
    /** A decision that deviates from an advice brings the council-information gate onto the route. */
    whenDecisionDeviatesFromAdvice: boolean;
}
/** One change a version makes to the one before it, with the reason: the record of a policy decision. */
export interface PolicyChange {
    /** The rule it concerns, when it concerns one (a rule that was removed is named by its old id). */
    rule?: string;
    what: LocalizedText;
    why: LocalizedText;
}
export declare function checkCouncilInformationShape(c: Checker, value: unknown, path: string): void;
export declare function checkChangesShape(c: Checker, value: unknown, path: string): void;
/** Whether a decision with these responses to advice brings the council in, under this policy. */
export declare function councilAfterDeviation(policy: {
    councilInformation?: Partial<CouncilInformationPolicy>;
}, responses: ReadonlyArray<{
    adviceId: string;
    response: string;
}>): string[];
