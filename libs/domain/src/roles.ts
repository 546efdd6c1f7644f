/** Role ids are English in code; labels are Dutch first, English second. */
export const ROLES = [
  'case-owner',
  'privacy-officer',
  'dpo',
  'ethics-secretary',
  'portfolio-holder',
  'council-liaison',
  'department-head',
  'cio-office',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The person behind an action, as the identity provider vouched for them at that moment. */
export interface Actor {
  sub: string;
  name: string;
  email: string;
  roles: Role[];
  /**
   * The department the identity provider puts the person in (the token's JWT_DEPARTMENT_CLAIM), if any: what a
   * department head reads (see READ_SCOPE). Absent on actors recorded before it existed.
   */
  department?: string | null;
}

/**
 * Whom a person acts for: an absent colleague they stand in for, or the assignee who delegated the step to them. The
 * API sets it (never the caller's body) after checking the absence or delegation; the reducer then accepts this
 * person's person-bound checks (being the case owner) for the actor, while segregation of duties stays the actor's.
 */
export interface ActingFor {
  sub: string;
  name: string;
}

/** An action's actor and, when they stand in for someone, whom for. */
export interface PersonAction {
  actor: Actor;
  actingFor?: ActingFor;
}

/** The person whose person-bound checks (owner of the case, named assignee) an action is held to. */
export function personOf(a: PersonAction): string {
  return a.actingFor?.sub ?? a.actor.sub;
}
