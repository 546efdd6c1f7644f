import type { GateId } from './gates';
import type { OutcomeValues } from './policy/types';

/** What besides the quick-scan outcome decides whether a gate is on a project's route. */
export interface RouteChoices {
  /** The case owner chose a DPIA that was only recommended. */
  dpiaOptIn: boolean;
  /** Someone (case owner, DPO, CIO office) asked the commission for a reflection. */
  reflectionRequested: boolean;
  /** The council is to be informed for another reason than the outcome (a decision that deviated from an advice). */
  councilRequired?: boolean;
}

/** The gates a route passes that depend on the outcome; the quick-scan and the decision are on every route. */
export const ROUTE_DEPENDENT_GATES = ['dpia', 'commission-reflection', 'publication', 'council-information'] as const;
export type RouteDependentGate = (typeof ROUTE_DEPENDENT_GATES)[number];

/**
 * Whether a gate is on the route of a project with this outcome: the one rule, used by the workflow (gateApplies)
 * and by the what-if of a draft policy, so a what-if can never disagree with what the workflow would do.
 */
export function routeIncludes(
  gate: GateId,
  outcome: Pick<OutcomeValues, 'dpia' | 'commission' | 'council' | 'algorithmRegister' | 'sensorRegister'> | undefined,
  choices: RouteChoices,
): boolean {
  switch (gate) {
    case 'quick-scan':
    case 'portfolio-decision':
      return true;
    case 'dpia':
      return (
        outcome !== undefined && (outcome.dpia === 'required' || (outcome.dpia === 'recommended' && choices.dpiaOptIn))
      );
    case 'commission-reflection':
      return (outcome !== undefined && outcome.commission === 'required') || choices.reflectionRequested;
    case 'council-information':
      return (outcome !== undefined && outcome.council === 'required') || choices.councilRequired === true;
    case 'publication':
      return (
        outcome !== undefined && ((outcome.algorithmRegister ?? 'none') !== 'none' || outcome.sensorRegister === true)
      );
  }
}

/** The outcome-dependent gates on the route, in route order. */
export function routeGates(outcome: Parameters<typeof routeIncludes>[1], choices: RouteChoices): RouteDependentGate[] {
  return ROUTE_DEPENDENT_GATES.filter((g) => routeIncludes(g, outcome, choices));
}
