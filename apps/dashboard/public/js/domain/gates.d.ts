// Generated from libs/domain/src/gates.ts by `npm run generate:dashboard`; do not edit.
export declare const GATE_IDS: readonly ["quick-scan", "dpia", "commission-reflection", "portfolio-decision", "council-information"];
export type GateId = (typeof GATE_IDS)[number];
export declare const GATE_STATES: readonly ["not-required", "pending", "active", "waiting", "completed", "returned"];
export type GateState = (typeof GATE_STATES)[number];
export declare const GATE_LABELS: Record<GateId, {
    nl: string;
    en: string;
}>;
export declare function isGateId(value: unknown): value is GateId;
