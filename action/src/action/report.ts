/** What a run shows in the Actions UI: annotations on grant lines, outputs, the job summary. */
import * as core from '@actions/core';
import type { Finding } from '../core/finding.js';
import type { CheckPrResult } from '../commands/check-pr.js';

/** One annotation per finding, on the file's line in the PR diff (data escaped by @actions/core). */
export function annotate(findings: readonly Finding[]): void {
  for (const f of findings) {
    const props: core.AnnotationProperties = { title: `breakglass ${f.ruleId}` };
    if (f.file) props.file = f.file;
    if (f.line !== undefined) props.startLine = f.line;
    if (f.column !== undefined) props.startColumn = f.column;
    const text = f.field ? `${f.message} [${f.field}]` : f.message;
    if (f.severity === 'error') core.error(text, props);
    else core.warning(text, props);
  }
}

/**
 * The merge, as soon as it happened: `merged` is what starts the apply job, so it is written before
 * the run publishes anything that could still fail (checkPrOutputs writes it again at the end).
 */
export function mergedOutputs(pr: number, sha: string): void {
  core.setOutput('pr-number', String(pr));
  core.setOutput('merged', 'true');
  core.setOutput('merge-sha', sha);
}

export function checkPrOutputs(r: CheckPrResult): void {
  core.setOutput('pr-number', String(r.pr));
  core.setOutput('outcome', r.decision?.outcome ?? r.revoke?.outcome ?? 'skipped');
  core.setOutput('grant-id', r.decision?.grantId ?? r.revoke?.grants.map((g) => g.grantId).join(',') ?? '');
  core.setOutput('expires-at', r.decision?.outcome === 'approve' ? (r.decision.expires ?? '') : '');
  core.setOutput('merged', r.merged ? 'true' : 'false');
  core.setOutput('merge-sha', r.merged?.sha ?? '');
}
