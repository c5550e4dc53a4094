/**
 * The grant history of a checkout, read once per run, with what makes it untrustworthy: no git
 * repository, or a shallow clone (actions/checkout's default depth of 1 hides every earlier approval
 * and review, so overdue reviews and extensions could not be judged).
 */
import { errorMessage } from '../core/errors.js';
import { git } from './git.js';
import { grantHistory, type GrantHistory } from './grant-records.js';
import { gitHistory } from './history.js';

export interface CheckoutHistory {
  history?: GrantHistory;
  /** Why the history is missing or incomplete; callers refuse what depends on it. */
  problem?: string;
}

export async function readCheckoutHistory(cwd: string): Promise<CheckoutHistory> {
  try {
    const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    const history = grantHistory(await gitHistory(cwd).commits());
    return shallow ? { history, problem: 'the checkout is shallow; check out with fetch-depth: 0' } : { history };
  } catch (e) {
    return { problem: `cannot read git history: ${errorMessage(e)}` };
  }
}
