// Generated from libs/domain/src/policy/validate-checker.ts by `npm run generate:dashboard`; do not edit.
import { type DeadlineSpec } from '../deadline.js';
import type { Policy } from './types.js';
/** A problem found in a policy document: where (a JSON Pointer) and what. */
export interface PolicyValidationError {
    path: string;
    message: string;
}
export type PolicyValidationResult = {
    ok: true;
    policy: Policy;
} | {
    ok: false;
    errors: PolicyValidationError[];
};
export declare const POLICY_ID_PATTERN: RegExp;
/**
 * The spelling policy files use for durations: the subset of what `parseDeadlineSpec` reads that is also
 * expressible as a JSON Schema pattern (no case folding). Zero durations match here and are refused by the parser.
 */
export declare const POLICY_DURATION_PATTERN: RegExp;
export type Json = Record<string, unknown>;
export declare const pointer: (path: string, key: string | number) => string;
export declare const hasOwn: (o: Json, key: string) => boolean;
/** Collects every problem found (paths are JSON Pointers) and checks the common shapes. */
export declare class Checker {
    readonly errors: PolicyValidationError[];
    error(path: string, message: string): void;
    /** An object with exactly the allowed keys; returns it when it is an object at all, so checks can go on. */
    object(value: unknown, path: string, required: readonly string[], optional?: readonly string[]): Json | null;
    array(value: unknown, path: string, minItems?: number): unknown[] | null;
    string(value: unknown, path: string, pattern?: RegExp, what?: string): value is string;
    id(value: unknown, path: string): value is string;
    finiteNumber(value: unknown, path: string): value is number;
    text(value: unknown, path: string): void;
    oneOf<T>(value: unknown, path: string, allowed: readonly T[]): value is T;
    duration(value: unknown, path: string): DeadlineSpec | null;
}
