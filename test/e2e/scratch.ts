import { grantYaml, startWorld } from './harness.js';
const w = await startWorld();
const pr = w.openGrant('alice', 'inc-1-alice', grantYaml({ requester: 'alice', incident: 'INC-1' }));
const r = await w.checkPr(pr);
console.log('check', r.ms, r.code);
let t0 = 0;
for (const f of [w.iam, w.clouds.crm, w.fake] as any[]) {
  const orig = f.route.bind(f);
  f.route = (req: any) => { console.log(`${Date.now() - t0}ms ${f.constructor.name} ${req.method} ${req.path} ${req.body.slice(0, 60)}`); return orig(req); };
}
t0 = Date.now();
const a = await w.apply();
console.log('apply', a.ms, a.code, a.stdout.split('\n').filter((l: string) => l.startsWith('[')).join('\n'));
await w.stop();
