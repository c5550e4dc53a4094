/** Temporary access repositories for tests: a git checkout with the example policies and grants committed with or without decision records. */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decisionTrailers, type DecisionRecord } from '../../action/src/audit/trailers.js';
import { git } from '../../action/src/repo/git.js';

const ID = ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];

export interface TempRepo {
  dir: string;
  commit(files: Record<string, string | null>, message: string): Promise<void>;
  approve(id: string, yaml: string, record: Omit<DecisionRecord, 'grantId' | 'decision'>): Promise<void>;
  head(): Promise<string>;
  log(): Promise<string>;
  remove(): void;
}

export async function tempRepo(policiesDir = 'policies'): Promise<TempRepo> {
  const dir = mkdtempSync(join(tmpdir(), 'breakglass-repo-'));
  cpSync(policiesDir, join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, 'grants'), { recursive: true });
  writeFileSync(join(dir, 'grants', 'README.md'), 'grants\n');
  await git(dir, ['init', '-q', '-b', 'main']);
  await git(dir, ['add', '-A']);
  await git(dir, [...ID, 'commit', '-q', '-m', 'init']);
  const repo: TempRepo = {
    dir,
    async commit(files, message) {
      for (const [path, content] of Object.entries(files)) {
        if (content === null) unlinkSync(join(dir, path));
        else writeFileSync(join(dir, path), content);
      }
      await git(dir, ['add', '-A']);
      await git(dir, [...ID, 'commit', '-q', '--allow-empty', '-F', '-'], message);
    },
    async approve(id, yaml, record) {
      await repo.commit({ [`grants/${id}.yaml`]: yaml }, `grant ${id}\n\n${decisionTrailers({ grantId: id, decision: 'approve', ...record })}\n`);
    },
    head: () => git(dir, ['rev-parse', 'HEAD']).then((s) => s.trim()),
    log: () => git(dir, ['log', '--format=%B%x00']),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** A grant file body. */
export function grantYaml(fields: { requester: string; bundle: string; duration: string; reason?: string; incident?: string; targets?: string[]; extends?: string }): string {
  const lines = [
    `requester: ${fields.requester}`,
    `bundle: ${fields.bundle}`,
    `duration: ${fields.duration}`,
    `reason: "${fields.reason ?? 'Investigating elevated error rates on checkout'}"`,
  ];
  if (fields.incident) lines.push(`incident: ${fields.incident}`);
  if (fields.targets) lines.push(`targets: [${fields.targets.join(', ')}]`);
  if (fields.extends) lines.push(`extends: ${fields.extends}`);
  return `${lines.join('\n')}\n`;
}
