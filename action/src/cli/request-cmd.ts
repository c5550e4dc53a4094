/** CLI adapter for `request --bundle B --duration D --reason TEXT [--incident ID] [--ticket T] [--target T]... [--start ISO] [--extends ID] [--dry-run]`. */
import { request } from '../commands/request.js';
import { createClient } from '../github/client.js';
import { requestOps } from '../github/request-ops.js';
import { parse, required } from './args.js';
import { githubTarget } from './github-from-env.js';
import { EXIT, type CliIo } from './io.js';

export async function requestCmd(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    bundle: { type: 'string' },
    duration: { type: 'string' },
    reason: { type: 'string' },
    incident: { type: 'string' },
    ticket: { type: 'string' },
    target: { type: 'string', multiple: true },
    start: { type: 'string' },
    extends: { type: 'string' },
    requester: { type: 'string' },
    repo: { type: 'string' },
    'dry-run': { type: 'boolean' },
  });
  const input = {
    bundle: required('bundle', values.bundle),
    duration: required('duration', values.duration),
    reason: required('reason', values.reason),
    now: io.clock.now(),
    ...(values.requester ? { requester: values.requester } : io.env.GITHUB_ACTOR ? { requester: io.env.GITHUB_ACTOR } : {}),
    ...(values.incident ? { incident: values.incident } : {}),
    ...(values.ticket ? { ticket: values.ticket } : {}),
    ...(values.start ? { start: values.start } : {}),
    ...(values.extends ? { extends: values.extends } : {}),
    ...(values.target?.length ? { targets: values.target } : {}),
  };
  if (values['dry-run']) {
    const r = await request(input);
    io.out(r.text.trimEnd());
    io.err(`would open a PR adding ${r.path}`);
    return EXIT.ok;
  }
  const target = githubTarget(io, values.repo);
  const r = await request(input, requestOps(createClient(target), target.repo));
  io.out(r.pr ? r.pr.url : r.path);
  io.err(`opened PR #${r.pr?.number} adding ${r.path}`);
  return EXIT.ok;
}
