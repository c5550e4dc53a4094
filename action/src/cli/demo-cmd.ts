/** CLI adapter for `demo`: the narrated lifecycle on loopback services; exits 0 when every step worked. */
import { runDemo } from '../demo/demo.js';
import { parse } from './args.js';
import { EXIT, type CliIo } from './io.js';

export async function demoCmd(argv: string[], io: CliIo): Promise<number> {
  parse(argv, {});
  await runDemo({ cwd: io.cwd, out: io.out, start: io.clock.now() });
  return EXIT.ok;
}
