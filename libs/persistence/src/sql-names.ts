import type { AuditAction, GateId, GateState, ProjectStatus } from '@waardenpoort/domain';

const NAME = /^[a-z][a-z-]*$/;

function literals(names: readonly string[]): string {
  return names
    .map((n) => {
      if (!NAME.test(n)) throw new Error(`not a name of the domain's vocabulary: ${JSON.stringify(n)}`);
      return `'${n}'`;
    })
    .join(', ');
}

// Names of the domain's vocabularies as SQL string literals (comma-separated when more than one), for statements
// that select on them: typed by the domain, so a misspelt or removed name does not compile. The names are lower-case
// words with hyphens; anything else is refused rather than quoted.

export const sqlAuditActions = (...actions: AuditAction[]): string => literals(actions);
export const sqlGate = (gate: GateId): string => literals([gate]);
export const sqlGateStates = (states: readonly GateState[]): string => literals(states);
export const sqlProjectStatuses = (statuses: readonly ProjectStatus[]): string => literals(statuses);
