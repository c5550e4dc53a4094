/**
 * Builds HistoryCommit[] in memory (no git) for focused audit tests: commits written oldest first,
 * returned newest first as `gitHistory` does, with trailers from the one vocabulary.
 */
import { findAnomalies, type Anomaly } from '../../action/src/audit/anomalies.js';
import { historyFacts } from '../../action/src/audit/facts.js';
import { buildLifecycles, type GrantLifecycle } from '../../action/src/audit/lifecycle.js';
import {
  applyTrailers,
  decisionTrailers,
  parseTrailers,
  reviewTrailers,
  revocationTrailers,
  type RevokeReason,
} from '../../action/src/audit/trailers.js';
import { DEFAULT_SETTINGS, type Settings } from '../../action/src/policy/model.js';
import type { BlobMap } from '../../action/src/repo/blobs.js';
import type { FileChange, HistoryCommit } from '../../action/src/repo/history.js';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const iso = (t: number | string | Date): string =>
  new Date(t).toISOString().replace(/\.000Z$/, 'Z');
export const T0 = Date.parse('2026-01-05T10:00:00Z');
export const at = (ms: number): string => iso(T0 + ms);

export class History {
  private list: HistoryCommit[] = [];
  private n = 0;

  commit(o: {
    at: string;
    message: string;
    author?: string;
    authorAt?: string;
    changes?: FileChange[];
  }): HistoryCommit {
    this.n += 1;
    const c: HistoryCommit = {
      sha: this.n.toString(16).padStart(40, '0'),
      parents: this.list.length === 0 ? [] : [this.list[this.list.length - 1]!.sha],
      authorName: o.author ?? 'someone',
      authorEmail: `${o.author ?? 'someone'}@example.com`,
      authorDate: o.authorAt ?? o.at,
      commitDate: o.at,
      subject: o.message.split('\n')[0] ?? '',
      trailers: parseTrailers(o.message),
      changes: o.changes ?? [],
    };
    this.list.push(c);
    return c;
  }

  root(): HistoryCommit {
    return this.commit({
      at: at(-30 * DAY),
      message: 'template',
      changes: [
        { status: 'A', path: 'policies/rules.yaml' },
        { status: 'A', path: '.github/CODEOWNERS' },
      ],
    });
  }

  /** A squash merge adding grants/<id>.yaml with its decision record. */
  approve(
    id: string,
    o: {
      at: string;
      start?: string;
      expires: string;
      requester?: string;
      approvedBy?: string[];
      pr?: number;
      extends?: string;
    },
  ): HistoryCommit {
    const trailers = decisionTrailers({
      grantId: id,
      decision: 'approve',
      rule: o.approvedBy?.length ? 'sre-reviewed' : 'oncall-emergency',
      requester: o.requester ?? 'alice',
      bundle: 'prod-readonly',
      approvedBy: o.approvedBy ?? [],
      onCall: o.approvedBy?.length ? [] : ['sre-primary roster L1'],
      start: o.start ?? o.at,
      expires: o.expires,
      targets: [],
      pr: String(o.pr ?? 1),
      head: 'f'.repeat(40),
      ...(o.extends ? { extends: o.extends } : {}),
    });
    return this.commit({
      at: o.at,
      author: o.requester ?? 'alice',
      message: `grant ${id} (#${o.pr ?? 1})\n\nApproved.\n\n${trailers}\n`,
      changes: [{ status: 'A', path: `grants/${id}.yaml` }],
    });
  }

  apply(id: string, time: string): HistoryCommit {
    return this.commit({
      at: time,
      author: 'breakglass',
      message: `apply ${id}\n\n${applyTrailers({ grantId: id, time, results: [] })}\n`,
    });
  }

  revoke(
    id: string,
    time: string,
    reason: RevokeReason = 'expired',
    removes = reason === 'expired',
  ): HistoryCommit {
    return this.commit({
      at: time,
      author: 'breakglass',
      message: `revoke ${id}\n\n${revocationTrailers({ grantId: id, reason, time, results: [] })}\n`,
      changes: removes ? [{ status: 'D', path: `grants/${id}.yaml` }] : [],
    });
  }

  review(id: string, time: string, reviewer = 'carol'): HistoryCommit {
    return this.commit({
      at: time,
      author: 'breakglass',
      message: `review ${id}\n\n${reviewTrailers({ grantId: id, time, reviewer })}\n`,
    });
  }

  /** Newest first, like gitHistory. */
  commits(): HistoryCommit[] {
    return [...this.list].reverse();
  }
}

/** Lifecycles and anomalies at `now`; `files` holds grant file bytes by `<sha>:<path>` (blobSpec). */
export function analyse(
  h: History,
  now: string,
  settings: Settings = DEFAULT_SETTINGS,
  files: BlobMap = new Map(),
): { grants: GrantLifecycle[]; anomalies: Anomaly[] } {
  const facts = historyFacts(h.commits());
  const grants = buildLifecycles(facts, files, { at: new Date(now), settings });
  return { grants, anomalies: findAnomalies(facts, grants, { at: new Date(now), settings }) };
}

export const classes = (as: readonly Anomaly[]): string[] =>
  as.map((a) => `${a.class}:${a.grantId ?? a.who ?? ''}`);
