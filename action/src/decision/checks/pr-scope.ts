/** A grant PR adds exactly one regular file under grants/ and changes nothing else (GH-09, RC-04, IN-08). */
import { error } from '../../core/finding.js';
import { GRANT_PATH } from '../../grant/grant.js';
import { fail, pass, type GateCheck } from '../model.js';

/** Past this many changed files GitHub stops listing them, so the PR cannot be judged: fail closed. */
export const MAX_LISTED_FILES = 3000;

export const prScope: GateCheck = {
  id: 'pr-scope',
  check({ pr, grant }) {
    const file = grant.grant.file;
    if (pr.files.length >= MAX_LISTED_FILES) {
      return fail(error('pr-scope', `the PR changes ${pr.files.length} or more files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be checked`, { file }));
    }
    const problems = pr.files
      .filter((f) => f.path !== file)
      .map((f) => error('pr-scope', `a grant PR may only add ${file}; it also ${verb(f.status)} ${f.path}`, { file }));
    const own = pr.files.find((f) => f.path === file);
    if (!own) problems.push(error('pr-scope', `${file} is not among the PR's changed files`, { file }));
    else {
      if (own.status !== 'added') problems.push(error('pr-scope', `${file} must be a new file (status is "${own.status}"); merged grants are immutable, so extend with a new grant`, { file }));
      // Fail closed: a file whose mode is unknown cannot be shown to be a regular file.
      if (own.mode !== '100644') problems.push(error('pr-scope', `${file} must be a regular file (mode ${own.mode ?? 'unknown'}; symlinks, submodules and executables are refused)`, { file }));
      if (!GRANT_PATH.test(own.path)) problems.push(error('pr-scope', `${own.path} is not a valid grant path`, { file }));
    }
    return problems.length > 0 ? fail(...problems) : pass;
  },
};

function verb(status: string): string {
  const verbs: Record<string, string> = { added: 'adds', removed: 'deletes', modified: 'modifies', renamed: 'renames', copied: 'copies' };
  return verbs[status] ?? 'changes';
}
