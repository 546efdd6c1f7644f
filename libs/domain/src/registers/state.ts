import type { PersonRef } from '../project';
import type { RegisterEntry, RegisterKind } from './definition';

/** One published version of an entry, as the register export shows it. */
export interface PublishedEntry {
  version: number;
  /** ISO instant */
  at: string;
  entry: RegisterEntry;
}

/** What the publication gate holds: the entries the case owner submitted, and the last published version of each. */
export interface RegisterState {
  /** The registers the route put the project in when the gate last opened. */
  kinds: RegisterKind[];
  /** The entries as last submitted (for review), per register. */
  submitted: Partial<Record<RegisterKind, RegisterEntry>>;
  submittedBy: PersonRef | null;
  /** The CIO office's remarks when it returned the entries; null otherwise. */
  remarks: string | null;
  published: Partial<Record<RegisterKind, PublishedEntry>>;
}

export function emptyRegisterState(kinds: RegisterKind[]): RegisterState {
  return { kinds, submitted: {}, submittedBy: null, remarks: null, published: {} };
}
