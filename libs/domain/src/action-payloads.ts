import type { GateId } from './gates';
import type { AdviceResponse, DecisionOutcome } from './project';
import type { ActingFor, Actor } from './roles';

/** What each person's action carries: the payload of its Update, checked by ./checks.ts. */

export const DPO_ADVICE_VALUES = ['positive', 'positive-with-conditions', 'negative'] as const;
export type DpoAdviceValue = (typeof DPO_ADVICE_VALUES)[number];

export interface QuickScanSubmission {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  answers: Record<string, unknown>;
  /** When the DPIA is only recommended, the case owner may still choose to do one. */
  dpiaOptIn?: boolean;
}

export interface DpiaSubmission {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  /**
   * The DPIA document: its reference in the document system, its digest, and, when the DPIA (or its public summary)
   * is published, the https address where anyone can read it: the algorithm register entry links it.
   */
  document: { reference: string; sha256: string; title?: string; publicUrl?: string };
  /** GDPR art. 35(7) (a)-(d) */
  elements: { description: string; necessity: string; risks: string; measures: string };
}

export interface DpoAdviceSubmission {
  actor: Actor;
  advice: DpoAdviceValue;
  conditions?: string[];
  summary: string;
  priorConsultationRequired: boolean;
}

export interface PriorConsultationUpdate {
  actor: Actor;
  /** Record that the DPA extended its term (once, by the policy's extension). */
  extend?: boolean;
  /** The DPA's answer, which ends the wait. */
  answer?: { outcome: 'no-objection' | 'advice' | 'objection'; reference: string; summary: string };
}

export interface ReflectionRequest {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  reason: string;
}

export interface CommissionAgenda {
  actor: Actor;
  /** ISO date or instant of the meeting: a date typed in (the path before the meeting calendar). */
  meetingDate?: string;
  /** A meeting of the calendar (`commission_meeting`): the project gets a place on its agenda. One of the two. */
  meetingId?: string;
}

/**
 * The project's meeting was cancelled or is full (or the secretary moved it): its place is now on this meeting, or
 * (meetingId null) no meeting has room and the case waits for a slot with the secretary.
 */
export interface CommissionMeetingMove {
  actor: Actor;
  meetingId: string | null;
  /** ISO instants of the new meeting (null with meetingId null) */
  meetingDate: string | null;
  submissionDeadline: string | null;
  /** Reminders of the new submission deadline, earliest first */
  reminders: string[];
  /** Why: 'cancelled', 'full', 'planned' or the secretary's words */
  reason: string;
  /** 'auto': the case waited for a place and a newly planned (or enlarged) meeting took it */
  how?: 'auto';
}

export interface CommissionQuestions {
  actor: Actor;
  questions: string[];
}

export interface CommissionAnswers {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  answers: string[];
}

/** The case owner marks the documents for the commission meeting as submitted (issue 19). */
export interface CommissionDocumentsSubmission {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  /** What the secretary should know about the documents */
  note?: string;
  /** The documents handed in: their reference in the document system and digest */
  documents?: Array<{ reference: string; sha256: string; title?: string }>;
}

export interface CommissionReflection {
  actor: Actor;
  summary: string;
  recommendations: string[];
  publish: boolean;
}

export interface DecisionSubmission {
  actor: Actor;
  outcome: DecisionOutcome;
  rationale: string;
  conditions?: string[];
  returnTo?: GateId;
  adviceResponses: AdviceResponse[];
}

export interface CouncilInformation {
  actor: Actor;
  reference: string;
  date: string;
  channel: 'raadsinformatiebrief' | 'commissievergadering' | 'raadsvergadering' | 'other';
}

export interface HoldRequest {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  reason: string;
}

/**
 * The CIO office re-routes a running project after activating a policy version with intent: the project moves to
 * the version in force and its case owner gets a new quick-scan task; the route is then compared with the old one
 * and only the gates that now apply reopen (issue 20).
 */
export interface ReassessmentRequest {
  actor: Actor;
  /** The activation that asked for it (its id in `policy_activation`) */
  activationId: string;
  /** The version that was activated: the project moves to the version in force, which is this one unless a newer one was activated since */
  policy: { id: string; version: number };
  /** What the activation re-routes: the projects whose route would change, or all running projects */
  scope: 'affected' | 'all';
  /** The what-if verdict for this project when the version was activated (e.g. `changed`, `needs-new-quick-scan`) */
  verdict: string;
}

export interface Amendment {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  reason: string;
  changes: { title?: string; summary?: string; technologies?: string[]; plannedStart?: string };
}
