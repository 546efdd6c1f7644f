// Generated from libs/domain/src/gates.ts by `npm run generate:dashboard`; do not edit.
import type { Role } from './roles.js';
export declare const GATE_IDS: readonly ["quick-scan", "dpia", "commission-reflection", "portfolio-decision", "publication", "council-information"];
export type GateId = (typeof GATE_IDS)[number];
export declare const GATE_STATES: readonly ["not-required", "pending", "active", "waiting", "completed", "returned"];
export type GateState = (typeof GATE_STATES)[number];
/** The earlier gates, in route order, that a decision can send a project back to (those on its route). */
export declare const RETURNABLE_GATES: readonly GateId[];
export declare function isGateId(value: unknown): value is GateId;
/** The steps inside the gates: each step is where a gate waits for someone (or, `await-meeting`, for a date). */
export declare const GATE_STEPS: readonly ["answer-quick-scan", "submit-dpia", "dpo-advice", "prior-consultation", "schedule-meeting", "await-meeting", "submit-documents", "answer-questions", "record-reflection", "decide", "prepare-register-entry", "publish-register-entry", "inform-council"];
export type GateStep = (typeof GATE_STEPS)[number];
export declare function isGateStep(value: unknown): value is GateStep;
/** The step a gate opens with (a `step-opened` event for it is the gate opening; later steps are not). */
export declare const FIRST_STEP: Readonly<Record<GateId, GateStep>>;
/** The gate each step belongs to. */
export declare const STEP_GATE: Readonly<Record<GateStep, GateId>>;
/**
 * Who may act on each step: one of these roles, and `case-owner` only on their own project (the lifecycle's checks
 * and the dashboard's task list read this one table).
 */
export declare const STEP_ROLES: Readonly<Record<GateStep, readonly Role[]>>;
