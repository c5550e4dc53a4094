/** Turns anything thrown into a message; the one place that knows how. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** A mistake in how a command was called (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A UsageError from any bundle file: a lazily loaded file (the demo) has its own copy of the class,
 * so `instanceof` would miss it; the name is the same in every copy.
 */
export function isUsageError(e: unknown): e is UsageError {
  return e instanceof Error && e.name === 'UsageError';
}

/** A problem the user can fix by changing input or configuration; the message says how. */
export class UserError extends Error {
  override name = 'UserError';
}
