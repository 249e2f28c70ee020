/** Where each required signatory stands on a section (pure). */

export interface SignOffLike {
  id: string;
  decision: 'APPROVE' | 'REQUEST_CHANGES';
  stale: boolean;
  superseded: boolean;
  organization: { id: string };
  revision: { id: string; number: number };
}

export type SignatoryState =
  /** Approved the current revision. */
  | 'approved'
  /** Requested changes on the current revision. */
  | 'changes-requested'
  /** Decided on an older revision: it no longer counts (rule 4). */
  | 'stale'
  /** No decision yet. */
  | 'awaiting';

export interface SignatoryRow<O extends { id: string }, S extends SignOffLike> {
  organization: O;
  state: SignatoryState;
  /** The decision shown: the current one, or the stale one. */
  signOff: S | null;
}

/**
 * One row per required signatory: its current decision on the current revision (Section.signOffs), else its latest
 * not superseded decision if it was given on an older revision (stale), else awaiting.
 */
export function signatoryRows<O extends { id: string }, S extends SignOffLike>(
  required: readonly O[],
  current: readonly S[],
  history: readonly S[],
): SignatoryRow<O, S>[] {
  return required.map((organization) => {
    const now = current.find((s) => s.organization.id === organization.id && !s.stale && !s.superseded);
    if (now) return { organization, state: now.decision === 'APPROVE' ? 'approved' : 'changes-requested', signOff: now };
    const old = history.find((s) => s.organization.id === organization.id && !s.superseded);
    if (old?.stale) return { organization, state: 'stale', signOff: old };
    return { organization, state: 'awaiting', signOff: null };
  });
}
