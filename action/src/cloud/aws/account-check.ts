/**
 * Which account the credentials really reach. IAM calls name roles and users without the account, so
 * credentials for the wrong account would read, write or delete a same-named principal's policies in
 * that other account. Checked once per account per run (GetRole/GetUser returns the real ARN).
 */
import type { PrincipalPolicies } from './iam-calls.js';
import { CallFailed } from './retrying.js';

export class AccountCheck {
  private readonly checks = new Map<string, Promise<void>>();

  /** Resolves when the principal's client reaches the principal's account; rejects with CallFailed otherwise. */
  ensure(iam: PrincipalPolicies): Promise<void> {
    const p = iam.principal;
    const known = this.checks.get(p.account);
    if (known) return known;
    const check = iam.whoIs().then((arn) => {
      const reached = arn?.split(':')[4];
      if (reached !== p.account) {
        throw new CallFailed(
          `the AWS credentials used for account ${p.account} reach account ${reached ?? 'unknown'} (${p.arn} resolved to ${arn ?? 'nothing'}): nothing read or written there; give the account its own profile (BREAKGLASS_AWS_PROFILE_${p.account}) or endpoint`,
          false,
        );
      }
    });
    this.checks.set(p.account, check);
    // Only a proven mismatch is remembered; a missing principal or a network error is that scope's problem alone.
    check.catch((e: unknown) => {
      if (!(e instanceof CallFailed)) this.checks.delete(p.account);
    });
    return check;
  }
}
