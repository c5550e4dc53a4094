/** The labels a grant or revocation PR carries for its state (exactly one at a time). */
export const LABELS = { approved: 'breakglass:approved', auto: 'breakglass:auto-approved', review: 'breakglass:needs-review', rejected: 'breakglass:rejected' } as const;

export type StateLabel = (typeof LABELS)[keyof typeof LABELS];

/** The state label to add and the stale ones present to remove. */
export function labelChange(want: StateLabel, present: readonly string[]): { add: string[]; remove: string[] } {
  return { add: [want], remove: Object.values(LABELS).filter((l) => l !== want && present.includes(l)) };
}
