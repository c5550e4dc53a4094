/** CLI adapter for `decide --grant F --author LOGIN …`: the decision for one grant PR, offline unless providers are configured. */
import { isoSeconds } from '../core/clock.js';
import { UsageError } from '../core/errors.js';
import { evaluateGrant } from '../commands/decide.js';
import type { ChangedFile, Review } from '../decision/model.js';
import { localRepo } from '../repo/files.js';
import { loadGrantFile, loadPolicies } from '../repo/load-all.js';
import { decisionText } from '../report/decision-text.js';
import { isoFlag, oneOf, parse, required } from './args.js';
import { EXIT, type CliIo } from './io.js';
import { onCallFromEnv } from './oncall-from-env.js';
import { createOnCallLookup } from '../oncall/providers.js';
import { grantHistory, type GrantHistory } from '../repo/grant-records.js';
import { gitHistory } from '../repo/history.js';

const LOCAL_HEAD = 'local';

export async function decideCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    grant: { type: 'string' },
    author: { type: 'string' },
    'author-id': { type: 'string' },
    changed: { type: 'string', multiple: true },
    'approved-by': { type: 'string', multiple: true },
    head: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string' },
  });
  const file = required('grant', values.grant).replace(/^\.\//, '');
  const author = required('author', values.author);
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const now = isoFlag('at', values.at) ?? io.clock.now();
  const headSha = values.head ?? LOCAL_HEAD;
  const authorId = values['author-id'] === undefined ? undefined : Number(values['author-id']);
  if (authorId !== undefined && !Number.isSafeInteger(authorId)) throw new UsageError('--author-id must be a number');
  const files: ChangedFile[] = [{ path: file, status: 'added', mode: '100644' }];
  for (const p of values.changed ?? []) if (p !== file) files.push({ path: p, status: 'modified' });
  const repo = localRepo(io.cwd);
  const [policies, grant, history] = await Promise.all([loadPolicies(repo), loadGrantFile(repo, file), readHistory(io.cwd)]);
  const policy = policies.loaded?.policy;
  // Each `--approved-by` is an approval by the account policies/ declares for that login.
  const reviews: Review[] = (values['approved-by'] ?? []).map((a, i) => {
    const [login, sha] = a.split('@') as [string, string | undefined];
    const id = policy?.identities.get(login.toLowerCase())?.githubId;
    return { login, ...(id !== undefined ? { id } : {}), state: 'APPROVED', commitId: sha ?? headSha, submittedAt: isoSeconds(new Date(now.getTime() - 1000 + i)) };
  });
  const decision = await evaluateGrant({
    policy,
    grant: grant.loaded ?? { file, findings: grant.findings },
    pr: { author: { login: author, ...(authorId !== undefined ? { id: authorId } : {}) }, headSha, files, contributors: [author], fromFork: false },
    reviews,
    now,
    ...(history ? { history } : {}),
    onCall: policy ? onCallFromEnv(policy, io) : createOnCallLookup({ schedules: new Map(), identities: [], clock: io.clock, sleep: io.sleep }),
  });
  io.out(format === 'json' ? JSON.stringify(decision, null, 2) : decisionText(decision));
  return decision.outcome === 'reject' ? EXIT.failed : EXIT.ok;
}

/** History of the checkout, for extensions and overdue reviews; outside a git checkout there is none. */
async function readHistory(cwd: string): Promise<GrantHistory | undefined> {
  try {
    return grantHistory(await gitHistory(cwd).commits());
  } catch {
    return undefined;
  }
}
