/**
 * The three report formats on hostile input: CSV quoting (RFC 4180) and the formula-injection guard,
 * Markdown that a hostile reason or author name cannot break (no HTML, links, mentions or extra table
 * cells outside code), and the documented, stable JSON keys. Plus the window filter.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ANOMALY_CLASSES, type Anomaly } from '../../action/src/audit/anomalies.js';
import { GRANT_STATUSES, type GrantLifecycle } from '../../action/src/audit/lifecycle.js';
import { csvCell, reportCsv } from '../../action/src/audit/report-csv.js';
import { reportMarkdown } from '../../action/src/audit/report-md.js';
import {
  buildReport,
  GRANT_FIELDS,
  reportJson,
  type AuditReport,
} from '../../action/src/audit/report.js';

const HOSTILE =
  'x</td><script>alert(1)</script> | [click](http://evil.example) @acme/admins ``` ![i](http://t) \r\n=cmd|"/c calc"!A1, "quoted"';

function lifecycle(over: Partial<GrantLifecycle> = {}): GrantLifecycle {
  return {
    id: 'g1',
    status: 'revoked',
    requester: 'alice',
    bundle: 'prod-readonly',
    targets: [],
    reason: HOSTILE,
    pr: '7',
    decision: 'auto',
    rule: 'oncall-emergency',
    approvers: [],
    onCall: ['sre-primary roster L1'],
    mergedAt: '2026-03-01T10:00:00Z',
    approvedAt: '2026-03-01T10:00:00Z',
    start: '2026-03-01T10:00:00Z',
    expires: '2026-03-01T11:00:00Z',
    revokedAt: '2026-03-01T12:00:00Z',
    revokeReason: 'expired',
    reviewDue: '2026-03-02T10:00:00Z',
    extensions: 0,
    ...over,
  };
}

const anomalies: Anomaly[] = [
  {
    class: 'revoked-late',
    when: '2026-03-01T12:00:00Z',
    grantId: 'g1',
    who: 'alice',
    pr: '7',
    detail: 'revoked 60 min after expiry',
  },
  {
    class: 'control-change',
    when: '2026-03-01T13:00:00Z',
    who: '@evil <img src=x> | `x`',
    commit: 'c'.repeat(40),
    detail: 'changed .github/workflows/<b>x</b>|y.yml [a](http://b)',
  },
  {
    class: 'overuse',
    when: '2026-03-01T14:00:00Z',
    who: 'alice',
    grants: ['g1', 'g2', 'g3', 'g4'],
    detail: '4 grants',
  },
];

const SETTINGS = {
  lateRevokeMinutes: 30,
  reviewDueHours: 24,
  overuse: { maxGrants: 3, windowDays: 7 },
};
const report = (
  grants: GrantLifecycle[],
  as: Anomaly[] = anomalies,
  window: { since?: string; until?: string } = {},
): AuditReport =>
  buildReport({
    grants,
    anomalies: as,
    generatedAt: '2026-03-03T00:00:00Z',
    at: '2026-03-03T00:00:00Z',
    settings: SETTINGS,
    ...window,
  });

/** Markdown with code spans removed the CommonMark way: a run of N backticks ends at the next run of exactly N. */
function outsideCode(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    if (md[i] !== '`') {
      out += md[i++];
      continue;
    }
    let n = 0;
    while (md[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let j = md.indexOf(fence, i + n);
    while (j >= 0 && (md[j + n] === '`' || md[j - 1] === '`')) j = md.indexOf(fence, j + 1);
    if (j < 0 || md.slice(i + n, j).includes('\n')) {
      out += fence;
      i += n;
    } else i = j + n;
  }
  return out;
}

/** A small RFC 4180 reader, to prove the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

void describe('CSV', () => {
  void it('quotes per RFC 4180 and guards formula starts with a single quote', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2'), "'-2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=x'), "'\t=x");
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell(['a', '=b']), 'a; =b', 'only the start of the cell can start a formula');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(3), '3');
  });

  void it('one row per grant, CRLF line ends, the hostile reason round-trips, anomalies column per grant', () => {
    const csv = reportCsv(
      report([
        lifecycle(),
        lifecycle({
          id: 'g2',
          reason: '=evil()',
          approvers: ['carol', 'dave'],
          decision: 'reviewers',
        }),
      ]),
    );
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.equal(rows.length, 3);
    const header = rows[0]!;
    assert.equal(header.length, 30);
    assert.deepEqual(header.slice(0, 4), ['id', 'status', 'requester', 'bundle']);
    assert.equal(header.at(-1), 'anomalies');
    for (const r of rows) assert.equal(r.length, header.length);
    const col = (r: string[], k: string) => r[header.indexOf(k)];
    assert.equal(col(rows[1]!, 'reason'), HOSTILE);
    assert.equal(col(rows[1]!, 'anomalies'), 'revoked-late; overuse');
    assert.equal(col(rows[2]!, 'reason'), "'=evil()");
    assert.equal(col(rows[2]!, 'approvers'), 'carol; dave');
    assert.equal(col(rows[2]!, 'anomalies'), 'overuse');
    assert.equal(col(rows[1]!, 'appliedAt'), '');
  });
});

void describe('Markdown', () => {
  void it('keeps a hostile reason and author inside code: no HTML, link, image or mention outside code, no extra cells', () => {
    const md = reportMarkdown(report([lifecycle()]));
    const outside = outsideCode(md);
    for (const bad of ['<script', '<img', '<b>', '](http', '!['])
      assert.ok(!outside.includes(bad), `${bad} outside code`);
    assert.ok(
      outside.includes('changed \\.github/workflows/&lt;b&gt;x&lt;/b&gt;\\|y\\.yml'),
      'the escaped detail is outside code, so the stripper kept text',
    );
    assert.ok(outside.includes('### Grants (1)'));
    assert.doesNotMatch(outside, /@acme|@evil(?!\u2060)/);
    // Every row of every table has as many cells as its header (pipes inside code are escaped).
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    let header: number | undefined;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) header = undefined;
      else if (header === undefined) header = cells(line);
      else assert.equal(cells(line), header, line);
    }
    const grantRow = md.split('\n').find((l) => l.startsWith('| `g1` |'))!;
    assert.equal(grantRow.split(/(?<!\\)\|/).length - 2, 14, grantRow);
    assert.ok(!/\r/.test(md));
  });

  void it('cuts long tables to the newest rows and says where the rest is; says so when nothing is found', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      lifecycle({
        id: `g${String(i).padStart(2, '0')}`,
        mergedAt: `2026-03-01T${String(i).padStart(2, '0')}:00:00Z`,
      }),
    );
    const md = reportMarkdown(report(many, []), { maxGrantRows: 5 });
    assert.match(md, /Showing the 5 most recent; all 12 are in the CSV and JSON artifacts\./);
    assert.ok(md.includes('| `g11` |') && !md.includes('| `g06` |'));
    assert.match(md, /### Anomalies \(0\)\n\nNone found\./);
  });
});

void describe('JSON', () => {
  void it('has the documented keys in order, every key present (null when unknown), stable output', () => {
    const r = report([lifecycle()]);
    const j = reportJson(r);
    assert.deepEqual(Object.keys(j), [
      'version',
      'generatedAt',
      'at',
      'since',
      'until',
      'settings',
      'warnings',
      'counts',
      'grants',
      'anomalies',
    ]);
    const g = (j.grants as Record<string, unknown>[])[0]!;
    assert.deepEqual(Object.keys(g), [
      'id',
      'status',
      'requester',
      'bundle',
      'targets',
      'reason',
      'incident',
      'ticket',
      'pr',
      'headSha',
      'commit',
      'decision',
      'rule',
      'approvers',
      'onCall',
      'requestedAt',
      'mergedAt',
      'approvedAt',
      'start',
      'expires',
      'appliedAt',
      'removedAt',
      'revokedAt',
      'revokeReason',
      'reviewDue',
      'reviewedAt',
      'reviewer',
      'extends',
      'extensions',
    ]);
    assert.deepEqual(Object.keys(g), [...GRANT_FIELDS], 'JSON and CSV columns agree');
    assert.equal(g.incident, null);
    assert.equal(g.reason, HOSTILE);
    const a = (j.anomalies as Record<string, unknown>[]).map((x) => Object.keys(x));
    for (const keys of a)
      assert.deepEqual(keys, [
        'class',
        'when',
        'grantId',
        'who',
        'pr',
        'commit',
        'grants',
        'detail',
      ]);
    const counts = j.counts as {
      byStatus: Record<string, number>;
      byClass: Record<string, number>;
    };
    assert.deepEqual(Object.keys(counts), ['grants', 'byStatus', 'anomalies', 'byClass']);
    assert.deepEqual(Object.keys(counts.byStatus), [...GRANT_STATUSES]);
    assert.deepEqual(Object.keys(counts.byClass), [...ANOMALY_CLASSES]);
    assert.equal(counts.byClass['overuse'], 1);
    assert.equal(JSON.stringify(reportJson(report([lifecycle()]))), JSON.stringify(j));
  });

  void it('the window keeps anomalies whose `when` is in [since, until) and grants whose span meets it', () => {
    const early = lifecycle({
      id: 'early',
      mergedAt: '2026-02-01T10:00:00Z',
      approvedAt: '2026-02-01T10:00:00Z',
      start: '2026-02-01T10:00:00Z',
      expires: '2026-02-01T11:00:00Z',
      revokedAt: '2026-02-01T11:05:00Z',
      reviewDue: '2026-02-02T10:00:00Z',
      reviewedAt: '2026-02-01T20:00:00Z',
    });
    const r = report([early, lifecycle()], anomalies, {
      since: '2026-03-01T12:00:00Z',
      until: '2026-03-01T14:00:00Z',
    });
    assert.deepEqual(
      r.grants.map((g) => g.id),
      ['g1'],
    );
    assert.deepEqual(
      r.anomalies.map((x) => x.class),
      ['revoked-late', 'control-change'],
    );
    assert.equal(r.counts.anomalies, 2);
    assert.deepEqual([r.since, r.until], ['2026-03-01T12:00:00Z', '2026-03-01T14:00:00Z']);
  });
});
