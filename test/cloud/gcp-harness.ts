/** Shared setup for the GCP provider tests: one FakeCrm, a fixed-token client, recorded sleeps. */
import { after, before, beforeEach } from 'node:test';
import { OAuth2Client } from 'google-auth-library';
import { GcpProvider } from '../../action/src/cloud/gcp/provider.js';
import type { AuthRequest } from '../../action/src/cloud/gcp/provider.js';
import type { Change, GcpBindingEntry, WriteGuard } from '../../action/src/cloud/model.js';
import { ManualClock } from '../../action/src/core/clock.js';
import { gcpBindingEntry } from '../../action/src/plan/gcp-entries.js';
import { FakeCrm } from '../../action/src/sandbox/gcp-crm.js';
import type { FakeBinding } from '../../action/src/sandbox/gcp-crm.js';

process.env.METADATA_SERVER_DETECTION = 'none';

export const ALICE = 'user:alice@example.com';
export const BOB = 'user:bob@example.com';
export const START = new Date('2026-11-22T10:00:00Z');
export const EXPIRES = new Date('2026-11-22T12:00:00Z');
export const always: WriteGuard = { stillValid: () => true };
export const scope = (project: string) => ({ cloud: 'gcp' as const, project });
export const put = (e: GcpBindingEntry): Change => ({ op: 'put', entry: e });
export const entry = (
  grantId: string,
  project: string,
  role: string,
  member = ALICE,
  start = START,
  expires = EXPIRES,
): GcpBindingEntry => gcpBindingEntry({ grantId, project, role, member, start, expires });
export const googleError = (code: number, status: string, message: string): string =>
  JSON.stringify({ error: { code, message, status } });

/** Registers the hooks of one describe block and hands back its fake, client and provider factory. */
export function useGcpHarness() {
  const fake = new FakeCrm().acceptToken('fixed-token');
  const client = new OAuth2Client();
  client.setCredentials({ access_token: 'fixed-token', expiry_date: Date.now() + 3600e3 });
  let n = 0;
  const h = {
    fake,
    client,
    sleeps: [] as number[],
    clock: new ManualClock(START),
    /** A provider whose sleeps are recorded and advance the manual clock instead of waiting. */
    provider(
      request: AuthRequest = client,
      opts: { random?: () => number; timeoutMs?: number } = {},
    ) {
      return new GcpProvider({
        request,
        rootUrl: `${fake.url}/`,
        clock: h.clock,
        sleep: async (ms) => void (h.sleeps.push(ms), h.clock.advance(ms)),
        ...opts,
      });
    },
    /** Adds a fresh project to the fake and returns its id. */
    project(initial?: { bindings?: FakeBinding[]; auditConfigs?: unknown[] }): string {
      const id = `proj-${++n}x`;
      fake.addProject(id, initial);
      return id;
    },
  };
  before(() => fake.start().then(() => undefined));
  after(() => fake.stop());
  beforeEach(() => {
    h.sleeps = [];
    h.clock = new ManualClock(START);
    fake.clearFaults();
    fake.log.length = 0;
  });
  return h;
}
