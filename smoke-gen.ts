import { fastImportStream } from './test/support/synthetic/fast-import.ts';
import { syntheticHistory } from './test/support/synthetic-history.ts';
import { spawnSync } from 'node:child_process';
const s = await syntheticHistory({ grants: 10000, dir: '/tmp/bg-gen' });
console.log(s.stats.generateMs);
