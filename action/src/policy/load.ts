/**
 * Reads `policies/*.yaml` (from the base branch in a PR run) into one Policy: each file is parsed
 * safely, schema-checked, then merged; an id declared twice across files is an error.
 */
import { error, hasErrors, type Finding } from '../core/finding.js';
import { parseDuration } from '../grant/duration.js';
import { readUntrustedYaml, type DataPath, type Location } from '../yaml/read-yaml.js';
import { checkSchema } from '../yaml/schema-check.js';
import { POLICY_LIMITS } from '../yaml/untrusted-text.js';
import { crossCheckPolicy } from './crossref.js';
import { DEFAULT_SETTINGS, type AccessRule, type Bundle, type Identity, type Policy, type ReviewerSource, type ScheduleConfig, type Settings } from './model.js';

export interface PolicySource {
  path: string;
  bytes: Uint8Array | string;
}

/** Where a declaration lives, so cross-reference findings can point at it. */
export type Where = (section: string, ...path: (string | number)[]) => Partial<Finding>;

export interface LoadedPolicy {
  policy: Policy;
  where: Where;
}

export type PolicyLoad = { ok: true; loaded: LoadedPolicy; findings: Finding[] } | { ok: false; findings: Finding[] };

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- schema-checked data

/** Loads and checks every policy file. Warnings come back with an ok result; any error makes it not ok. */
export function loadPolicy(sources: readonly PolicySource[]): PolicyLoad {
  const findings: Finding[] = [];
  const declared = new Map<string, { file: string; locate: (p: DataPath) => Location | undefined }>();
  const merged: Raw = { bundles: {}, rules: [], identities: {}, groups: {}, schedules: {}, settings: {} };
  const ruleOrigins: { file: string; index: number; locate: (p: DataPath) => Location | undefined }[] = [];
  if (sources.length === 0) findings.push(error('policy/missing', 'no policy files found in policies/'));
  // Code-unit order, not localeCompare: the same on every runner whatever its locale, and it spares
  // the decision path ICU's collator, whose first use costs 5-10 ms of a cold start.
  for (const src of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const read = readUntrustedYaml(src.bytes, src.path, POLICY_LIMITS);
    if (!read.ok) {
      findings.push(...read.findings);
      continue;
    }
    const schema = checkSchema('policy', read.value, src.path, read.locate);
    if (schema.length > 0) {
      findings.push(...schema);
      continue;
    }
    const value = read.value as Raw;
    for (const section of ['bundles', 'identities', 'groups', 'schedules'] as const) {
      for (const [id, body] of Object.entries((value[section] ?? {}) as Raw)) {
        const key = `${section}/${section === 'identities' ? id.toLowerCase() : id}`;
        const prior = declared.get(key);
        if (prior) {
          findings.push(error('policy/duplicate-id', `${section} "${id}" is also declared in ${prior.file}`, { file: src.path, field: `${section}.${id}`, ...(read.locate([section, id]) ?? {}) }));
          continue;
        }
        declared.set(key, { file: src.path, locate: read.locate });
        merged[section][id] = body;
      }
    }
    ((value.rules ?? []) as Raw[]).forEach((r, index) => {
      merged.rules.push(r);
      ruleOrigins.push({ file: src.path, index, locate: read.locate });
    });
    if (value.settings) {
      if (declared.has('settings')) findings.push(error('policy/duplicate-id', `settings are also declared in ${declared.get('settings')!.file}`, { file: src.path, field: 'settings' }));
      declared.set('settings', { file: src.path, locate: read.locate });
      merged.settings = value.settings;
    }
  }
  if (hasErrors(findings)) return { ok: false, findings };
  const where: Where = (section, ...path) => {
    if (section === 'rules') {
      const origin = ruleOrigins[path[0] as number];
      if (!origin) return {};
      const p = ['rules', origin.index, ...path.slice(1)];
      return { file: origin.file, field: fieldName(p), ...(origin.locate(p) ?? {}) };
    }
    const id = String(path[0] ?? '');
    const d = declared.get(section === 'settings' ? 'settings' : `${section}/${section === 'identities' ? id.toLowerCase() : id}`);
    if (!d) return {};
    const p = [section, ...path];
    return { file: d.file, field: fieldName(p), ...(d.locate(p) ?? {}) };
  };
  const policy = toModel(merged);
  const cross = crossCheckPolicy(policy, where);
  findings.push(...cross);
  if (hasErrors(findings)) return { ok: false, findings };
  return { ok: true, loaded: { policy, where }, findings };
}

function fieldName(p: (string | number)[]): string {
  return p.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

function toModel(raw: Raw): Policy {
  const bundles = new Map<string, Bundle>();
  for (const [id, b] of Object.entries(raw.bundles as Raw)) {
    bundles.set(id, {
      id,
      description: b.description,
      maxDurationMinutes: parseDuration(b.maxDuration) ?? 0,
      aws: (b.aws ?? []).map((t: Raw) => ({ ...t })),
      gcp: (b.gcp ?? []).map((t: Raw) => ({ project: t.project, roles: [...t.roles] })),
    });
  }
  const rules: AccessRule[] = (raw.rules as Raw[]).map((r) => ({
    id: r.id,
    description: r.description ?? '',
    who: {
      users: (r.who.users ?? []).map((u: string) => u.toLowerCase()),
      groups: r.who.groups ?? [],
      ...(r.who.onCall ? { onCall: { schedule: r.who.onCall.schedule, maxLevel: r.who.onCall.maxLevel ?? 1 } } : {}),
    },
    bundles: r.bundles,
    approval:
      r.approval === 'auto'
        ? 'auto'
        : { reviewers: { count: r.approval.reviewers.count, from: r.approval.reviewers.from.map(toSource) } },
    maxDurationMinutes: parseDuration(r.maxDuration) ?? 0,
    incident: { required: r.incident?.required ?? false, ...(r.incident?.pattern ? { pattern: r.incident.pattern } : {}) },
    maxExtensions: r.maxExtensions ?? 0,
  }));
  const identities = new Map<string, Identity>();
  for (const [login, i] of Object.entries(raw.identities as Raw)) {
    const identity: Identity = { login, aws: i.aws ?? [] };
    if (i.githubId !== undefined) identity.githubId = i.githubId;
    if (i.gcp) identity.gcp = i.gcp;
    if (i.pagerduty) identity.pagerduty = { ...i.pagerduty };
    if (i.opsgenie) identity.opsgenie = { username: i.opsgenie.username };
    if (i.manager) identity.manager = String(i.manager).toLowerCase();
    identities.set(login.toLowerCase(), identity);
  }
  const groups = new Map<string, string[]>();
  for (const [id, members] of Object.entries(raw.groups as Raw)) groups.set(id, (members as string[]).map((m) => m.toLowerCase()));
  const schedules = new Map<string, ScheduleConfig>();
  for (const [id, s] of Object.entries(raw.schedules as Raw)) {
    schedules.set(
      id,
      s.provider === 'roster'
        ? {
            id,
            provider: 'roster',
            layers: s.layers.map((l: Raw) => ({ level: l.level, start: l.start, shiftMinutes: parseDuration(l.shift) ?? 0, members: l.members.map((m: string) => m.toLowerCase()) })),
            overrides: (s.overrides ?? []).map((o: Raw) => ({ level: o.level ?? 1, login: o.user.toLowerCase(), start: o.start, end: o.end })),
          }
        : { id, provider: s.provider, scheduleId: s.scheduleId },
    );
  }
  const st = raw.settings as Raw;
  const settings: Settings = {
    review: { ...DEFAULT_SETTINGS.review, ...(st.review ?? {}) },
    overuse: { ...DEFAULT_SETTINGS.overuse, ...(st.overuse ?? {}) },
    staleRequestHours: st.staleRequestHours ?? DEFAULT_SETTINGS.staleRequestHours,
    lateRevokeMinutes: st.lateRevokeMinutes ?? DEFAULT_SETTINGS.lateRevokeMinutes,
    blockAutoMergeWhenUnverified: st.blockAutoMergeWhenUnverified ?? DEFAULT_SETTINGS.blockAutoMergeWhenUnverified,
    clockSkewSeconds: st.clockSkewSeconds ?? DEFAULT_SETTINGS.clockSkewSeconds,
  };
  return { bundles, rules, identities, groups, schedules, settings };
}

function toSource(s: Raw): ReviewerSource {
  if (s.user) return { user: String(s.user).toLowerCase() };
  if (s.group) return { group: s.group };
  if (s.onCall) return { onCall: s.onCall };
  return { manager: true };
}
