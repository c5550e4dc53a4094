#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// action/src/core/clock.ts
function isoSeconds(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
var systemClock, realSleep;
var init_clock = __esm({
  "action/src/core/clock.ts"() {
    "use strict";
    systemClock = { now: /* @__PURE__ */ __name(() => /* @__PURE__ */ new Date(), "now") };
    realSleep = /* @__PURE__ */ __name((ms2) => new Promise((resolve2) => setTimeout(resolve2, ms2)), "realSleep");
    __name(isoSeconds, "isoSeconds");
  }
});

// action/src/core/errors.ts
function errorMessage(e) {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
function isUsageError(e) {
  return e instanceof Error && e.name === "UsageError";
}
var UsageError, UserError;
var init_errors = __esm({
  "action/src/core/errors.ts"() {
    "use strict";
    __name(errorMessage, "errorMessage");
    UsageError = class extends Error {
      static {
        __name(this, "UsageError");
      }
      name = "UsageError";
    };
    __name(isUsageError, "isUsageError");
    UserError = class extends Error {
      static {
        __name(this, "UserError");
      }
      name = "UserError";
    };
  }
});

// action/src/cli/io.ts
var EXIT;
var init_io = __esm({
  "action/src/cli/io.ts"() {
    "use strict";
    EXIT = { ok: 0, failed: 1, usage: 2 };
  }
});

// action/src/core/finding.ts
function error(ruleId, message2, at = {}) {
  return { ruleId, severity: "error", message: message2, ...at };
}
function warning(ruleId, message2, at = {}) {
  return { ruleId, severity: "warning", message: message2, ...at };
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}
function oneLine(s) {
  return s.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}
function formatFinding(f) {
  const where = [f.file === void 0 ? void 0 : oneLine(f.file), f.line, f.column].filter((x) => x !== void 0).join(":");
  const field = f.field ? ` [${oneLine(f.field)}]` : "";
  return `${where ? where + ": " : ""}${f.severity}: ${oneLine(f.message)}${field} (${f.ruleId})`;
}
var init_finding = __esm({
  "action/src/core/finding.ts"() {
    "use strict";
    __name(error, "error");
    __name(warning, "warning");
    __name(hasErrors, "hasErrors");
    __name(oneLine, "oneLine");
    __name(formatFinding, "formatFinding");
  }
});

// action/src/decision/model.ts
function fail(...findings) {
  return { status: "fail", findings };
}
var pass, notApplicable;
var init_model = __esm({
  "action/src/decision/model.ts"() {
    "use strict";
    pass = { status: "pass" };
    notApplicable = { status: "not-applicable" };
    __name(fail, "fail");
  }
});

// action/src/decision/checks/bundle-targets.ts
function bundleTargets(b) {
  return [...b.aws.map((t) => `aws:${t.account}`), ...b.gcp.map((t) => `gcp:${t.project}`)];
}
function sameTargets(file, record) {
  return [...file ?? []].sort().join(" ") === [...record].sort().join(" ");
}
function selectedTargets(g, b) {
  return g.targets ?? bundleTargets(b);
}
function missingPrincipal(identity, target) {
  const [cloud, id] = target.split(":");
  if (cloud === "aws") return identity.aws.some((arn) => arn.split(":")[4] === id) ? void 0 : `no AWS principal in account ${id}`;
  return identity.gcp ? void 0 : "no GCP member";
}
function bundleTargetFindings(grant, policy) {
  const g = grant.grant;
  const bundle = policy.bundles.get(g.bundle);
  const at = /* @__PURE__ */ __name((field) => ({ file: g.file, field, ...grant.locate([field]) ?? {} }), "at");
  if (!bundle) return [error("bundle-targets", `unknown bundle "${g.bundle}"; see policies/ for the bundles you can request`, at("bundle"))];
  const identity = policy.identities.get(g.requester.toLowerCase());
  if (!identity) return void 0;
  const all = new Set(bundleTargets(bundle));
  const findings = [];
  for (const t of g.targets ?? []) {
    if (!all.has(t)) findings.push(error("bundle-targets", `target ${t} is not part of bundle "${g.bundle}" (${[...all].join(", ")})`, at("targets")));
  }
  for (const t of selectedTargets(g, bundle)) {
    const why = all.has(t) ? missingPrincipal(identity, t) : void 0;
    if (why) findings.push(error("bundle-targets", `${g.requester} has ${why} (target ${t}); add it to policies/identities.yaml or narrow targets`, at("bundle")));
  }
  return findings;
}
var bundleAndTargets;
var init_bundle_targets = __esm({
  "action/src/decision/checks/bundle-targets.ts"() {
    "use strict";
    init_finding();
    init_model();
    __name(bundleTargets, "bundleTargets");
    __name(sameTargets, "sameTargets");
    __name(selectedTargets, "selectedTargets");
    __name(missingPrincipal, "missingPrincipal");
    bundleAndTargets = {
      id: "bundle-targets",
      check({ grant, policy }) {
        const findings = bundleTargetFindings(grant, policy);
        if (findings === void 0) return notApplicable;
        return findings.length > 0 ? fail(...findings) : pass;
      }
    };
    __name(bundleTargetFindings, "bundleTargetFindings");
  }
});

// action/src/decision/checks/requester-matches.ts
function namedInRule(policy, rule, login) {
  const l = login.toLowerCase();
  return rule.who.users.includes(l) || rule.who.groups.some((g) => policy.groups.get(g)?.includes(l) ?? false);
}
function schedulesToConsult(policy, bundle) {
  const out = /* @__PURE__ */ new Set();
  for (const r of policy.rules) {
    if (!r.bundles.includes(bundle)) continue;
    if (r.who.onCall) out.add(r.who.onCall.schedule);
    if (r.approval !== "auto") {
      for (const s of r.approval.reviewers.from) if ("onCall" in s) out.add(s.onCall);
    }
  }
  return [...out].sort();
}
var init_requester_matches = __esm({
  "action/src/decision/checks/requester-matches.ts"() {
    "use strict";
    __name(namedInRule, "namedInRule");
    __name(schedulesToConsult, "schedulesToConsult");
  }
});

// action/src/grant/duration.ts
function parseDuration(text2) {
  const m = DURATION.exec(text2);
  if (!m) return void 0;
  const minutes2 = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes2 > 0 ? minutes2 : void 0;
}
function formatDuration(minutes2) {
  const d = Math.floor(minutes2 / 1440);
  const h = Math.floor(minutes2 % 1440 / 60);
  const m = minutes2 % 60;
  return `${d ? `${d}d` : ""}${h ? `${h}h` : ""}${m ? `${m}m` : ""}` || "0m";
}
function parseUtc(text2) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/.exec(text2);
  if (!m) return void 0;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const roundTrips = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return roundTrips ? date : void 0;
}
var DURATION, MAX_GRANT_MINUTES;
var init_duration = __esm({
  "action/src/grant/duration.ts"() {
    "use strict";
    DURATION = /^(?=[0-9])(?:([0-9]{1,2})d)?(?:([0-9]{1,3})h)?(?:([0-9]{1,4})m)?$/;
    __name(parseDuration, "parseDuration");
    __name(formatDuration, "formatDuration");
    MAX_GRANT_MINUTES = 7 * 1440;
    __name(parseUtc, "parseUtc");
  }
});

// action/src/grant/crosscheck.ts
function crossCheckGrant(loaded2, policy) {
  const g = loaded2.grant;
  const at = /* @__PURE__ */ __name((field) => ({ file: g.file, field, ...loaded2.locate([field]) ?? {} }), "at");
  const findings = [];
  if (!policy.identities.has(g.requester.toLowerCase())) {
    findings.push(error("grant/unknown-identity", `requester "${g.requester}" has no identity in policies/`, at("requester")));
  }
  findings.push(...bundleTargetFindings(loaded2, policy) ?? []);
  const bundle = policy.bundles.get(g.bundle);
  if (!bundle) return findings;
  if (g.durationMinutes > bundle.maxDurationMinutes) {
    findings.push(error("grant/duration", `duration ${g.duration} is over bundle "${g.bundle}"'s maximum of ${formatDuration(bundle.maxDurationMinutes)}`, at("duration")));
  }
  const candidates = policy.rules.filter((r) => r.bundles.includes(g.bundle) && (r.who.onCall !== void 0 || namedInRule(policy, r, g.requester)));
  if (candidates.length === 0) {
    findings.push(error("grant/no-rule", `no access rule lets ${g.requester} request bundle "${g.bundle}"`, at("bundle")));
  } else if (candidates.every((r) => g.durationMinutes > r.maxDurationMinutes)) {
    const longest = Math.max(...candidates.map((r) => r.maxDurationMinutes));
    findings.push(error("grant/duration", `duration ${g.duration} is over every matching rule's maximum (at most ${formatDuration(longest)})`, at("duration")));
  }
  return findings;
}
var init_crosscheck = __esm({
  "action/src/grant/crosscheck.ts"() {
    "use strict";
    init_finding();
    init_bundle_targets();
    init_requester_matches();
    init_duration();
    __name(crossCheckGrant, "crossCheckGrant");
  }
});

// action/src/yaml/plain-yaml.ts
function outside() {
  throw OUTSIDE;
}
function resolve(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (INT.test(s)) return parseInt(s, 10);
    if (OTHER_NUMBER.test(s)) outside();
    return s;
  }
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  return s;
}
function spaces(s, j) {
  while (s.charCodeAt(j) === 32) j++;
  return j;
}
function isItem(s, m) {
  return s.charCodeAt(m) === 45 && (s.length === m + 1 || s.charCodeAt(m + 1) === 32);
}
function quoted(s, p) {
  let out = "";
  let j = p + 1;
  if (s.charCodeAt(p) === 39) {
    for (; ; ) {
      const k = s.indexOf("'", j);
      if (k < 0) outside();
      out += s.slice(j, k);
      if (s.charCodeAt(k + 1) !== 39) return { value: out, end: k + 1 };
      out += "'";
      j = k + 2;
    }
  }
  for (; ; ) {
    let k = j;
    while (k < s.length && s.charCodeAt(k) !== 34 && s.charCodeAt(k) !== 92) k++;
    if (k >= s.length) outside();
    out += s.slice(j, k);
    if (s.charCodeAt(k) === 34) return { value: out, end: k + 1 };
    const e = s.charCodeAt(k + 1);
    if (e !== 34 && e !== 92) outside();
    out += e === 34 ? '"' : "\\";
    j = k + 2;
  }
}
function checkKey(text2, length, keys) {
  if (length > MAX_KEY || FORBIDDEN_KEYS.has(text2) || keys.has(text2)) outside();
  return text2;
}
function blockKey(s, p, keys) {
  const c = s.charCodeAt(p);
  if (c === 91 || c === 123) return void 0;
  if (c === 34 || c === 39) {
    const q = quoted(s, p);
    if (s.charCodeAt(q.end) !== 58 || q.end + 1 < s.length && s.charCodeAt(q.end + 1) !== 32)
      return void 0;
    return { text: checkKey(q.value, q.end - p, keys), end: q.end + 1 };
  }
  let colon = s.indexOf(": ", p);
  if (colon < 0 && s.charCodeAt(s.length - 1) === 58) colon = s.length - 1;
  const hash = s.indexOf(" #", p);
  if (colon < p || hash >= 0 && hash < colon) return void 0;
  const text2 = s.slice(p, colon);
  if (!KEY_PLAIN.test(text2) || text2.includes(" :") || text2.endsWith(" ") || text2.endsWith(":"))
    outside();
  if (typeof resolve(text2) !== "string") outside();
  return { text: checkKey(text2, colon - p, keys), end: colon + 1 };
}
function flowPlain(s, j) {
  let k = j;
  for (; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
    if (ch === 58 && s.charCodeAt(k + 1) === 32) break;
  }
  let e = k;
  while (e > j && s.charCodeAt(e - 1) === 32) e--;
  const text2 = s.slice(j, e);
  if (!FLOW_PLAIN.test(text2) || text2.includes(" :") || text2.endsWith(":")) outside();
  return { text: text2, end: e };
}
function flowValue(s, j, line, depth) {
  const c = s.charCodeAt(j);
  if (c === 91 || c === 123) return flow(s, j, line, depth + 1);
  const q = c === 34 || c === 39 ? quoted(s, j) : void 0;
  if (q) return { node: { value: q.value, line, column: j + 1 }, end: q.end };
  const t = flowPlain(s, j);
  return { node: { value: resolve(t.text), line, column: j + 1 }, end: t.end };
}
function flow(s, p, line, depth) {
  if (depth > MAX_FLOW_DEPTH) outside();
  const isMap = s.charCodeAt(p) === 123;
  const close = isMap ? 125 : 93;
  const obj = {};
  const arr = [];
  const keys = /* @__PURE__ */ new Map();
  const items = [];
  const node = isMap ? { value: obj, line, column: p + 1, keys } : { value: arr, line, column: p + 1, items };
  let j = spaces(s, p + 1);
  if (s.charCodeAt(j) === close) return { node, end: j + 1 };
  for (; ; ) {
    if (isMap) {
      const c2 = s.charCodeAt(j);
      const q = c2 === 34 || c2 === 39 ? quoted(s, j) : void 0;
      const k = q ? { text: q.value, end: q.end } : flowPlain(s, j);
      if (!q && typeof resolve(k.text) !== "string") outside();
      if (s.charCodeAt(k.end) !== 58 || s.charCodeAt(k.end + 1) !== 32) outside();
      const key = checkKey(k.text, k.end - j, keys);
      const v = flowValue(s, spaces(s, k.end + 2), line, depth);
      keys.set(key, v.node);
      obj[key] = v.node.value;
      j = v.end;
    } else {
      const v = flowValue(s, j, line, depth);
      items.push(v.node);
      arr.push(v.node.value);
      j = v.end;
    }
    j = spaces(s, j);
    const c = s.charCodeAt(j);
    if (c === close) return { node, end: j + 1 };
    if (c !== 44) outside();
    j = spaces(s, j + 1);
  }
}
function inline(s, p, line) {
  const c = s.charCodeAt(p);
  let r;
  if (c === 91 || c === 123) r = flow(s, p, line, 1);
  else if (c === 34 || c === 39) {
    const q2 = quoted(s, p);
    r = { node: { value: q2.value, line, column: p + 1 }, end: q2.end };
  } else {
    let e = s.indexOf(" #", p);
    if (e < 0) e = s.length;
    while (e > p && s.charCodeAt(e - 1) === 32) e--;
    const t = s.slice(p, e);
    if (!BLOCK_PLAIN.test(t) || t.includes(": ") || t.endsWith(":")) outside();
    return { value: resolve(t), line, column: p + 1 };
  }
  const q = spaces(s, r.end);
  if (q < s.length && !(q > r.end && s.charCodeAt(q) === 35)) outside();
  return r.node;
}
function readPlainYaml(text2) {
  if (text2.includes("	")) return void 0;
  const lines = text2.split("\n");
  if (text2.includes("\r")) {
    for (let n = 0; n < lines.length - 1; n++)
      if (lines[n].endsWith("\r")) lines[n] = lines[n].slice(0, -1);
    if (lines.some((s) => s.includes("\r"))) return void 0;
  }
  let root;
  try {
    root = new Reader(lines).document();
  } catch {
    return void 0;
  }
  return {
    value: root.value,
    // As nodeAt in read-yaml-full.ts: the deepest node the path reaches; a missing key or index gives
    // the collection, a path going on past a scalar gives the scalar.
    locate: /* @__PURE__ */ __name((path) => {
      let node = root;
      for (const seg of path) {
        const next = node.keys !== void 0 ? typeof seg === "string" ? node.keys.get(seg) : void 0 : node.items !== void 0 && typeof seg === "number" ? node.items[seg] : void 0;
        if (!next) break;
        node = next;
      }
      return { line: node.line, column: node.column };
    }, "locate")
  };
}
var OUTSIDE, MAX_BLOCK_DEPTH, MAX_FLOW_DEPTH, MAX_KEY, FORBIDDEN_KEYS, NO_KEYS, BLOCK_PLAIN, FLOW_PLAIN, KEY_PLAIN, NULL, TRUE, FALSE, INT, OTHER_NUMBER, Reader;
var init_plain_yaml = __esm({
  "action/src/yaml/plain-yaml.ts"() {
    "use strict";
    OUTSIDE = new Error("outside the plain YAML subset");
    __name(outside, "outside");
    MAX_BLOCK_DEPTH = 64;
    MAX_FLOW_DEPTH = 4;
    MAX_KEY = 1e3;
    FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype", "<<"]);
    NO_KEYS = /* @__PURE__ */ new Map();
    BLOCK_PLAIN = /^[A-Za-z0-9_/][^[\]{}]*$/;
    FLOW_PLAIN = /^[A-Za-z0-9_/][^[\]{},#]*$/;
    KEY_PLAIN = /^[A-Za-z0-9_/][^[\]{},#'"]*$/;
    NULL = /^(?:[Nn]ull|NULL)$/;
    TRUE = /^(?:[Tt]rue|TRUE)$/;
    FALSE = /^(?:[Ff]alse|FALSE)$/;
    INT = /^[0-9]+$/;
    OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)$/;
    __name(resolve, "resolve");
    __name(spaces, "spaces");
    __name(isItem, "isItem");
    __name(quoted, "quoted");
    __name(checkKey, "checkKey");
    __name(blockKey, "blockKey");
    __name(flowPlain, "flowPlain");
    __name(flowValue, "flowValue");
    __name(flow, "flow");
    __name(inline, "inline");
    Reader = class {
      static {
        __name(this, "Reader");
      }
      i = 0;
      lines;
      constructor(lines) {
        this.lines = lines;
      }
      /** The whole text: one block mapping at column 1, nothing after it. */
      document() {
        if (this.skip() !== 0 || isItem(this.lines[this.i], 0)) outside();
        return this.map(0, 0);
      }
      /** Moves to the next line that is not blank or a comment; its indentation, or -1 at the end. */
      skip() {
        for (; this.i < this.lines.length; this.i++) {
          const s = this.lines[this.i];
          const p = spaces(s, 0);
          if (p < s.length && s.charCodeAt(p) !== 35) return p;
        }
        return -1;
      }
      /** A block mapping whose first key is at column `k` of the current line. */
      map(k, depth) {
        if (depth > MAX_BLOCK_DEPTH) outside();
        const value = {};
        const keys = /* @__PURE__ */ new Map();
        const node = { value, line: this.i + 1, column: k + 1, keys };
        for (; ; ) {
          const s = this.lines[this.i];
          const key = blockKey(s, k, keys) ?? outside();
          const p = spaces(s, key.end);
          let child;
          if (p < s.length && s.charCodeAt(p) !== 35) {
            child = inline(s, p, this.i + 1);
            this.i++;
          } else {
            this.i++;
            const ind2 = this.skip();
            if (ind2 > k) child = this.block(ind2, depth + 1);
            else if (ind2 === k && isItem(this.lines[this.i], k)) child = this.seq(k, depth + 1);
            else outside();
          }
          keys.set(key.text, child);
          value[key.text] = child.value;
          const ind = this.skip();
          if (ind < k) return node;
          if (ind > k) outside();
        }
      }
      /** A block sequence or mapping starting at column `ind` of the current line. */
      block(ind, depth) {
        return isItem(this.lines[this.i], ind) ? this.seq(ind, depth) : this.map(ind, depth);
      }
      /** A block sequence whose first `-` is at column `m` of the current line. */
      seq(m, depth) {
        if (depth > MAX_BLOCK_DEPTH) outside();
        const value = [];
        const items = [];
        const node = { value, line: this.i + 1, column: m + 1, items };
        for (; ; ) {
          const s = this.lines[this.i];
          const p = spaces(s, m + 1);
          if (p >= s.length || s.charCodeAt(p) === 35) outside();
          let child;
          if (blockKey(s, p, NO_KEYS)) child = this.map(p, depth + 1);
          else {
            child = inline(s, p, this.i + 1);
            this.i++;
          }
          items.push(child);
          value.push(child.value);
          const ind = this.skip();
          if (ind === m && isItem(this.lines[this.i], m)) continue;
          if (ind > m) outside();
          return node;
        }
      }
    };
    __name(readPlainYaml, "readPlainYaml");
  }
});

// breakglass-lazy-sync:yaml-full
function readFullYaml(...args) {
  return load().readFullYaml(...args);
}
var loaded, load;
var init_yaml_full = __esm({
  "breakglass-lazy-sync:yaml-full"() {
    load = /* @__PURE__ */ __name(() => loaded ??= require("./yaml-full.cjs"), "load");
    __name(readFullYaml, "readFullYaml");
  }
});

// action/src/yaml/untrusted-text.ts
function describe(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  if (cp === 0) return `NUL (${hex})`;
  if (cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297 || cp === 8206 || cp === 8207) {
    return `bidirectional control ${hex}`;
  }
  if (cp >= 8203 && cp <= 8205 || cp === 8288 || cp === 65279) return `invisible character ${hex}`;
  return `control character ${hex}`;
}
function checkUntrustedText(input, file, limits) {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  if (bytes.length > limits.maxBytes) {
    return fail2("input/too-large", `file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes`, file, 1, 1);
  }
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail2("input/encoding", "invalid encoding: UTF-16 byte order mark; files must be UTF-8", file, 1, 1);
  }
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail2("input/encoding", `invalid encoding: not valid UTF-8 (byte offset ${at.offset})`, file, at.line, at.column);
  }
  const bad = FORBIDDEN.exec(text2);
  if (bad) {
    const at = lineAndColumn(text2, bad.index);
    return fail2("input/forbidden-character", `forbidden ${describe(bad[0])}`, file, at.line, at.column);
  }
  const lines = text2.split("\n");
  const depth = flowDepth(text2);
  if (depth.max > limits.maxDepth) {
    return fail2("input/too-deep", `nesting deeper than ${limits.maxDepth} levels`, file, depth.line, depth.column);
  }
  const compact = compactDepth(lines);
  if (compact.max > limits.maxDepth) {
    return fail2("input/too-deep", `nesting deeper than ${limits.maxDepth} levels`, file, compact.line, compact.column);
  }
  return { ok: true, text: text2 };
}
function fail2(ruleId, message2, file, line, column) {
  const at = { file };
  if (line !== void 0) at.line = line;
  if (column !== void 0) at.column = column;
  return { ok: false, findings: [error(ruleId, message2, at)] };
}
function firstInvalidUtf8(bytes) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const len = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    let valid = len > 0 && i + len <= bytes.length;
    for (let k = 1; valid && k < len; k++) valid = ((bytes[i + k] ?? 0) & 192) === 128;
    if (valid && len > 1) valid = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(i, i + len)) !== "\uFFFD";
    if (!valid) return { offset: i, line, column };
    if (b === 10) {
      line++;
      column = 1;
    } else column++;
    i += len;
  }
  return { offset: bytes.length, line, column };
}
function compactDepth(lines) {
  let best = { max: 0, line: 1, column: 1 };
  for (let i = 0; i < lines.length; i++) {
    const m = /^[ \t]*((?:[-?:][ \t]+)+)/.exec(lines[i] ?? "");
    if (!m) continue;
    const n = (m[1].match(/[-?:]/g) ?? []).length;
    if (n > best.max) best = { max: n, line: i + 1, column: 1 };
  }
  return best;
}
function lineAndColumn(text2, offset) {
  const start2 = text2.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let i = text2.indexOf("\n"); i !== -1 && i < start2; i = text2.indexOf("\n", i + 1)) line++;
  return { line, column: offset - start2 + 1 };
}
function flowDepth(text2) {
  let depth = 0;
  let max = 0;
  let line = 1;
  let lineStart = 0;
  let at = { line: 1, column: 1 };
  let quote = null;
  let comment = false;
  const re = new RegExp(FLOW_SIGNIFICANT);
  for (let m = re.exec(text2); m; m = re.exec(text2)) {
    const i = m.index;
    const c = m[0];
    if (c === "\n") {
      line++;
      lineStart = i + 1;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === "\\" && quote === '"') re.lastIndex = i + 2;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text2[i - 1] ?? " "))) comment = true;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth > max) {
        max = depth;
        at = { line, column: i - lineStart + 1 };
      }
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return { max, ...at };
}
var GRANT_LIMITS, POLICY_LIMITS, FORBIDDEN, FLOW_SIGNIFICANT;
var init_untrusted_text = __esm({
  "action/src/yaml/untrusted-text.ts"() {
    "use strict";
    init_finding();
    GRANT_LIMITS = { maxBytes: 16 * 1024, maxDepth: 16 };
    POLICY_LIMITS = { maxBytes: 512 * 1024, maxDepth: 32 };
    FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/u;
    __name(describe, "describe");
    __name(checkUntrustedText, "checkUntrustedText");
    __name(fail2, "fail");
    __name(firstInvalidUtf8, "firstInvalidUtf8");
    __name(compactDepth, "compactDepth");
    __name(lineAndColumn, "lineAndColumn");
    FLOW_SIGNIFICANT = /[\n\\"'#[\]{}]/g;
    __name(flowDepth, "flowDepth");
  }
});

// action/src/yaml/read-yaml.ts
function readUntrustedYaml(input, file, limits) {
  const checked = checkUntrustedText(input, file, limits);
  if (!checked.ok) return checked;
  const plain = readPlainYaml(checked.text);
  return plain ? { ok: true, ...plain } : readFullYaml(checked.text, file);
}
var init_read_yaml = __esm({
  "action/src/yaml/read-yaml.ts"() {
    "use strict";
    init_plain_yaml();
    init_yaml_full();
    init_untrusted_text();
    __name(readUntrustedYaml, "readUntrustedYaml");
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    __name(ucs2length, "ucs2length");
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = /* @__PURE__ */ __name(function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    }, "equal");
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// action/src/yaml/generated/schema-validators.cjs
var require_schema_validators = __commonJS({
  "action/src/yaml/generated/schema-validators.cjs"(exports2) {
    "use strict";
    exports2.grant = validate21;
    var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:breakglass:schema:grant:v1", "title": "Breakglass grant request", "description": "One file grants/<id>.yaml, added by a pull request whose author is the requester. The id is the file name.", "type": "object", "additionalProperties": false, "required": ["requester", "bundle", "duration", "reason"], "properties": { "requester": { "description": "GitHub login of the person asking; must be the pull request's author.", "type": "string", "minLength": 1, "maxLength": 39, "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, "bundle": { "description": "Id of a bundle declared in policies/ (what access is granted).", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9][a-z0-9-]{0,62}$" }, "duration": { "description": "How long access lasts from its start: 30m, 2h, 1h30m, 1d. At most 7d; rules and bundles set lower limits.", "type": "string", "maxLength": 12, "pattern": "^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$" }, "reason": { "description": "Why access is needed, for reviewers and auditors. Never copied into any cloud policy.", "type": "string", "minLength": 15, "maxLength": 2e3 }, "incident": { "description": "Incident id; whether it is required and its format come from the matching access rule.", "type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$" }, "ticket": { "description": "Optional change or ticket reference.", "type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$" }, "start": { "description": 'Optional UTC start (quoted), e.g. "2026-11-22T18:00:00Z"; default is the moment of approval.', "type": "string", "maxLength": 20, "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$" }, "targets": { "description": "Optional subset of the bundle's targets: aws:<account id> or gcp:<project id>.", "type": "array", "minItems": 1, "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "maxLength": 40, "pattern": "^(?:aws:[0-9]{12}|gcp:[a-z][a-z0-9-]{4,28}[a-z0-9])$" } }, "extends": { "description": "Id of an active grant this one extends; it starts when that one expires.", "type": "string", "maxLength": 64, "pattern": "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
    var pattern1 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
    var pattern2 = new RegExp("^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$", "u");
    var pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$", "u");
    var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$", "u");
    var pattern6 = new RegExp("^(?:aws:[0-9]{12}|gcp:[a-z][a-z0-9-]{4,28}[a-z0-9])$", "u");
    var pattern7 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.requester === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requester" }, message: "must have required property 'requester'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.bundle === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundle" }, message: "must have required property 'bundle'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.duration === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.reason === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func2.call(schema6.properties, key0)) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.requester !== void 0) {
          let data0 = data.requester;
          if (typeof data0 === "string") {
            if (func3(data0) > 39) {
              const err5 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func3(data0) < 1) {
              const err6 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern0.test(data0)) {
              const err7 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/requester", schemaPath: "#/properties/requester/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.bundle !== void 0) {
          let data1 = data.bundle;
          if (typeof data1 === "string") {
            if (func3(data1) > 63) {
              const err9 = { instancePath: instancePath + "/bundle", schemaPath: "#/properties/bundle/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern1.test(data1)) {
              const err10 = { instancePath: instancePath + "/bundle", schemaPath: "#/properties/bundle/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/bundle", schemaPath: "#/properties/bundle/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.duration !== void 0) {
          let data2 = data.duration;
          if (typeof data2 === "string") {
            if (func3(data2) > 12) {
              const err12 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern2.test(data2)) {
              const err13 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$" }, message: 'must match pattern "^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$"' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/duration", schemaPath: "#/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.reason !== void 0) {
          let data3 = data.reason;
          if (typeof data3 === "string") {
            if (func3(data3) > 2e3) {
              const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func3(data3) < 15) {
              const err16 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 15 }, message: "must NOT have fewer than 15 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.incident !== void 0) {
          let data4 = data.incident;
          if (typeof data4 === "string") {
            if (func3(data4) > 64) {
              const err18 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern3.test(data4)) {
              const err19 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.ticket !== void 0) {
          let data5 = data.ticket;
          if (typeof data5 === "string") {
            if (func3(data5) > 64) {
              const err21 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (!pattern3.test(data5)) {
              const err22 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,63}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data.start !== void 0) {
          let data6 = data.start;
          if (typeof data6 === "string") {
            if (func3(data6) > 20) {
              const err24 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (!pattern5.test(data6)) {
              const err25 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.targets !== void 0) {
          let data7 = data.targets;
          if (Array.isArray(data7)) {
            if (data7.length > 50) {
              const err27 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data7.length < 1) {
              const err28 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 === "string") {
                if (func3(data8) > 40) {
                  const err29 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (!pattern6.test(data8)) {
                  const err30 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/pattern", keyword: "pattern", params: { pattern: "^(?:aws:[0-9]{12}|gcp:[a-z][a-z0-9-]{4,28}[a-z0-9])$" }, message: 'must match pattern "^(?:aws:[0-9]{12}|gcp:[a-z][a-z0-9-]{4,28}[a-z0-9])$"' };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            let i1 = data7.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data7[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err32 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.extends !== void 0) {
          let data9 = data.extends;
          if (typeof data9 === "string") {
            if (func3(data9) > 64) {
              const err34 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (!pattern7.test(data9)) {
              const err35 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    __name(validate21, "validate21");
    exports2.policy = validate22;
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 63) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern1.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate23.errors = vErrors;
      return errors === 0;
    }
    __name(validate23, "validate23");
    function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 12) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 12 }, message: "must NOT have more than 12 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern2.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$" }, message: 'must match pattern "^(?=[0-9])(?:[0-9]{1,2}d)?(?:[0-9]{1,3}h)?(?:[0-9]{1,4}m)?$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate26.errors = vErrors;
      return errors === 0;
    }
    __name(validate26, "validate26");
    var pattern10 = new RegExp("^[0-9]{12}$", "u");
    function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (!pattern10.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate29.errors = vErrors;
      return errors === 0;
    }
    __name(validate29, "validate29");
    var pattern11 = new RegExp("^(?:\\*|[a-z0-9-]{2,32}:[A-Za-z0-9*]{1,96})$", "u");
    function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 128) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern11.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:\\*|[a-z0-9-]{2,32}:[A-Za-z0-9*]{1,96})$" }, message: 'must match pattern "^(?:\\*|[a-z0-9-]{2,32}:[A-Za-z0-9*]{1,96})$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate32.errors = vErrors;
      return errors === 0;
    }
    __name(validate32, "validate32");
    var pattern12 = new RegExp("^(?:\\*|arn:aws[a-z-]*:[A-Za-z0-9*?/:._=@,+-]{1,1000})$", "u");
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 1024) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern12.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:\\*|arn:aws[a-z-]*:[A-Za-z0-9*?/:._=@,+-]{1,1000})$" }, message: 'must match pattern "^(?:\\*|arn:aws[a-z-]*:[A-Za-z0-9*?/:._=@,+-]{1,1000})$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate34.errors = vErrors;
      return errors === 0;
    }
    __name(validate34, "validate34");
    var pattern13 = new RegExp("^[A-Za-z]{2,40}(?:IfExists)?$", "u");
    var pattern14 = new RegExp("^[A-Za-z0-9:/._-]{1,128}$", "u");
    function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 10) {
          const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 10 }, message: "must NOT have more than 10 properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          const _errs1 = errors;
          if (typeof key0 === "string") {
            if (func3(key0) > 64) {
              const err1 = { instancePath, schemaPath: "#/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key0 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (!pattern13.test(key0)) {
              const err2 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]{2,40}(?:IfExists)?$" }, message: 'must match pattern "^[A-Za-z]{2,40}(?:IfExists)?$"', propertyName: key0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath, schemaPath: "#/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            const err4 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key1 in data) {
          let data0 = data[key1];
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (Object.keys(data0).length > 10) {
              const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 10 }, message: "must NOT have more than 10 properties" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            for (const key2 in data0) {
              const _errs6 = errors;
              if (typeof key2 === "string") {
                if (func3(key2) > 128) {
                  const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (!pattern14.test(key2)) {
                  const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9:/._-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9:/._-]{1,128}$"', propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              var valid2 = _errs6 === errors;
              if (!valid2) {
                const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            for (const key3 in data0) {
              let data1 = data0[key3];
              const _errs10 = errors;
              let valid4 = false;
              const _errs11 = errors;
              if (typeof data1 === "string") {
                if (func3(data1) > 512) {
                  const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var _valid0 = _errs11 === errors;
              valid4 = valid4 || _valid0;
              if (!valid4) {
                const _errs13 = errors;
                if (Array.isArray(data1)) {
                  if (data1.length > 50) {
                    const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                      if (func3(data2) > 512) {
                        const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/additionalProperties/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    } else {
                      const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/additionalProperties/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                var _valid0 = _errs13 === errors;
                valid4 = valid4 || _valid0;
              }
              if (!valid4) {
                const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              } else {
                errors = _errs10;
                if (vErrors !== null) {
                  if (_errs10) {
                    vErrors.length = _errs10;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      validate36.errors = vErrors;
      return errors === 0;
    }
    __name(validate36, "validate36");
    function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.actions === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.resources === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "effect" || key0 === "actions" || key0 === "resources" || key0 === "conditions")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.effect !== void 0) {
          if ("Allow" !== data.effect) {
            const err3 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/const", keyword: "const", params: { allowedValue: "Allow" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.actions !== void 0) {
          let data1 = data.actions;
          if (Array.isArray(data1)) {
            if (data1.length > 100) {
              const err4 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err5 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate32(data1[i0], { instancePath: instancePath + "/actions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.resources !== void 0) {
          let data3 = data.resources;
          if (Array.isArray(data3)) {
            if (data3.length > 100) {
              const err7 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.length < 1) {
              const err8 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate34(data3[i1], { instancePath: instancePath + "/resources/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.conditions !== void 0) {
          if (!validate36(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      validate31.errors = vErrors;
      return errors === 0;
    }
    __name(validate31, "validate31");
    var pattern15 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$", "u");
    function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 256) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern15.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:role/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate39.errors = vErrors;
      return errors === 0;
    }
    __name(validate39, "validate39");
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.statements === void 0) {
          const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "statements" }, message: "must have required property 'statements'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs3 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.assumeRole === void 0) {
          const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "assumeRole" }, message: "must have required property 'assumeRole'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
      }
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.account === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "account" || key0 === "statements" || key0 === "assumeRole")) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.account !== void 0) {
          if (!validate29(data.account, { instancePath: instancePath + "/account", parentData: data, parentDataProperty: "account", rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
        if (data.statements !== void 0) {
          let data1 = data.statements;
          if (Array.isArray(data1)) {
            if (data1.length > 50) {
              const err5 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err6 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate31(data1[i0], { instancePath: instancePath + "/statements/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/statements", schemaPath: "#/properties/statements/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.assumeRole !== void 0) {
          let data3 = data.assumeRole;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.roleArn === void 0) {
              const err8 = { instancePath: instancePath + "/assumeRole", schemaPath: "#/properties/assumeRole/required", keyword: "required", params: { missingProperty: "roleArn" }, message: "must have required property 'roleArn'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "roleArn" || key1 === "maxSessionSeconds")) {
                const err9 = { instancePath: instancePath + "/assumeRole", schemaPath: "#/properties/assumeRole/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.roleArn !== void 0) {
              if (!validate39(data3.roleArn, { instancePath: instancePath + "/assumeRole/roleArn", parentData: data3, parentDataProperty: "roleArn", rootData })) {
                vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                errors = vErrors.length;
              }
            }
            if (data3.maxSessionSeconds !== void 0) {
              let data5 = data3.maxSessionSeconds;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err10 = { instancePath: instancePath + "/assumeRole/maxSessionSeconds", schemaPath: "#/properties/assumeRole/properties/maxSessionSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 > 43200 || isNaN(data5)) {
                  const err11 = { instancePath: instancePath + "/assumeRole/maxSessionSeconds", schemaPath: "#/properties/assumeRole/properties/maxSessionSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data5 < 900 || isNaN(data5)) {
                  const err12 = { instancePath: instancePath + "/assumeRole/maxSessionSeconds", schemaPath: "#/properties/assumeRole/properties/maxSessionSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 900 }, message: "must be >= 900" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/assumeRole", schemaPath: "#/properties/assumeRole/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      validate28.errors = vErrors;
      return errors === 0;
    }
    __name(validate28, "validate28");
    var pattern16 = new RegExp("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", "u");
    var pattern17 = new RegExp("^(?:roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{1,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{1,64})$", "u");
    function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.project === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.roles === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property 'roles'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "project" || key0 === "roles")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.project !== void 0) {
          let data0 = data.project;
          if (typeof data0 === "string") {
            if (func3(data0) > 30) {
              const err3 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (!pattern16.test(data0)) {
              const err4 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{4,28}[a-z0-9]$" }, message: 'must match pattern "^[a-z][a-z0-9-]{4,28}[a-z0-9]$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.roles !== void 0) {
          let data1 = data.roles;
          if (Array.isArray(data1)) {
            if (data1.length > 30) {
              const err6 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/maxItems", keyword: "maxItems", params: { limit: 30 }, message: "must NOT have more than 30 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err7 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (typeof data2 === "string") {
                if (func3(data2) > 128) {
                  const err8 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                if (!pattern17.test(data2)) {
                  const err9 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/pattern", keyword: "pattern", params: { pattern: "^(?:roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{1,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{1,64})$" }, message: 'must match pattern "^(?:roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{1,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{1,64})$"' };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/roles/" + i0, schemaPath: "#/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data1[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err11 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      validate42.errors = vErrors;
      return errors === 0;
    }
    __name(validate42, "validate42");
    function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = false;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.aws === void 0) {
          const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "aws" }, message: "must have required property 'aws'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs3 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.gcp === void 0) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "gcp" }, message: "must have required property 'gcp'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
      }
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.description === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.maxDuration === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "description" || key0 === "maxDuration" || key0 === "aws" || key0 === "gcp")) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data0 = data.description;
          if (typeof data0 === "string") {
            if (func3(data0) > 500) {
              const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (func3(data0) < 1) {
              const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.maxDuration !== void 0) {
          if (!validate26(data.maxDuration, { instancePath: instancePath + "/maxDuration", parentData: data, parentDataProperty: "maxDuration", rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
        if (data.aws !== void 0) {
          let data2 = data.aws;
          if (Array.isArray(data2)) {
            if (data2.length > 100) {
              const err9 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate28(data2[i0], { instancePath: instancePath + "/aws/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.gcp !== void 0) {
          let data4 = data.gcp;
          if (Array.isArray(data4)) {
            if (data4.length > 200) {
              const err11 = { instancePath: instancePath + "/gcp", schemaPath: "#/properties/gcp/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate42(data4[i1], { instancePath: instancePath + "/gcp/" + i1, parentData: data4, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/gcp", schemaPath: "#/properties/gcp/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      validate25.errors = vErrors;
      return errors === 0;
    }
    __name(validate25, "validate25");
    function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 39) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 39 }, message: "must NOT have more than 39 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern0.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate47.errors = vErrors;
      return errors === 0;
    }
    __name(validate47, "validate47");
    function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 1) {
          const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (Object.keys(data).length < 1) {
          const err1 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "user" || key0 === "group" || key0 === "onCall" || key0 === "manager")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.user !== void 0) {
          if (!validate47(data.user, { instancePath: instancePath + "/user", parentData: data, parentDataProperty: "user", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
        if (data.group !== void 0) {
          if (!validate23(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.onCall !== void 0) {
          if (!validate23(data.onCall, { instancePath: instancePath + "/onCall", parentData: data, parentDataProperty: "onCall", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.manager !== void 0) {
          if (true !== data.manager) {
            const err3 = { instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      validate52.errors = vErrors;
      return errors === 0;
    }
    __name(validate52, "validate52");
    var func0 = require_equal().default;
    function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.who === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "who" }, message: "must have required property 'who'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.bundles === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bundles" }, message: "must have required property 'bundles'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.approval === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property 'approval'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.maxDuration === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxDuration" }, message: "must have required property 'maxDuration'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "id" || key0 === "description" || key0 === "who" || key0 === "bundles" || key0 === "approval" || key0 === "maxDuration" || key0 === "incident" || key0 === "maxExtensions")) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          if (!validate23(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.description !== void 0) {
          let data1 = data.description;
          if (typeof data1 === "string") {
            if (func3(data1) > 500) {
              const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.who !== void 0) {
          let data2 = data.who;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (Object.keys(data2).length < 1) {
              const err8 = { instancePath: instancePath + "/who", schemaPath: "#/properties/who/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "users" || key1 === "groups" || key1 === "onCall")) {
                const err9 = { instancePath: instancePath + "/who", schemaPath: "#/properties/who/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.users !== void 0) {
              let data3 = data2.users;
              if (Array.isArray(data3)) {
                if (data3.length > 500) {
                  const err10 = { instancePath: instancePath + "/who/users", schemaPath: "#/properties/who/properties/users/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                if (data3.length < 1) {
                  const err11 = { instancePath: instancePath + "/who/users", schemaPath: "#/properties/who/properties/users/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (!validate47(data3[i0], { instancePath: instancePath + "/who/users/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                    errors = vErrors.length;
                  }
                }
                let i1 = data3.length;
                let j0;
                if (i1 > 1) {
                  outer0: for (; i1--; ) {
                    for (j0 = i1; j0--; ) {
                      if (func0(data3[i1], data3[j0])) {
                        const err12 = { instancePath: instancePath + "/who/users", schemaPath: "#/properties/who/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/who/users", schemaPath: "#/properties/who/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data2.groups !== void 0) {
              let data5 = data2.groups;
              if (Array.isArray(data5)) {
                if (data5.length > 50) {
                  const err14 = { instancePath: instancePath + "/who/groups", schemaPath: "#/properties/who/properties/groups/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data5.length < 1) {
                  const err15 = { instancePath: instancePath + "/who/groups", schemaPath: "#/properties/who/properties/groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                const len1 = data5.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  if (!validate23(data5[i2], { instancePath: instancePath + "/who/groups/" + i2, parentData: data5, parentDataProperty: i2, rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                }
                let i3 = data5.length;
                let j1;
                if (i3 > 1) {
                  outer1: for (; i3--; ) {
                    for (j1 = i3; j1--; ) {
                      if (func0(data5[i3], data5[j1])) {
                        const err16 = { instancePath: instancePath + "/who/groups", schemaPath: "#/properties/who/properties/groups/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                        break outer1;
                      }
                    }
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/who/groups", schemaPath: "#/properties/who/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data2.onCall !== void 0) {
              let data7 = data2.onCall;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.schedule === void 0) {
                  const err18 = { instancePath: instancePath + "/who/onCall", schemaPath: "#/properties/who/properties/onCall/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                for (const key2 in data7) {
                  if (!(key2 === "schedule" || key2 === "maxLevel")) {
                    const err19 = { instancePath: instancePath + "/who/onCall", schemaPath: "#/properties/who/properties/onCall/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data7.schedule !== void 0) {
                  if (!validate23(data7.schedule, { instancePath: instancePath + "/who/onCall/schedule", parentData: data7, parentDataProperty: "schedule", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                }
                if (data7.maxLevel !== void 0) {
                  let data9 = data7.maxLevel;
                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                    const err20 = { instancePath: instancePath + "/who/onCall/maxLevel", schemaPath: "#/properties/who/properties/onCall/properties/maxLevel/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  if (typeof data9 == "number" && isFinite(data9)) {
                    if (data9 > 10 || isNaN(data9)) {
                      const err21 = { instancePath: instancePath + "/who/onCall/maxLevel", schemaPath: "#/properties/who/properties/onCall/properties/maxLevel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data9 < 1 || isNaN(data9)) {
                      const err22 = { instancePath: instancePath + "/who/onCall/maxLevel", schemaPath: "#/properties/who/properties/onCall/properties/maxLevel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/who/onCall", schemaPath: "#/properties/who/properties/onCall/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/who", schemaPath: "#/properties/who/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.bundles !== void 0) {
          let data10 = data.bundles;
          if (Array.isArray(data10)) {
            if (data10.length > 200) {
              const err25 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data10.length < 1) {
              const err26 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              if (!validate23(data10[i4], { instancePath: instancePath + "/bundles/" + i4, parentData: data10, parentDataProperty: i4, rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
            }
            let i5 = data10.length;
            let j2;
            if (i5 > 1) {
              outer2: for (; i5--; ) {
                for (j2 = i5; j2--; ) {
                  if (func0(data10[i5], data10[j2])) {
                    const err27 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                    break outer2;
                  }
                }
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.approval !== void 0) {
          let data12 = data.approval;
          const _errs24 = errors;
          let valid12 = false;
          let passing0 = null;
          const _errs25 = errors;
          if ("auto" !== data12) {
            const err29 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/oneOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          var _valid0 = _errs25 === errors;
          if (_valid0) {
            valid12 = true;
            passing0 = 0;
          }
          const _errs26 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.reviewers === void 0) {
              const err30 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/oneOf/1/required", keyword: "required", params: { missingProperty: "reviewers" }, message: "must have required property 'reviewers'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "reviewers")) {
                const err31 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data12.reviewers !== void 0) {
              let data13 = data12.reviewers;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.count === void 0) {
                  const err32 = { instancePath: instancePath + "/approval/reviewers", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data13.from === void 0) {
                  const err33 = { instancePath: instancePath + "/approval/reviewers", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                for (const key4 in data13) {
                  if (!(key4 === "count" || key4 === "from")) {
                    const err34 = { instancePath: instancePath + "/approval/reviewers", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data13.count !== void 0) {
                  let data14 = data13.count;
                  if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                    const err35 = { instancePath: instancePath + "/approval/reviewers/count", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 > 6 || isNaN(data14)) {
                      const err36 = { instancePath: instancePath + "/approval/reviewers/count", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6 }, message: "must be <= 6" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (data14 < 1 || isNaN(data14)) {
                      const err37 = { instancePath: instancePath + "/approval/reviewers/count", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                }
                if (data13.from !== void 0) {
                  let data15 = data13.from;
                  if (Array.isArray(data15)) {
                    if (data15.length > 20) {
                      const err38 = { instancePath: instancePath + "/approval/reviewers/from", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/from/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                    if (data15.length < 1) {
                      const err39 = { instancePath: instancePath + "/approval/reviewers/from", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/from/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    const len3 = data15.length;
                    for (let i6 = 0; i6 < len3; i6++) {
                      if (!validate52(data15[i6], { instancePath: instancePath + "/approval/reviewers/from/" + i6, parentData: data15, parentDataProperty: i6, rootData })) {
                        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/approval/reviewers/from", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/properties/from/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/approval/reviewers", schemaPath: "#/properties/approval/oneOf/1/properties/reviewers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid12 = true;
              passing0 = 1;
            }
          }
          if (!valid12) {
            const err43 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          } else {
            errors = _errs24;
            if (vErrors !== null) {
              if (_errs24) {
                vErrors.length = _errs24;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.maxDuration !== void 0) {
          if (!validate26(data.maxDuration, { instancePath: instancePath + "/maxDuration", parentData: data, parentDataProperty: "maxDuration", rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
        if (data.incident !== void 0) {
          let data18 = data.incident;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.required === void 0) {
              const err44 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key5 in data18) {
              if (!(key5 === "required" || key5 === "pattern")) {
                const err45 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data18.required !== void 0) {
              if (typeof data18.required !== "boolean") {
                const err46 = { instancePath: instancePath + "/incident/required", schemaPath: "#/properties/incident/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.pattern !== void 0) {
              let data20 = data18.pattern;
              if (typeof data20 === "string") {
                if (func3(data20) > 200) {
                  const err47 = { instancePath: instancePath + "/incident/pattern", schemaPath: "#/properties/incident/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (func3(data20) < 2) {
                  const err48 = { instancePath: instancePath + "/incident/pattern", schemaPath: "#/properties/incident/properties/pattern/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/incident/pattern", schemaPath: "#/properties/incident/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/incident", schemaPath: "#/properties/incident/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data.maxExtensions !== void 0) {
          let data21 = data.maxExtensions;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err51 = { instancePath: instancePath + "/maxExtensions", schemaPath: "#/properties/maxExtensions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 10 || isNaN(data21)) {
              const err52 = { instancePath: instancePath + "/maxExtensions", schemaPath: "#/properties/maxExtensions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21 < 0 || isNaN(data21)) {
              const err53 = { instancePath: instancePath + "/maxExtensions", schemaPath: "#/properties/maxExtensions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
      } else {
        const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      validate45.errors = vErrors;
      return errors === 0;
    }
    __name(validate45, "validate45");
    var pattern19 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:(?:role|user)/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$", "u");
    function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 256) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern19.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:(?:role|user)/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:(?:role|user)/(?:[A-Za-z0-9+=,.@_-]{1,64}/){0,8}[A-Za-z0-9+=,.@_-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate61.errors = vErrors;
      return errors === 0;
    }
    __name(validate61, "validate61");
    var pattern20 = new RegExp("^(?:user|serviceAccount):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$", "u");
    var pattern21 = new RegExp("^P[A-Z0-9]{1,19}$", "u");
    var pattern22 = new RegExp("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,189}$", "u");
    function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "githubId" || key0 === "aws" || key0 === "gcp" || key0 === "pagerduty" || key0 === "opsgenie" || key0 === "manager")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.githubId !== void 0) {
          let data0 = data.githubId;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err1 = { instancePath: instancePath + "/githubId", schemaPath: "#/properties/githubId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 9007199254740991 || isNaN(data0)) {
              const err2 = { instancePath: instancePath + "/githubId", schemaPath: "#/properties/githubId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data0 < 1 || isNaN(data0)) {
              const err3 = { instancePath: instancePath + "/githubId", schemaPath: "#/properties/githubId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        }
        if (data.aws !== void 0) {
          let data1 = data.aws;
          if (Array.isArray(data1)) {
            if (data1.length > 100) {
              const err4 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate61(data1[i0], { instancePath: instancePath + "/aws/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data1[i1], data1[j0])) {
                    const err5 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.gcp !== void 0) {
          let data3 = data.gcp;
          if (typeof data3 === "string") {
            if (func3(data3) > 320) {
              const err7 = { instancePath: instancePath + "/gcp", schemaPath: "#/properties/gcp/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern20.test(data3)) {
              const err8 = { instancePath: instancePath + "/gcp", schemaPath: "#/properties/gcp/pattern", keyword: "pattern", params: { pattern: "^(?:user|serviceAccount):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$" }, message: 'must match pattern "^(?:user|serviceAccount):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/gcp", schemaPath: "#/properties/gcp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.pagerduty !== void 0) {
          let data4 = data.pagerduty;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length < 1) {
              const err10 = { instancePath: instancePath + "/pagerduty", schemaPath: "#/properties/pagerduty/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "userId" || key1 === "email")) {
                const err11 = { instancePath: instancePath + "/pagerduty", schemaPath: "#/properties/pagerduty/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data4.userId !== void 0) {
              let data5 = data4.userId;
              if (typeof data5 === "string") {
                if (func3(data5) > 20) {
                  const err12 = { instancePath: instancePath + "/pagerduty/userId", schemaPath: "#/properties/pagerduty/properties/userId/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (!pattern21.test(data5)) {
                  const err13 = { instancePath: instancePath + "/pagerduty/userId", schemaPath: "#/properties/pagerduty/properties/userId/pattern", keyword: "pattern", params: { pattern: "^P[A-Z0-9]{1,19}$" }, message: 'must match pattern "^P[A-Z0-9]{1,19}$"' };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/pagerduty/userId", schemaPath: "#/properties/pagerduty/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.email !== void 0) {
              let data6 = data4.email;
              if (typeof data6 === "string") {
                if (func3(data6) > 254) {
                  const err15 = { instancePath: instancePath + "/pagerduty/email", schemaPath: "#/properties/pagerduty/properties/email/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (!pattern22.test(data6)) {
                  const err16 = { instancePath: instancePath + "/pagerduty/email", schemaPath: "#/properties/pagerduty/properties/email/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,189}$" }, message: 'must match pattern "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,189}$"' };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/pagerduty/email", schemaPath: "#/properties/pagerduty/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/pagerduty", schemaPath: "#/properties/pagerduty/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.opsgenie !== void 0) {
          let data7 = data.opsgenie;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.username === void 0) {
              const err19 = { instancePath: instancePath + "/opsgenie", schemaPath: "#/properties/opsgenie/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "username")) {
                const err20 = { instancePath: instancePath + "/opsgenie", schemaPath: "#/properties/opsgenie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data7.username !== void 0) {
              let data8 = data7.username;
              if (typeof data8 === "string") {
                if (func3(data8) > 254) {
                  const err21 = { instancePath: instancePath + "/opsgenie/username", schemaPath: "#/properties/opsgenie/properties/username/maxLength", keyword: "maxLength", params: { limit: 254 }, message: "must NOT have more than 254 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (!pattern22.test(data8)) {
                  const err22 = { instancePath: instancePath + "/opsgenie/username", schemaPath: "#/properties/opsgenie/properties/username/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,189}$" }, message: 'must match pattern "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,189}$"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/opsgenie/username", schemaPath: "#/properties/opsgenie/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/opsgenie", schemaPath: "#/properties/opsgenie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.manager !== void 0) {
          if (!validate47(data.manager, { instancePath: instancePath + "/manager", parentData: data, parentDataProperty: "manager", rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      validate60.errors = vErrors;
      return errors === 0;
    }
    __name(validate60, "validate60");
    var schema24 = { "type": "object", "required": ["provider"], "properties": { "provider": { "enum": ["roster", "pagerduty", "opsgenie"] } }, "if": { "properties": { "provider": { "const": "roster" } } }, "then": { "additionalProperties": false, "required": ["provider", "layers"], "properties": { "provider": { "const": "roster" }, "description": { "type": "string", "maxLength": 500 }, "layers": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "object", "additionalProperties": false, "required": ["level", "start", "shift", "members"], "properties": { "level": { "type": "integer", "minimum": 1, "maximum": 10 }, "start": { "$ref": "#/definitions/utc" }, "shift": { "$ref": "#/definitions/duration" }, "members": { "type": "array", "minItems": 1, "maxItems": 200, "items": { "$ref": "#/definitions/login" } } } } }, "overrides": { "type": "array", "maxItems": 500, "items": { "type": "object", "additionalProperties": false, "required": ["user", "start", "end"], "properties": { "level": { "type": "integer", "minimum": 1, "maximum": 10 }, "user": { "$ref": "#/definitions/login" }, "start": { "$ref": "#/definitions/utc" }, "end": { "$ref": "#/definitions/utc" } } } } } }, "else": { "additionalProperties": false, "required": ["provider", "scheduleId"], "properties": { "provider": { "enum": ["pagerduty", "opsgenie"] }, "description": { "type": "string", "maxLength": 500 }, "scheduleId": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9._-]{1,100}$" } } } };
    function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data === "string") {
        if (func3(data) > 20) {
          const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 20 }, message: "must NOT have more than 20 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (!pattern5.test(data)) {
          const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?Z$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      validate69.errors = vErrors;
      return errors === 0;
    }
    __name(validate69, "validate69");
    var pattern25 = new RegExp("^[A-Za-z0-9._-]{1,100}$", "u");
    function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = true;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.provider !== void 0) {
          if ("roster" !== data.provider) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
      }
      var _valid0 = _errs2 === errors;
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.provider === void 0) {
            const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (data.layers === void 0) {
            const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          for (const key0 in data) {
            if (!(key0 === "provider" || key0 === "description" || key0 === "layers" || key0 === "overrides")) {
              const err3 = { instancePath, schemaPath: "#/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          if (data.provider !== void 0) {
            if ("roster" !== data.provider) {
              const err4 = { instancePath: instancePath + "/provider", schemaPath: "#/then/properties/provider/const", keyword: "const", params: { allowedValue: "roster" }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            let data2 = data.description;
            if (typeof data2 === "string") {
              if (func3(data2) > 500) {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/then/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/description", schemaPath: "#/then/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data.layers !== void 0) {
            let data3 = data.layers;
            if (Array.isArray(data3)) {
              if (data3.length > 10) {
                const err7 = { instancePath: instancePath + "/layers", schemaPath: "#/then/properties/layers/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (data3.length < 1) {
                const err8 = { instancePath: instancePath + "/layers", schemaPath: "#/then/properties/layers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              const len0 = data3.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  if (data4.level === void 0) {
                    const err9 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                  if (data4.start === void 0) {
                    const err10 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                  if (data4.shift === void 0) {
                    const err11 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/required", keyword: "required", params: { missingProperty: "shift" }, message: "must have required property 'shift'" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                  if (data4.members === void 0) {
                    const err12 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  for (const key1 in data4) {
                    if (!(key1 === "level" || key1 === "start" || key1 === "shift" || key1 === "members")) {
                      const err13 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  if (data4.level !== void 0) {
                    let data5 = data4.level;
                    if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                      const err14 = { instancePath: instancePath + "/layers/" + i0 + "/level", schemaPath: "#/then/properties/layers/items/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                    if (typeof data5 == "number" && isFinite(data5)) {
                      if (data5 > 10 || isNaN(data5)) {
                        const err15 = { instancePath: instancePath + "/layers/" + i0 + "/level", schemaPath: "#/then/properties/layers/items/properties/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                      if (data5 < 1 || isNaN(data5)) {
                        const err16 = { instancePath: instancePath + "/layers/" + i0 + "/level", schemaPath: "#/then/properties/layers/items/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data4.start !== void 0) {
                    if (!validate69(data4.start, { instancePath: instancePath + "/layers/" + i0 + "/start", parentData: data4, parentDataProperty: "start", rootData })) {
                      vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                      errors = vErrors.length;
                    }
                  }
                  if (data4.shift !== void 0) {
                    if (!validate26(data4.shift, { instancePath: instancePath + "/layers/" + i0 + "/shift", parentData: data4, parentDataProperty: "shift", rootData })) {
                      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                      errors = vErrors.length;
                    }
                  }
                  if (data4.members !== void 0) {
                    let data8 = data4.members;
                    if (Array.isArray(data8)) {
                      if (data8.length > 200) {
                        const err17 = { instancePath: instancePath + "/layers/" + i0 + "/members", schemaPath: "#/then/properties/layers/items/properties/members/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      if (data8.length < 1) {
                        const err18 = { instancePath: instancePath + "/layers/" + i0 + "/members", schemaPath: "#/then/properties/layers/items/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      const len1 = data8.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        if (!validate47(data8[i1], { instancePath: instancePath + "/layers/" + i0 + "/members/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
                          vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                          errors = vErrors.length;
                        }
                      }
                    } else {
                      const err19 = { instancePath: instancePath + "/layers/" + i0 + "/members", schemaPath: "#/then/properties/layers/items/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/then/properties/layers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            } else {
              const err21 = { instancePath: instancePath + "/layers", schemaPath: "#/then/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data.overrides !== void 0) {
            let data10 = data.overrides;
            if (Array.isArray(data10)) {
              if (data10.length > 500) {
                const err22 = { instancePath: instancePath + "/overrides", schemaPath: "#/then/properties/overrides/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              const len2 = data10.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data11 = data10[i2];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  if (data11.user === void 0) {
                    const err23 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/then/properties/overrides/items/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (data11.start === void 0) {
                    const err24 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/then/properties/overrides/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  if (data11.end === void 0) {
                    const err25 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/then/properties/overrides/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                  for (const key2 in data11) {
                    if (!(key2 === "level" || key2 === "user" || key2 === "start" || key2 === "end")) {
                      const err26 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/then/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (data11.level !== void 0) {
                    let data12 = data11.level;
                    if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                      const err27 = { instancePath: instancePath + "/overrides/" + i2 + "/level", schemaPath: "#/then/properties/overrides/items/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (typeof data12 == "number" && isFinite(data12)) {
                      if (data12 > 10 || isNaN(data12)) {
                        const err28 = { instancePath: instancePath + "/overrides/" + i2 + "/level", schemaPath: "#/then/properties/overrides/items/properties/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                      if (data12 < 1 || isNaN(data12)) {
                        const err29 = { instancePath: instancePath + "/overrides/" + i2 + "/level", schemaPath: "#/then/properties/overrides/items/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data11.user !== void 0) {
                    if (!validate47(data11.user, { instancePath: instancePath + "/overrides/" + i2 + "/user", parentData: data11, parentDataProperty: "user", rootData })) {
                      vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                      errors = vErrors.length;
                    }
                  }
                  if (data11.start !== void 0) {
                    if (!validate69(data11.start, { instancePath: instancePath + "/overrides/" + i2 + "/start", parentData: data11, parentDataProperty: "start", rootData })) {
                      vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                      errors = vErrors.length;
                    }
                  }
                  if (data11.end !== void 0) {
                    if (!validate69(data11.end, { instancePath: instancePath + "/overrides/" + i2 + "/end", parentData: data11, parentDataProperty: "end", rootData })) {
                      vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/then/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/overrides", schemaPath: "#/then/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs4 === errors;
        valid0 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs31 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.provider === void 0) {
            const err32 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (data.scheduleId === void 0) {
            const err33 = { instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "scheduleId" }, message: "must have required property 'scheduleId'" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          for (const key3 in data) {
            if (!(key3 === "provider" || key3 === "description" || key3 === "scheduleId")) {
              const err34 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data.provider !== void 0) {
            let data16 = data.provider;
            if (!(data16 === "pagerduty" || data16 === "opsgenie")) {
              const err35 = { instancePath: instancePath + "/provider", schemaPath: "#/else/properties/provider/enum", keyword: "enum", params: { allowedValues: schema24.else.properties.provider.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            let data17 = data.description;
            if (typeof data17 === "string") {
              if (func3(data17) > 500) {
                const err36 = { instancePath: instancePath + "/description", schemaPath: "#/else/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            } else {
              const err37 = { instancePath: instancePath + "/description", schemaPath: "#/else/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
          if (data.scheduleId !== void 0) {
            let data18 = data.scheduleId;
            if (typeof data18 === "string") {
              if (func3(data18) > 100) {
                const err38 = { instancePath: instancePath + "/scheduleId", schemaPath: "#/else/properties/scheduleId/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (func3(data18) < 1) {
                const err39 = { instancePath: instancePath + "/scheduleId", schemaPath: "#/else/properties/scheduleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (!pattern25.test(data18)) {
                const err40 = { instancePath: instancePath + "/scheduleId", schemaPath: "#/else/properties/scheduleId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9._-]{1,100}$"' };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            } else {
              const err41 = { instancePath: instancePath + "/scheduleId", schemaPath: "#/else/properties/scheduleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs31 === errors;
        valid0 = _valid0;
        ifClause0 = "else";
      }
      if (!valid0) {
        const err42 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.provider === void 0) {
          const err43 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data.provider !== void 0) {
          let data19 = data.provider;
          if (!(data19 === "roster" || data19 === "pagerduty" || data19 === "opsgenie")) {
            const err44 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema24.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      validate68.errors = vErrors;
      return errors === 0;
    }
    __name(validate68, "validate68");
    function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "review" || key0 === "overuse" || key0 === "staleRequestHours" || key0 === "lateRevokeMinutes" || key0 === "blockAutoMergeWhenUnverified" || key0 === "clockSkewSeconds")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.review !== void 0) {
          let data0 = data.review;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              if (!(key1 === "dueHours" || key1 === "blockOnOverdue")) {
                const err1 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data0.dueHours !== void 0) {
              let data1 = data0.dueHours;
              if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                const err2 = { instancePath: instancePath + "/review/dueHours", schemaPath: "#/properties/review/properties/dueHours/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              if (typeof data1 == "number" && isFinite(data1)) {
                if (data1 > 720 || isNaN(data1)) {
                  const err3 = { instancePath: instancePath + "/review/dueHours", schemaPath: "#/properties/review/properties/dueHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 720 }, message: "must be <= 720" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data1 < 1 || isNaN(data1)) {
                  const err4 = { instancePath: instancePath + "/review/dueHours", schemaPath: "#/properties/review/properties/dueHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
            }
            if (data0.blockOnOverdue !== void 0) {
              if (typeof data0.blockOnOverdue !== "boolean") {
                const err5 = { instancePath: instancePath + "/review/blockOnOverdue", schemaPath: "#/properties/review/properties/blockOnOverdue/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.overuse !== void 0) {
          let data3 = data.overuse;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(key2 === "maxGrants" || key2 === "windowDays")) {
                const err7 = { instancePath: instancePath + "/overuse", schemaPath: "#/properties/overuse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.maxGrants !== void 0) {
              let data4 = data3.maxGrants;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                const err8 = { instancePath: instancePath + "/overuse/maxGrants", schemaPath: "#/properties/overuse/properties/maxGrants/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 > 1e3 || isNaN(data4)) {
                  const err9 = { instancePath: instancePath + "/overuse/maxGrants", schemaPath: "#/properties/overuse/properties/maxGrants/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data4 < 1 || isNaN(data4)) {
                  const err10 = { instancePath: instancePath + "/overuse/maxGrants", schemaPath: "#/properties/overuse/properties/maxGrants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            }
            if (data3.windowDays !== void 0) {
              let data5 = data3.windowDays;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err11 = { instancePath: instancePath + "/overuse/windowDays", schemaPath: "#/properties/overuse/properties/windowDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 > 365 || isNaN(data5)) {
                  const err12 = { instancePath: instancePath + "/overuse/windowDays", schemaPath: "#/properties/overuse/properties/windowDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data5 < 1 || isNaN(data5)) {
                  const err13 = { instancePath: instancePath + "/overuse/windowDays", schemaPath: "#/properties/overuse/properties/windowDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/overuse", schemaPath: "#/properties/overuse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.staleRequestHours !== void 0) {
          let data6 = data.staleRequestHours;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err15 = { instancePath: instancePath + "/staleRequestHours", schemaPath: "#/properties/staleRequestHours/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 720 || isNaN(data6)) {
              const err16 = { instancePath: instancePath + "/staleRequestHours", schemaPath: "#/properties/staleRequestHours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 720 }, message: "must be <= 720" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err17 = { instancePath: instancePath + "/staleRequestHours", schemaPath: "#/properties/staleRequestHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data.lateRevokeMinutes !== void 0) {
          let data7 = data.lateRevokeMinutes;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err18 = { instancePath: instancePath + "/lateRevokeMinutes", schemaPath: "#/properties/lateRevokeMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 10080 || isNaN(data7)) {
              const err19 = { instancePath: instancePath + "/lateRevokeMinutes", schemaPath: "#/properties/lateRevokeMinutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10080 }, message: "must be <= 10080" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err20 = { instancePath: instancePath + "/lateRevokeMinutes", schemaPath: "#/properties/lateRevokeMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data.blockAutoMergeWhenUnverified !== void 0) {
          if (typeof data.blockAutoMergeWhenUnverified !== "boolean") {
            const err21 = { instancePath: instancePath + "/blockAutoMergeWhenUnverified", schemaPath: "#/properties/blockAutoMergeWhenUnverified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.clockSkewSeconds !== void 0) {
          let data9 = data.clockSkewSeconds;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err22 = { instancePath: instancePath + "/clockSkewSeconds", schemaPath: "#/properties/clockSkewSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 3600 || isNaN(data9)) {
              const err23 = { instancePath: instancePath + "/clockSkewSeconds", schemaPath: "#/properties/clockSkewSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err24 = { instancePath: instancePath + "/clockSkewSeconds", schemaPath: "#/properties/clockSkewSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
        }
      } else {
        const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      validate77.errors = vErrors;
      return errors === 0;
    }
    __name(validate77, "validate77");
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length < 1) {
          const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "bundles" || key0 === "rules" || key0 === "identities" || key0 === "groups" || key0 === "schedules" || key0 === "settings")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.bundles !== void 0) {
          let data0 = data.bundles;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (Object.keys(data0).length > 500) {
              const err2 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/maxProperties", keyword: "maxProperties", params: { limit: 500 }, message: "must NOT have more than 500 properties" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key1 in data0) {
              const _errs4 = errors;
              if (!validate23(key1, { instancePath: instancePath + "/bundles", parentData: data0, parentDataProperty: "bundles", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                const err3 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            for (const key2 in data0) {
              if (!validate25(data0[key2], { instancePath: instancePath + "/bundles/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData })) {
                vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err4 = { instancePath: instancePath + "/bundles", schemaPath: "#/properties/bundles/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data2 = data.rules;
          if (Array.isArray(data2)) {
            if (data2.length > 200) {
              const err5 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate45(data2[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.identities !== void 0) {
          let data4 = data.identities;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (Object.keys(data4).length > 5e3) {
              const err7 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/maxProperties", keyword: "maxProperties", params: { limit: 5e3 }, message: "must NOT have more than 5000 properties" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key3 in data4) {
              const _errs12 = errors;
              if (!validate47(key3, { instancePath: instancePath + "/identities", parentData: data4, parentDataProperty: "identities", rootData })) {
                vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                errors = vErrors.length;
              }
              var valid5 = _errs12 === errors;
              if (!valid5) {
                const err8 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            for (const key4 in data4) {
              if (!validate60(data4[key4], { instancePath: instancePath + "/identities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key4, rootData })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/identities", schemaPath: "#/properties/identities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.groups !== void 0) {
          let data6 = data.groups;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (Object.keys(data6).length > 500) {
              const err10 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/maxProperties", keyword: "maxProperties", params: { limit: 500 }, message: "must NOT have more than 500 properties" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key5 in data6) {
              const _errs17 = errors;
              if (!validate23(key5, { instancePath: instancePath + "/groups", parentData: data6, parentDataProperty: "groups", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid7 = _errs17 === errors;
              if (!valid7) {
                const err11 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            for (const key6 in data6) {
              let data7 = data6[key6];
              if (Array.isArray(data7)) {
                if (data7.length > 1e3) {
                  const err12 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (!validate47(data7[i1], { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, parentData: data7, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
                    errors = vErrors.length;
                  }
                }
                let i2 = data7.length;
                let j0;
                if (i2 > 1) {
                  outer0: for (; i2--; ) {
                    for (j0 = i2; j0--; ) {
                      if (func0(data7[i2], data7[j0])) {
                        const err13 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/groups/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/groups/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.schedules !== void 0) {
          let data9 = data.schedules;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (Object.keys(data9).length > 200) {
              const err16 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/maxProperties", keyword: "maxProperties", params: { limit: 200 }, message: "must NOT have more than 200 properties" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key7 in data9) {
              const _errs24 = errors;
              if (!validate23(key7, { instancePath: instancePath + "/schedules", parentData: data9, parentDataProperty: "schedules", rootData })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid12 = _errs24 === errors;
              if (!valid12) {
                const err17 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key8 in data9) {
              if (!validate68(data9[key8], { instancePath: instancePath + "/schedules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key8, rootData })) {
                vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.settings !== void 0) {
          if (!validate77(data.settings, { instancePath: instancePath + "/settings", parentData: data, parentDataProperty: "settings", rootData })) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      validate22.errors = vErrors;
      return errors === 0;
    }
    __name(validate22, "validate22");
  }
});

// action/src/yaml/ajv-options.ts
var init_ajv_options = __esm({
  "action/src/yaml/ajv-options.ts"() {
    "use strict";
  }
});

// action/src/yaml/schema-check.ts
function checkSchema(name, value, file, locate) {
  const validate2 = import_schema_validators.default[name];
  if (validate2(value)) return [];
  return simplify(validate2.errors ?? []).map((e) => {
    const path = pointerToPath(e.instancePath);
    const missing = e.keyword === "required" ? String(e.params.missingProperty) : void 0;
    const extra = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : void 0;
    const fieldPath = extra !== void 0 ? [...path, extra] : missing !== void 0 ? [...path, missing] : path;
    const loc = locate(extra !== void 0 ? [...path, extra] : path) ?? locate([]);
    const at = { file, field: dotted(fieldPath) || "(file)" };
    if (loc) Object.assign(at, loc);
    return error(`schema/${e.keyword}`, messageFor(e, valueAt(value, path), missing, extra), at);
  });
}
function simplify(errors) {
  const meaningful = errors.filter((e) => !["if", "oneOf", "anyOf"].includes(e.keyword) || errors.length === 1);
  const seen = /* @__PURE__ */ new Set();
  return (meaningful.length > 0 ? meaningful : errors).filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function valueAt(value, path) {
  let v = value;
  for (const seg of path) v = v !== null && typeof v === "object" && Object.hasOwn(v, seg) ? v[seg] : void 0;
  return v;
}
function messageFor(e, data, missing, extra) {
  switch (e.keyword) {
    case "required":
      return `missing required field "${missing}"`;
    case "additionalProperties":
      return `unknown field "${extra}"`;
    case "pattern":
      return `value does not have the expected format (${describePattern(e)})`;
    case "type":
      return `must be ${e.params.type}${hintForType(e, data)}`;
    case "const":
      return `must be ${JSON.stringify(e.params.allowedValue)}`;
    case "enum":
      return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return e.message ?? "is invalid";
  }
}
function hintForType(e, data) {
  const want = e.params.type;
  if (want === "string" && typeof data === "number") return " (put the value in quotes so YAML keeps it text)";
  if (want === "string" && typeof data === "boolean") return " (YAML read a boolean; put the value in quotes)";
  return "";
}
function describePattern(e) {
  const field = e.instancePath.split("/").pop() ?? "";
  const known = {
    requester: "a GitHub login: letters, digits and single inner hyphens, at most 39 characters",
    duration: "like 30m, 2h, 1h30m or 1d",
    start: 'a quoted UTC time like "2026-11-22T18:00:00Z"',
    bundle: "lowercase letters, digits and hyphens",
    account: "a 12-digit AWS account id in quotes"
  };
  return known[field] ?? `must match ${e.params.pattern}`;
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function dotted(path) {
  return path.reduce((acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
}
var import_schema_validators;
var init_schema_check = __esm({
  "action/src/yaml/schema-check.ts"() {
    "use strict";
    init_finding();
    import_schema_validators = __toESM(require_schema_validators(), 1);
    init_ajv_options();
    __name(checkSchema, "checkSchema");
    __name(simplify, "simplify");
    __name(valueAt, "valueAt");
    __name(messageFor, "messageFor");
    __name(hintForType, "hintForType");
    __name(describePattern, "describePattern");
    __name(pointerToPath, "pointerToPath");
    __name(dotted, "dotted");
  }
});

// action/src/grant/grant.ts
function grantIdFromPath(path) {
  return GRANT_PATH.exec(path)?.[1];
}
function loadGrant(bytes, file) {
  const id = grantIdFromPath(file);
  if (id === void 0) {
    return {
      ok: false,
      findings: [error("grant/path", "a grant must be a file grants/<id>.yaml where id is 1-64 of a-z, 0-9 and inner hyphens", { file })]
    };
  }
  const read = readUntrustedYaml(bytes, file, GRANT_LIMITS);
  if (!read.ok) return read;
  const schemaFindings = checkSchema("grant", read.value, file, read.locate);
  if (schemaFindings.length > 0) return { ok: false, findings: schemaFindings };
  const raw = read.value;
  const findings = [];
  const at = /* @__PURE__ */ __name((field) => ({ file, field, ...read.locate([field]) ?? {} }), "at");
  const minutes2 = parseDuration(raw.duration);
  if (minutes2 === void 0) findings.push(error("grant/duration", "duration must be longer than zero", at("duration")));
  else if (minutes2 > MAX_GRANT_MINUTES) findings.push(error("grant/duration", "duration is over the 7-day ceiling", at("duration")));
  if (typeof raw.start === "string" && parseUtc(raw.start) === void 0) {
    findings.push(error("grant/start", `start "${raw.start}" is not a real UTC time`, at("start")));
  }
  if (raw.reason.trim().length < 15) findings.push(error("grant/reason", "reason must say why, in at least 15 characters", at("reason")));
  if (findings.length > 0) return { ok: false, findings };
  const grant = {
    id,
    file,
    requester: raw.requester,
    bundle: raw.bundle,
    duration: raw.duration,
    durationMinutes: minutes2,
    reason: raw.reason.normalize("NFC")
  };
  for (const k of ["incident", "ticket", "extends"]) if (typeof raw[k] === "string") grant[k] = raw[k];
  if (typeof raw.start === "string") grant.start = parseUtc(raw.start).toISOString().replace(/\.000Z$/, "Z");
  if (Array.isArray(raw.targets)) grant.targets = raw.targets;
  return { ok: true, loaded: { grant, locate: read.locate } };
}
var GRANT_PATH, GRANTS_DIR;
var init_grant = __esm({
  "action/src/grant/grant.ts"() {
    "use strict";
    init_finding();
    init_read_yaml();
    init_schema_check();
    init_untrusted_text();
    init_duration();
    GRANT_PATH = /^grants\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\.yaml$/;
    GRANTS_DIR = "grants";
    __name(grantIdFromPath, "grantIdFromPath");
    __name(loadGrant, "loadGrant");
  }
});

// action/src/policy/crossref.ts
function crossCheckPolicy(p, where) {
  const out = [];
  for (const b of p.bundles.values()) checkBundle(p, b.id, where, out);
  p.rules.forEach((r, i) => checkRule(p, r, i, where, out));
  const seenIds = /* @__PURE__ */ new Map();
  p.rules.forEach((r, i) => {
    if (seenIds.has(r.id)) out.push(error("policy/duplicate-id", `rule id "${r.id}" is used twice`, where("rules", i, "id")));
    seenIds.set(r.id, i);
  });
  checkDeadRules(p, where, out);
  for (const [login, id] of p.identities) {
    const accounts = /* @__PURE__ */ new Set();
    id.aws.forEach((arn, k) => {
      const account = arn.split(":")[4] ?? "";
      if (accounts.has(account)) out.push(error("policy/identity", `${login} has two AWS principals in account ${account}; one per account`, where("identities", id.login, "aws", k)));
      accounts.add(account);
    });
    if (id.manager && !p.identities.has(id.manager)) out.push(error("policy/unknown-identity", `manager "${id.manager}" has no identity`, where("identities", id.login, "manager")));
  }
  for (const [g, members] of p.groups) {
    members.forEach((m, k) => {
      if (!p.identities.has(m)) out.push(warning("policy/unknown-identity", `group member "${m}" has no identity, so no cloud principal`, where("groups", g, k)));
    });
  }
  for (const s of p.schedules.values()) {
    if (s.provider !== "roster") continue;
    s.layers.forEach(
      (l, k) => l.members.forEach((m, j) => {
        if (!p.identities.has(m)) out.push(error("policy/unknown-identity", `roster member "${m}" has no identity`, where("schedules", s.id, "layers", k, "members", j)));
      })
    );
    s.overrides.forEach((o, k) => {
      if (Date.parse(o.end) <= Date.parse(o.start)) out.push(error("policy/roster", "override ends before it starts", where("schedules", s.id, "overrides", k)));
      if (!p.identities.has(o.login)) out.push(error("policy/unknown-identity", `override user "${o.login}" has no identity`, where("schedules", s.id, "overrides", k, "user")));
    });
  }
  return out;
}
function checkBundle(p, id, where, out) {
  const b = p.bundles.get(id);
  if (b.maxDurationMinutes <= 0 || b.maxDurationMinutes > MAX_GRANT_MINUTES) out.push(error("policy/duration", "maxDuration must be between 1m and 7d", where("bundles", id, "maxDuration")));
  const accounts = /* @__PURE__ */ new Set();
  b.aws.forEach((t, k) => {
    if (accounts.has(t.account)) out.push(error("policy/bundle", `account ${t.account} is listed twice`, where("bundles", id, "aws", k, "account")));
    accounts.add(t.account);
    const roleAccount = t.assumeRole?.roleArn.split(":")[4];
    if (roleAccount !== void 0 && roleAccount !== t.account) out.push(error("policy/bundle", `assumeRole role is in account ${roleAccount}, not ${t.account}`, where("bundles", id, "aws", k, "assumeRole", "roleArn")));
  });
  const projects = /* @__PURE__ */ new Set();
  b.gcp.forEach((t, k) => {
    if (projects.has(t.project)) out.push(error("policy/bundle", `project ${t.project} is listed twice`, where("bundles", id, "gcp", k, "project")));
    projects.add(t.project);
  });
}
function checkRule(p, r, i, where, out) {
  r.bundles.forEach((b, k) => {
    if (!p.bundles.has(b)) out.push(error("policy/unknown-bundle", `unknown bundle "${b}"`, where("rules", i, "bundles", k)));
  });
  r.who.groups.forEach((g, k) => {
    if (!p.groups.has(g)) out.push(error("policy/unknown-group", `unknown group "${g}"`, where("rules", i, "who", "groups", k)));
  });
  r.who.users.forEach((u, k) => {
    if (!p.identities.has(u)) out.push(warning("policy/unknown-identity", `user "${u}" has no identity, so no cloud principal`, where("rules", i, "who", "users", k)));
  });
  if (r.who.onCall && !p.schedules.has(r.who.onCall.schedule)) out.push(error("policy/unknown-schedule", `unknown schedule "${r.who.onCall.schedule}"`, where("rules", i, "who", "onCall", "schedule")));
  if (r.approval === "auto" && (!r.who.onCall || r.who.users.length > 0 || r.who.groups.length > 0)) {
    out.push(error("policy/auto-needs-on-call", "approval: auto is only allowed when who is exactly an onCall schedule (a provider must confirm the requester on call)", where("rules", i, "approval")));
  }
  if (r.approval !== "auto") {
    r.approval.reviewers.from.forEach((s, k) => {
      if ("group" in s && !p.groups.has(s.group)) out.push(error("policy/unknown-group", `unknown group "${s.group}"`, where("rules", i, "approval", "reviewers", "from", k)));
      if ("onCall" in s && !p.schedules.has(s.onCall)) out.push(error("policy/unknown-schedule", `unknown schedule "${s.onCall}"`, where("rules", i, "approval", "reviewers", "from", k)));
      if ("user" in s && !p.identities.has(s.user)) out.push(warning("policy/unknown-identity", `reviewer "${s.user}" has no identity`, where("rules", i, "approval", "reviewers", "from", k)));
    });
  }
  if (r.maxDurationMinutes <= 0 || r.maxDurationMinutes > MAX_GRANT_MINUTES) out.push(error("policy/duration", "maxDuration must be between 1m and 7d", where("rules", i, "maxDuration")));
  if (r.incident.pattern !== void 0) {
    try {
      new RegExp(r.incident.pattern, "u");
    } catch (e) {
      out.push(error("policy/incident-pattern", `incident pattern is not a valid regular expression: ${String(e)}`, where("rules", i, "incident", "pattern")));
    }
  }
  if (r.approval === "auto") {
    const fallback = p.rules.slice(i + 1).some((later) => later.approval !== "auto" && r.bundles.every((b) => later.bundles.includes(b)));
    if (!fallback) out.push(warning("policy/no-fallback", "no later review rule covers these bundles: if the on-call provider is down, the request is rejected instead of going to review", where("rules", i, "id")));
  }
}
function checkDeadRules(p, where, out) {
  const members = /* @__PURE__ */ __name((r) => /* @__PURE__ */ new Set([...r.who.users, ...r.who.groups.flatMap((g) => p.groups.get(g) ?? [])]), "members");
  p.rules.forEach((r, i) => {
    if (r.who.onCall) return;
    const mine = members(r);
    for (const earlier of p.rules.slice(0, i)) {
      if (earlier.who.onCall) continue;
      const theirs = members(earlier);
      const coversPeople = [...mine].every((m) => theirs.has(m));
      const coversBundles = r.bundles.every((b) => earlier.bundles.includes(b));
      if (coversPeople && coversBundles) {
        out.push(error("policy/dead-rule", `rule "${r.id}" can never match: rule "${earlier.id}" comes first and covers all its requesters and bundles`, where("rules", i, "id")));
        return;
      }
    }
    if (mine.size === 0) out.push(error("policy/dead-rule", `rule "${r.id}" can never match: it names no requester`, where("rules", i, "who")));
  });
}
var init_crossref = __esm({
  "action/src/policy/crossref.ts"() {
    "use strict";
    init_finding();
    init_duration();
    __name(crossCheckPolicy, "crossCheckPolicy");
    __name(checkBundle, "checkBundle");
    __name(checkRule, "checkRule");
    __name(checkDeadRules, "checkDeadRules");
  }
});

// action/src/policy/model.ts
var DEFAULT_SETTINGS;
var init_model2 = __esm({
  "action/src/policy/model.ts"() {
    "use strict";
    DEFAULT_SETTINGS = {
      review: { dueHours: 24, blockOnOverdue: true },
      overuse: { maxGrants: 3, windowDays: 7 },
      staleRequestHours: 12,
      lateRevokeMinutes: 30,
      blockAutoMergeWhenUnverified: true,
      clockSkewSeconds: 300
    };
  }
});

// action/src/policy/load.ts
function loadPolicy(sources) {
  const findings = [];
  const declared = /* @__PURE__ */ new Map();
  const merged = { bundles: {}, rules: [], identities: {}, groups: {}, schedules: {}, settings: {} };
  const ruleOrigins = [];
  if (sources.length === 0) findings.push(error("policy/missing", "no policy files found in policies/"));
  for (const src of [...sources].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const read = readUntrustedYaml(src.bytes, src.path, POLICY_LIMITS);
    if (!read.ok) {
      findings.push(...read.findings);
      continue;
    }
    const schema = checkSchema("policy", read.value, src.path, read.locate);
    if (schema.length > 0) {
      findings.push(...schema);
      continue;
    }
    const value = read.value;
    for (const section of ["bundles", "identities", "groups", "schedules"]) {
      for (const [id, body] of Object.entries(value[section] ?? {})) {
        const key = `${section}/${section === "identities" ? id.toLowerCase() : id}`;
        const prior = declared.get(key);
        if (prior) {
          findings.push(error("policy/duplicate-id", `${section} "${id}" is also declared in ${prior.file}`, { file: src.path, field: `${section}.${id}`, ...read.locate([section, id]) ?? {} }));
          continue;
        }
        declared.set(key, { file: src.path, locate: read.locate });
        merged[section][id] = body;
      }
    }
    (value.rules ?? []).forEach((r, index) => {
      merged.rules.push(r);
      ruleOrigins.push({ file: src.path, index, locate: read.locate });
    });
    if (value.settings) {
      if (declared.has("settings")) findings.push(error("policy/duplicate-id", `settings are also declared in ${declared.get("settings").file}`, { file: src.path, field: "settings" }));
      declared.set("settings", { file: src.path, locate: read.locate });
      merged.settings = value.settings;
    }
  }
  if (hasErrors(findings)) return { ok: false, findings };
  const where = /* @__PURE__ */ __name((section, ...path) => {
    if (section === "rules") {
      const origin = ruleOrigins[path[0]];
      if (!origin) return {};
      const p2 = ["rules", origin.index, ...path.slice(1)];
      return { file: origin.file, field: fieldName(p2), ...origin.locate(p2) ?? {} };
    }
    const id = String(path[0] ?? "");
    const d = declared.get(section === "settings" ? "settings" : `${section}/${section === "identities" ? id.toLowerCase() : id}`);
    if (!d) return {};
    const p = [section, ...path];
    return { file: d.file, field: fieldName(p), ...d.locate(p) ?? {} };
  }, "where");
  const policy = toModel(merged);
  const cross = crossCheckPolicy(policy, where);
  findings.push(...cross);
  if (hasErrors(findings)) return { ok: false, findings };
  return { ok: true, loaded: { policy, where }, findings };
}
function fieldName(p) {
  return p.reduce((acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
}
function toModel(raw) {
  const bundles = /* @__PURE__ */ new Map();
  for (const [id, b] of Object.entries(raw.bundles)) {
    bundles.set(id, {
      id,
      description: b.description,
      maxDurationMinutes: parseDuration(b.maxDuration) ?? 0,
      aws: (b.aws ?? []).map((t) => ({ ...t })),
      gcp: (b.gcp ?? []).map((t) => ({ project: t.project, roles: [...t.roles] }))
    });
  }
  const rules = raw.rules.map((r) => ({
    id: r.id,
    description: r.description ?? "",
    who: {
      users: (r.who.users ?? []).map((u) => u.toLowerCase()),
      groups: r.who.groups ?? [],
      ...r.who.onCall ? { onCall: { schedule: r.who.onCall.schedule, maxLevel: r.who.onCall.maxLevel ?? 1 } } : {}
    },
    bundles: r.bundles,
    approval: r.approval === "auto" ? "auto" : { reviewers: { count: r.approval.reviewers.count, from: r.approval.reviewers.from.map(toSource) } },
    maxDurationMinutes: parseDuration(r.maxDuration) ?? 0,
    incident: { required: r.incident?.required ?? false, ...r.incident?.pattern ? { pattern: r.incident.pattern } : {} },
    maxExtensions: r.maxExtensions ?? 0
  }));
  const identities = /* @__PURE__ */ new Map();
  for (const [login, i] of Object.entries(raw.identities)) {
    const identity = { login, aws: i.aws ?? [] };
    if (i.githubId !== void 0) identity.githubId = i.githubId;
    if (i.gcp) identity.gcp = i.gcp;
    if (i.pagerduty) identity.pagerduty = { ...i.pagerduty };
    if (i.opsgenie) identity.opsgenie = { username: i.opsgenie.username };
    if (i.manager) identity.manager = String(i.manager).toLowerCase();
    identities.set(login.toLowerCase(), identity);
  }
  const groups2 = /* @__PURE__ */ new Map();
  for (const [id, members] of Object.entries(raw.groups)) groups2.set(id, members.map((m) => m.toLowerCase()));
  const schedules = /* @__PURE__ */ new Map();
  for (const [id, s] of Object.entries(raw.schedules)) {
    schedules.set(
      id,
      s.provider === "roster" ? {
        id,
        provider: "roster",
        layers: s.layers.map((l) => ({ level: l.level, start: l.start, shiftMinutes: parseDuration(l.shift) ?? 0, members: l.members.map((m) => m.toLowerCase()) })),
        overrides: (s.overrides ?? []).map((o) => ({ level: o.level ?? 1, login: o.user.toLowerCase(), start: o.start, end: o.end }))
      } : { id, provider: s.provider, scheduleId: s.scheduleId }
    );
  }
  const st = raw.settings;
  const settings = {
    review: { ...DEFAULT_SETTINGS.review, ...st.review ?? {} },
    overuse: { ...DEFAULT_SETTINGS.overuse, ...st.overuse ?? {} },
    staleRequestHours: st.staleRequestHours ?? DEFAULT_SETTINGS.staleRequestHours,
    lateRevokeMinutes: st.lateRevokeMinutes ?? DEFAULT_SETTINGS.lateRevokeMinutes,
    blockAutoMergeWhenUnverified: st.blockAutoMergeWhenUnverified ?? DEFAULT_SETTINGS.blockAutoMergeWhenUnverified,
    clockSkewSeconds: st.clockSkewSeconds ?? DEFAULT_SETTINGS.clockSkewSeconds
  };
  return { bundles, rules, identities, groups: groups2, schedules, settings };
}
function toSource(s) {
  if (s.user) return { user: String(s.user).toLowerCase() };
  if (s.group) return { group: s.group };
  if (s.onCall) return { onCall: s.onCall };
  return { manager: true };
}
var init_load = __esm({
  "action/src/policy/load.ts"() {
    "use strict";
    init_finding();
    init_duration();
    init_read_yaml();
    init_schema_check();
    init_untrusted_text();
    init_crossref();
    init_model2();
    __name(loadPolicy, "loadPolicy");
    __name(fieldName, "fieldName");
    __name(toModel, "toModel");
    __name(toSource, "toSource");
  }
});

// action/src/repo/load-all.ts
async function loadPolicies(repo) {
  const paths = await repo.list(POLICIES_DIR);
  const sources = await Promise.all(paths.map(async (path) => ({ path, bytes: await repo.read(path) })));
  const r = loadPolicy(sources);
  return r.ok ? { loaded: r.loaded, findings: r.findings } : { findings: r.findings };
}
async function loadGrantFile(repo, path) {
  let bytes;
  try {
    bytes = await repo.read(path);
  } catch {
    return { findings: [error("grant/missing", `cannot read ${path}`, { file: path })] };
  }
  const r = loadGrant(bytes, path);
  return r.ok ? { loaded: r.loaded, findings: [] } : { findings: r.findings };
}
async function listGrantPaths(repo) {
  return (await repo.list(GRANTS_DIR)).filter((p) => p.endsWith(".yaml"));
}
var POLICIES_DIR;
var init_load_all = __esm({
  "action/src/repo/load-all.ts"() {
    "use strict";
    init_finding();
    init_grant();
    init_load();
    POLICIES_DIR = "policies";
    __name(loadPolicies, "loadPolicies");
    __name(loadGrantFile, "loadGrantFile");
    __name(listGrantPaths, "listGrantPaths");
  }
});

// action/src/commands/validate.ts
async function validate(repo) {
  const policyFiles = (await repo.list("policies")).length;
  const { loaded: loaded2, findings } = await loadPolicies(repo);
  const grants = await listGrantPaths(repo);
  for (const path of grants) {
    const g = await loadGrantFile(repo, path);
    findings.push(...g.findings);
    if (g.loaded && loaded2) findings.push(...crossCheckGrant(g.loaded, loaded2.policy));
  }
  return { valid: !hasErrors(findings), policyFiles, grantFiles: grants.length, findings };
}
var init_validate = __esm({
  "action/src/commands/validate.ts"() {
    "use strict";
    init_finding();
    init_crosscheck();
    init_load_all();
    __name(validate, "validate");
  }
});

// action/src/repo/files.ts
function localRepo(root) {
  return {
    async list(dir) {
      let names;
      try {
        names = (0, import_node_fs.readdirSync)((0, import_node_path.join)(root, dir));
      } catch {
        return [];
      }
      const out = [];
      for (const n of names.sort()) {
        if (!/\.ya?ml$/.test(n)) continue;
        const st = (0, import_node_fs.lstatSync)((0, import_node_path.join)(root, dir, n));
        if (st.isFile()) out.push(`${dir}/${n}`);
      }
      return out;
    },
    async read(path) {
      return (0, import_node_fs.readFileSync)((0, import_node_path.join)(root, path));
    }
  };
}
var import_node_fs, import_node_path;
var init_files = __esm({
  "action/src/repo/files.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    __name(localRepo, "localRepo");
  }
});

// action/src/report/workflow-commands.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function findingCommand(f) {
  const props = [];
  if (f.file) props.push(`file=${escapeProperty(f.file)}`);
  if (f.line !== void 0) props.push(`line=${f.line}`);
  if (f.column !== void 0) props.push(`col=${f.column}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  const message2 = f.field ? `${f.message} [${f.field}]` : f.message;
  return `::${f.severity} ${props.join(",")}::${escapeData(message2)}`;
}
var init_workflow_commands = __esm({
  "action/src/report/workflow-commands.ts"() {
    "use strict";
    __name(escapeData, "escapeData");
    __name(escapeProperty, "escapeProperty");
    __name(findingCommand, "findingCommand");
  }
});

// action/src/cli/args.ts
function parse(argv, options) {
  try {
    return (0, import_node_util.parseArgs)({ args: argv, options, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
function oneOf(flag2, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag2} must be one of ${allowed.join(", ")} (got "${value}")`);
}
function isoFlag(flag2, value) {
  if (value === void 0) return void 0;
  const d = parseUtc(value.replace(/\.\d{3}Z$/, "Z"));
  if (!d) throw new UsageError(`--${flag2} must be a UTC time like 2026-11-22T10:00:00Z (got "${value}")`);
  return d;
}
function required(flag2, value) {
  if (value === void 0 || value === "") throw new UsageError(`--${flag2} is required`);
  return value;
}
var import_node_util;
var init_args = __esm({
  "action/src/cli/args.ts"() {
    "use strict";
    import_node_util = require("node:util");
    init_errors();
    init_duration();
    __name(parse, "parse");
    __name(oneOf, "oneOf");
    __name(isoFlag, "isoFlag");
    __name(required, "required");
  }
});

// action/src/cli/validate-cmd.ts
var validate_cmd_exports = {};
__export(validate_cmd_exports, {
  validateCmd: () => validateCmd
});
async function validateCmd(argv, io) {
  const { values } = parse(argv, { format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json", "github"], "text");
  const r = await validate(localRepo(io.cwd));
  if (format === "json") io.out(JSON.stringify(r, null, 2));
  else if (format === "github") for (const f of r.findings) io.out(findingCommand(f));
  else {
    for (const f of r.findings) io.out(formatFinding(f));
    const errors = r.findings.filter((f) => f.severity === "error").length;
    io.out(`${r.valid ? "valid" : "invalid"}: ${r.policyFiles} policy file(s), ${r.grantFiles} grant file(s), ${errors} error(s), ${r.findings.length - errors} warning(s)`);
  }
  return r.valid ? EXIT.ok : EXIT.failed;
}
var init_validate_cmd = __esm({
  "action/src/cli/validate-cmd.ts"() {
    "use strict";
    init_finding();
    init_validate();
    init_files();
    init_workflow_commands();
    init_args();
    init_io();
    __name(validateCmd, "validateCmd");
  }
});

// action/src/oncall/model.ts
function isShownOnCall(s, login, at, maxLevel = Number.POSITIVE_INFINITY) {
  if (!s || !s.ok) return false;
  const t = at.getTime();
  return s.entries.some(
    (e) => e.login.toLowerCase() === login.toLowerCase() && e.level <= maxLevel && (e.start === void 0 || Date.parse(e.start) <= t) && (e.end === void 0 || t < Date.parse(e.end))
  );
}
var init_model3 = __esm({
  "action/src/oncall/model.ts"() {
    "use strict";
    __name(isShownOnCall, "isShownOnCall");
  }
});

// action/src/policy/reviewers.ts
function sameAccount(policy, login, account) {
  if (login.toLowerCase() !== account.login.toLowerCase()) return false;
  const declared = policy.identities.get(login.toLowerCase())?.githubId;
  return declared === void 0 || declared === account.id;
}
var init_reviewers = __esm({
  "action/src/policy/reviewers.ts"() {
    "use strict";
    __name(sameAccount, "sameAccount");
  }
});

// action/src/decision/checks/approvals.ts
function eligibleApprovers(input, approval) {
  const { policy, grant, now, onCall } = input;
  const out = /* @__PURE__ */ new Set();
  for (const s of approval.from) {
    if ("user" in s) out.add(s.user);
    else if ("group" in s) for (const m of policy.groups.get(s.group) ?? []) out.add(m);
    else if ("onCall" in s) {
      const snap = onCall.find((x) => x.schedule === s.onCall);
      for (const e of snap?.ok ? snap.entries : []) if (isShownOnCall(snap, e.login, now)) out.add(e.login.toLowerCase());
    } else {
      const manager = policy.identities.get(grant.grant.requester.toLowerCase())?.manager;
      if (manager) out.add(manager);
    }
  }
  const excluded = excludedApprovers(input);
  return [...out].filter((l) => !excluded.has(l)).sort();
}
function excludedApprovers(input) {
  return new Set([input.pr.author.login, input.grant.grant.requester, ...input.pr.contributors].map((l) => l.toLowerCase()));
}
function countApprovals(input, rule) {
  if (rule.approval === "auto") throw new Error(`rule ${rule.id} has no reviewers`);
  const eligible = new Set(eligibleApprovers(input, rule.approval.reviewers));
  const excluded = excludedApprovers(input);
  const latest = /* @__PURE__ */ new Map();
  const ordered = [...input.reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  for (const r of ordered) {
    if (r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.login.toLowerCase(), r);
  }
  const approvals = [];
  const blockedBy = [];
  const ignored = [];
  for (const [login, r] of latest) {
    if (r.state === "CHANGES_REQUESTED") {
      blockedBy.push(login);
      continue;
    }
    if (r.state !== "APPROVED") continue;
    const why = r.isBot || login.endsWith("[bot]") ? "bots never count as approvers" : excluded.has(login) ? "the requester and people who pushed to the PR cannot approve it" : !eligible.has(login) ? `not an eligible approver under rule "${rule.id}"` : !sameAccount(input.policy, login, { login: r.login, ...r.id !== void 0 ? { id: r.id } : {} }) ? `the reviewing account${r.id !== void 0 ? ` (GitHub id ${r.id})` : ""} is not the one policies/ declares for ${login}` : r.commitId !== input.pr.headSha ? `approved an older commit ${r.commitId.slice(0, 7)}, not the head ${input.pr.headSha.slice(0, 7)}` : void 0;
    if (why) ignored.push({ login, why });
    else approvals.push(login);
  }
  return {
    state: { required: rule.approval.reviewers.count, approvals: approvals.sort(), eligible: [...eligible], blockedBy: blockedBy.sort() },
    ignored
  };
}
var init_approvals = __esm({
  "action/src/decision/checks/approvals.ts"() {
    "use strict";
    init_model3();
    init_reviewers();
    __name(eligibleApprovers, "eligibleApprovers");
    __name(excludedApprovers, "excludedApprovers");
    __name(countApprovals, "countApprovals");
  }
});

// action/src/decision/checks/duration-limit.ts
var durationLimit;
var init_duration_limit = __esm({
  "action/src/decision/checks/duration-limit.ts"() {
    "use strict";
    init_finding();
    init_duration();
    init_model();
    durationLimit = {
      id: "duration-limit",
      check({ grant, policy }, rule) {
        const g = grant.grant;
        const bundle = policy.bundles.get(g.bundle);
        const limit = Math.min(rule.maxDurationMinutes, bundle?.maxDurationMinutes ?? rule.maxDurationMinutes);
        if (g.durationMinutes <= limit) return pass;
        const by = bundle && bundle.maxDurationMinutes < rule.maxDurationMinutes ? `bundle "${g.bundle}"` : `rule "${rule.id}"`;
        return fail(
          error("duration-limit", `duration ${g.duration} is over the ${formatDuration(limit)} allowed by ${by}`, {
            file: g.file,
            field: "duration",
            ...grant.locate(["duration"]) ?? {}
          })
        );
      }
    };
  }
});

// action/src/decision/checks/extension.ts
var extensionLimit;
var init_extension = __esm({
  "action/src/decision/checks/extension.ts"() {
    "use strict";
    init_finding();
    init_model();
    extensionLimit = {
      id: "extension",
      check({ grant, extension, now }, rule) {
        const g = grant.grant;
        if (g.extends === void 0) return notApplicable;
        const at = { file: g.file, field: "extends", ...grant.locate(["extends"]) ?? {} };
        const found = extension?.grantId === g.extends ? extension.found : void 0;
        if (!found) return fail(error("extension", `grant "${g.extends}" was never approved, so it cannot be extended`, at));
        if (found.requester.toLowerCase() !== g.requester.toLowerCase()) return fail(error("extension", `grant "${g.extends}" belongs to ${found.requester}; only its requester can extend it`, at));
        if (found.bundle !== g.bundle) return fail(error("extension", `grant "${g.extends}" is for bundle "${found.bundle}"; an extension keeps the bundle`, at));
        if (found.revoked || Date.parse(found.expires) <= now.getTime()) return fail(error("extension", `grant "${g.extends}" has already ended; request a new grant instead`, at));
        if (found.depth + 1 > rule.maxExtensions) {
          return fail(error("extension", `rule "${rule.id}" allows ${rule.maxExtensions} extension(s); this would be extension ${found.depth + 1}`, at));
        }
        return pass;
      }
    };
  }
});

// action/src/decision/checks/incident.ts
var incidentRequired;
var init_incident = __esm({
  "action/src/decision/checks/incident.ts"() {
    "use strict";
    init_finding();
    init_model();
    incidentRequired = {
      id: "incident",
      check({ grant }, rule) {
        const g = grant.grant;
        const at = { file: g.file, field: "incident", ...grant.locate(["incident"]) ?? grant.locate([]) ?? {} };
        if (g.incident === void 0) {
          return rule.incident.required ? fail(error("incident", `rule "${rule.id}" requires an incident id`, at)) : notApplicable;
        }
        if (rule.incident.pattern !== void 0 && !new RegExp(rule.incident.pattern, "u").test(g.incident)) {
          return fail(error("incident", `incident "${g.incident}" does not match the format ${rule.incident.pattern} required by rule "${rule.id}"`, at));
        }
        return pass;
      }
    };
  }
});

// action/src/decision/checks/pr-scope.ts
function verb(status) {
  const verbs = { added: "adds", removed: "deletes", modified: "modifies", renamed: "renames", copied: "copies" };
  return verbs[status] ?? "changes";
}
var MAX_LISTED_FILES, prScope;
var init_pr_scope = __esm({
  "action/src/decision/checks/pr-scope.ts"() {
    "use strict";
    init_finding();
    init_grant();
    init_model();
    MAX_LISTED_FILES = 3e3;
    prScope = {
      id: "pr-scope",
      check({ pr, grant }) {
        const file = grant.grant.file;
        if (pr.files.length >= MAX_LISTED_FILES) {
          return fail(error("pr-scope", `the PR changes ${pr.files.length} or more files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be checked`, { file }));
        }
        const problems = pr.files.filter((f) => f.path !== file).map((f) => error("pr-scope", `a grant PR may only add ${file}; it also ${verb(f.status)} ${f.path}`, { file }));
        const own = pr.files.find((f) => f.path === file);
        if (!own) problems.push(error("pr-scope", `${file} is not among the PR's changed files`, { file }));
        else {
          if (own.status !== "added") problems.push(error("pr-scope", `${file} must be a new file (status is "${own.status}"); merged grants are immutable, so extend with a new grant`, { file }));
          if (own.mode !== "100644") problems.push(error("pr-scope", `${file} must be a regular file (mode ${own.mode ?? "unknown"}; symlinks, submodules and executables are refused)`, { file }));
          if (!GRANT_PATH.test(own.path)) problems.push(error("pr-scope", `${own.path} is not a valid grant path`, { file }));
        }
        return problems.length > 0 ? fail(...problems) : pass;
      }
    };
    __name(verb, "verb");
  }
});

// action/src/decision/checks/requester-is-author.ts
var requesterIsAuthor;
var init_requester_is_author = __esm({
  "action/src/decision/checks/requester-is-author.ts"() {
    "use strict";
    init_finding();
    init_model();
    requesterIsAuthor = {
      id: "requester-is-author",
      check({ grant, pr, policy }) {
        const g = grant.grant;
        const at = { file: g.file, field: "requester", ...grant.locate(["requester"]) ?? {} };
        if (g.requester.toLowerCase() !== pr.author.login.toLowerCase()) {
          return fail(error("requester-is-author", `requester "${g.requester}" is not the PR author "${pr.author.login}"; open the PR as the person who needs access`, at));
        }
        const identity = policy.identities.get(g.requester.toLowerCase());
        if (!identity) return fail(error("requester-is-author", `"${g.requester}" has no identity in policies/, so no cloud principal to grant to`, at));
        if (identity.githubId !== void 0 && pr.author.id !== void 0 && identity.githubId !== pr.author.id) {
          return fail(error("requester-is-author", `the PR author's GitHub id ${pr.author.id} does not match ${g.requester}'s declared id ${identity.githubId}`, at));
        }
        return pass;
      }
    };
  }
});

// action/src/decision/checks/start-window.ts
var MAX_AHEAD_MS, startWindow;
var init_start_window = __esm({
  "action/src/decision/checks/start-window.ts"() {
    "use strict";
    init_finding();
    init_model();
    MAX_AHEAD_MS = 7 * 24 * 36e5;
    startWindow = {
      id: "start-window",
      check({ grant, now, policy }) {
        const start2 = grant.grant.start;
        if (start2 === void 0) return notApplicable;
        const at = { file: grant.grant.file, field: "start", ...grant.locate(["start"]) ?? {} };
        const t = Date.parse(start2);
        if (t < now.getTime() - policy.settings.clockSkewSeconds * 1e3) {
          return fail(error("start-window", `start ${start2} is in the past; leave it out to start at approval`, at));
        }
        if (t > now.getTime() + MAX_AHEAD_MS) return fail(error("start-window", `start ${start2} is more than 7 days ahead`, at));
        return pass;
      }
    };
  }
});

// action/src/decision/decide.ts
function runCheck(id, file, fn) {
  try {
    const r = fn();
    return r.status === "fail" ? r.findings : [];
  } catch (e) {
    return [error(id, `check "${id}" failed to run: ${errorMessage(e)}; refusing to approve`, { file })];
  }
}
function grantWindow(input) {
  const g = input.grant.grant;
  const now = input.now.getTime();
  const extendsUntil = input.extendsUntil ?? (g.extends && input.extension?.grantId === g.extends ? input.extension.found?.expires : void 0);
  const requested = Math.max(g.start ? Date.parse(g.start) : now, extendsUntil ? Date.parse(extendsUntil) : now, now);
  const start2 = new Date(Math.floor(requested / 1e3) * 1e3);
  return { start: isoSeconds(start2), expires: isoSeconds(new Date(start2.getTime() + g.durationMinutes * 6e4)) };
}
function decide(input) {
  const g = input.grant.grant;
  const base = {
    outcome: "reject",
    grantId: g.id,
    file: g.file,
    requester: g.requester,
    bundle: g.bundle,
    headSha: input.pr.headSha,
    reasons: [],
    notes: [],
    onCall: input.onCall,
    ignoredApprovals: [],
    decidedAt: isoSeconds(input.now)
  };
  const gateFindings = GATE_CHECKS.flatMap((c) => runCheck(c.id, g.file, () => c.check(input)));
  if (gateFindings.length > 0) return { ...base, reasons: gateFindings };
  const window2 = grantWindow(input);
  const notes = [];
  let firstFailure;
  for (const rule of input.policy.rules) {
    if (!rule.bundles.includes(g.bundle)) continue;
    if (!requesterQualifies(input, rule, notes)) continue;
    const findings = RULE_CHECKS.flatMap((c) => runCheck(c.id, g.file, () => c.check(input, rule)));
    if (findings.length > 0) {
      notes.push(`rule "${rule.id}" does not apply: ${findings.map((f) => f.message).join("; ")}`);
      firstFailure ??= findings;
      continue;
    }
    const matched = { ...base, ...window2, rule: rule.id, notes };
    if (rule.approval === "auto") {
      const blockers = [...autoBlockers(input), ...laterStart(input, rule, window2.start)];
      if (blockers.length > 0) {
        notes.push(`rule "${rule.id}" would approve at once, but ${blockers.join("; ")}`);
        continue;
      }
      notes.push(`${g.requester} is on call for ${rule.who.onCall.schedule} (level \u2264 ${rule.who.onCall.maxLevel})`);
      return { ...matched, outcome: "approve", approval: "auto" };
    }
    try {
      const { state, ignored } = countApprovals(input, rule);
      const enough = state.approvals.length >= state.required && state.blockedBy.length === 0;
      if (state.blockedBy.length > 0) notes.push(`changes requested by ${state.blockedBy.join(", ")}`);
      if (state.eligible.length < state.required) notes.push(`only ${state.eligible.length} eligible approver(s) for ${state.required} required approval(s)`);
      return { ...matched, outcome: enough ? "approve" : "review", approval: "reviewers", review: state, ignoredApprovals: ignored };
    } catch (e) {
      return { ...base, reasons: [error("approvals", `counting approvals failed: ${errorMessage(e)}; refusing to approve`, { file: g.file })], notes };
    }
  }
  const reasons = firstFailure ?? [
    error("no-rule", `no access rule lets ${g.requester} request bundle "${g.bundle}"${notes.length ? ` (${notes.join("; ")})` : ""}`, {
      file: g.file,
      field: "bundle",
      ...input.grant.locate(["bundle"]) ?? {}
    })
  ];
  return { ...base, reasons, notes };
}
function requesterQualifies(input, rule, notes) {
  const login = input.grant.grant.requester;
  if (!rule.who.onCall) return namedInRule(input.policy, rule, login);
  const { schedule, maxLevel } = rule.who.onCall;
  const snap = input.onCall.find((s) => s.schedule === schedule);
  if (isShownOnCall(snap, login, input.now, maxLevel)) return true;
  const why = !snap ? `schedule ${schedule} was not consulted` : !snap.ok ? `${snap.provider} could not confirm on-call status (${snap.error ?? "error"}); treated as not on call` : isShownOnCall(snap, login, input.now) ? `${login} is on call for ${schedule} only above level ${maxLevel}` : `${login} is not on call for ${schedule}`;
  notes.push(`rule "${rule.id}" not used: ${why}`);
  return false;
}
function laterStart(input, rule, start2) {
  const at = new Date(start2);
  if (at.getTime() <= input.now.getTime() || !rule.who.onCall) return [];
  const { schedule, maxLevel } = rule.who.onCall;
  const snap = input.onCallAtStart?.find((s) => s.schedule === schedule);
  if (isShownOnCall(snap, input.grant.grant.requester, at, maxLevel)) return [];
  const why = !snap ? "was not asked about that time" : !snap.ok ? `could not confirm it (${snap.error ?? "error"})` : `does not show ${input.grant.grant.requester} on call then`;
  return [`the grant starts at ${start2}, and ${schedule} ${why}`];
}
function autoBlockers(input) {
  const out = [];
  if (input.pr.fromFork) out.push("the PR comes from a fork");
  const author2 = input.pr.author.login.toLowerCase();
  const others = input.pr.contributors.filter((c) => c.toLowerCase() !== author2);
  if (others.length > 0) out.push(`commits by others (${others.join(", ")}) are on the PR`);
  out.push(...input.autoApprovalBlocked ?? []);
  return out;
}
var GATE_CHECKS, RULE_CHECKS;
var init_decide = __esm({
  "action/src/decision/decide.ts"() {
    "use strict";
    init_clock();
    init_finding();
    init_errors();
    init_model3();
    init_approvals();
    init_bundle_targets();
    init_duration_limit();
    init_extension();
    init_incident();
    init_pr_scope();
    init_requester_matches();
    init_requester_is_author();
    init_start_window();
    GATE_CHECKS = [prScope, requesterIsAuthor, bundleAndTargets, startWindow];
    RULE_CHECKS = [durationLimit, incidentRequired, extensionLimit];
    __name(runCheck, "runCheck");
    __name(grantWindow, "grantWindow");
    __name(decide, "decide");
    __name(requesterQualifies, "requesterQualifies");
    __name(laterStart, "laterStart");
    __name(autoBlockers, "autoBlockers");
  }
});

// action/src/decision/history-facts.ts
function extensionFacts(history, grantId) {
  const r = history.everApproved.get(grantId);
  if (!r) return { grantId };
  let depth = 0;
  const seen = /* @__PURE__ */ new Set([grantId]);
  for (let cur = r.extends; cur && !seen.has(cur); cur = history.everApproved.get(cur)?.extends) {
    seen.add(cur);
    depth++;
  }
  return { grantId, found: { requester: r.requester, bundle: r.bundle, expires: r.expires, revoked: history.revocations.has(grantId), depth } };
}
function overdueReviews(history, requester, now, dueHours) {
  const out = [];
  for (const [grantId, r] of history.everApproved) {
    if (r.requester.toLowerCase() !== requester.toLowerCase() || r.approvedBy.length > 0 || history.reviews.has(grantId)) continue;
    const approvedAt = Date.parse(history.approvedAt.get(grantId) ?? r.start);
    const due = approvedAt + dueHours * 36e5;
    if (now.getTime() > due) out.push({ grantId, due: new Date(due).toISOString().replace(/\.\d{3}Z$/, "Z") });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
var init_history_facts = __esm({
  "action/src/decision/history-facts.ts"() {
    "use strict";
    __name(extensionFacts, "extensionFacts");
    __name(overdueReviews, "overdueReviews");
  }
});

// action/src/commands/decide.ts
function rejected(file, findings, headSha, now) {
  const id = grantIdFromPath(file) ?? "";
  return {
    outcome: "reject",
    grantId: id,
    file,
    requester: "",
    bundle: "",
    headSha,
    reasons: findings,
    notes: [],
    onCall: [],
    ignoredApprovals: [],
    decidedAt: isoSeconds(now)
  };
}
async function evaluateGrant(input) {
  const { grant, policy } = input;
  if (!("grant" in grant)) return rejected(grant.file, grant.findings, input.pr.headSha, input.now);
  if (!policy) {
    const f = { ruleId: "policy/invalid", severity: "error", message: "policies/ on the base branch are invalid; no grant can be decided until they are fixed (run `breakglass validate`)", file: grant.grant.file };
    return rejected(grant.grant.file, [f], input.pr.headSha, input.now);
  }
  if (input.history?.everApproved.has(grant.grant.id)) {
    const f = { ruleId: "grant/id-reused", severity: "error", message: `grant id "${grant.grant.id}" was already used by an earlier grant; choose a new file name`, file: grant.grant.file, line: 1, column: 1 };
    return rejected(grant.grant.file, [f], input.pr.headSha, input.now);
  }
  const schedules = schedulesToConsult(policy, grant.grant.bundle);
  const onCall = await Promise.all(schedules.map((s) => input.onCall.snapshot(s, input.now)));
  const decisionInput = { grant, policy, pr: input.pr, reviews: input.reviews, onCall, now: input.now };
  const blocked = [...input.autoApprovalBlocked ?? []];
  if (input.history) {
    if (grant.grant.extends) decisionInput.extension = extensionFacts(input.history, grant.grant.extends);
    if (policy.settings.review.blockOnOverdue) {
      for (const o of overdueReviews(input.history, grant.grant.requester, input.now, policy.settings.review.dueHours)) {
        blocked.push(`the post-use review of ${o.grantId} was due ${o.due} and is not done`);
      }
    }
  }
  if (blocked.length > 0) decisionInput.autoApprovalBlocked = blocked;
  if (input.extendsUntil) decisionInput.extendsUntil = input.extendsUntil;
  const start2 = new Date(grantWindow(decisionInput).start);
  if (start2.getTime() > input.now.getTime() && schedules.length > 0) {
    decisionInput.onCallAtStart = await Promise.all(schedules.map((s) => input.onCall.snapshot(s, start2)));
  }
  return decide(decisionInput);
}
var init_decide2 = __esm({
  "action/src/commands/decide.ts"() {
    "use strict";
    init_clock();
    init_requester_matches();
    init_decide();
    init_grant();
    init_history_facts();
    __name(rejected, "rejected");
    __name(evaluateGrant, "evaluateGrant");
  }
});

// action/src/report/decision-text.ts
function decisionText(d) {
  const lines = [oneLine(`${d.outcome.toUpperCase()}: ${d.grantId || d.file}${d.requester ? ` (${d.requester} \u2192 ${d.bundle})` : ""}`)];
  if (d.rule) lines.push(oneLine(`rule: ${d.rule} (${d.approval === "auto" ? "approved at once: requester on call" : "reviewed"})`));
  if (d.start && d.expires) lines.push(`window: ${d.start} \u2192 ${d.expires} (UTC)`);
  if (d.review) {
    const r = d.review;
    lines.push(`approvals: ${r.approvals.length}/${r.required}${r.approvals.length ? ` (${r.approvals.join(", ")})` : ""}`);
    lines.push(`eligible approvers: ${r.eligible.length ? r.eligible.join(", ") : "none"}`);
    if (r.blockedBy.length) lines.push(`changes requested by: ${r.blockedBy.join(", ")}`);
  }
  for (const i of d.ignoredApprovals) lines.push(oneLine(`ignored approval by ${i.login}: ${i.why}`));
  for (const f of d.reasons) lines.push(`reason: ${formatFinding(f)}`);
  for (const n of d.notes) lines.push(`note: ${oneLine(n)}`);
  for (const s of d.onCall) {
    const who = s.ok ? s.entries.map((e) => `${e.login}@L${e.level}`).join(", ") || "nobody mapped" : `error: ${s.error}`;
    lines.push(oneLine(`on-call ${s.schedule} (${s.provider} ${s.providerRef}, checked ${s.checkedAt}): ${who}`));
  }
  return lines.join("\n");
}
var init_decision_text = __esm({
  "action/src/report/decision-text.ts"() {
    "use strict";
    init_finding();
    __name(decisionText, "decisionText");
  }
});

// action/src/cloud/retry.ts
function backoffDelay(policy, attempt, random, retryAfterMs) {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(random() * cap);
  return Math.max(jittered, retryAfterMs ?? 0);
}
function parseRetryAfter(value, now) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now.getTime());
}
var init_retry = __esm({
  "action/src/cloud/retry.ts"() {
    "use strict";
    __name(backoffDelay, "backoffDelay");
    __name(parseRetryAfter, "parseRetryAfter");
  }
});

// action/src/oncall/http.ts
async function fetchJsonWithDeadline(url, init, opts) {
  const u = new URL(url);
  const what = `${opts.label ?? u.host} ${init.method ?? "GET"} ${u.pathname}`;
  const secrets = secretsOf(init.headers);
  const fail3 = /* @__PURE__ */ __name((message2, status) => new OnCallHttpError(redact(message2, secrets), status), "fail");
  const policy = {
    ...BACKOFF,
    maxAttempts: opts.maxAttempts,
    deadlineMs: opts.deadlineMs
  };
  const random = opts.random ?? Math.random;
  const started = opts.clock.now().getTime();
  for (let attempt = 1; ; attempt++) {
    const remaining = opts.deadlineMs - (opts.clock.now().getTime() - started);
    if (remaining <= 0)
      throw fail3(`${what}: the ${secs(opts.deadlineMs)} deadline passed before an answer`);
    const out = await attemptOnce(url, init, Math.min(opts.timeoutMs, remaining), what);
    if (out.kind === "ok") return out.body;
    if (out.kind === "fatal") throw fail3(out.message, out.status);
    if (attempt >= opts.maxAttempts)
      throw fail3(`${out.message} after ${attempt} attempts`, out.status);
    const retryAfterMs = parseRetryAfter(out.retryAfter, opts.clock.now());
    const wait = backoffDelay(policy, attempt, random, retryAfterMs);
    const elapsed = opts.clock.now().getTime() - started;
    if (elapsed + wait > opts.deadlineMs) {
      const asked = retryAfterMs !== void 0 ? `Retry-After ${secs(retryAfterMs)}` : `a retry in ${secs(wait)}`;
      throw fail3(
        `${out.message}, ${asked} exceeds the ${secs(opts.deadlineMs)} deadline`,
        out.status
      );
    }
    await opts.sleep(wait);
  }
}
async function attemptOnce(url, init, timeoutMs, what) {
  const signal = AbortSignal.timeout(Math.max(1, timeoutMs));
  const timedOut = /* @__PURE__ */ __name(() => ({
    kind: "fatal",
    message: `${what}: no answer within ${secs(timeoutMs)} (timeout)`
  }), "timedOut");
  let res;
  let text2;
  try {
    res = await fetch(url, { ...init, signal, redirect: "error" });
    text2 = await res.text();
  } catch (e) {
    if (signal.aborted) return timedOut();
    return { kind: "retry", message: `${what}: network error (${describeFetchError(e)})` };
  }
  const status = `${res.status} ${res.statusText}`.trim();
  if (res.status === 429 || res.status >= 500) {
    return {
      kind: "retry",
      message: `${what}: ${status}`,
      status: res.status,
      retryAfter: res.headers.get("retry-after")
    };
  }
  if (!res.ok) {
    const detail = providerMessage(text2);
    return {
      kind: "fatal",
      message: `${what}: ${status}${detail ? ` (${detail})` : ""}`,
      status: res.status
    };
  }
  try {
    return { kind: "ok", body: JSON.parse(text2) };
  } catch {
    return {
      kind: "fatal",
      message: `${what}: ${status} but the answer is not JSON`,
      status: res.status
    };
  }
}
function providerMessage(text2) {
  try {
    const body = JSON.parse(text2);
    const m = body?.error?.message ?? body?.message;
    return typeof m === "string" && m.length > 0 ? m.slice(0, 200) : void 0;
  } catch {
    return void 0;
  }
}
function describeFetchError(e) {
  const cause = e instanceof Error ? e.cause : void 0;
  return cause === void 0 ? errorMessage(e) : `${errorMessage(e)}: ${errorMessage(cause)}`;
}
function secretsOf(headers) {
  const auth2 = new Headers(headers).get("authorization");
  if (!auth2) return [];
  const bare = auth2.split(/[\s=]/).pop() ?? "";
  return [auth2, bare].filter((s) => s.length >= 4);
}
function redact(message2, secrets) {
  return secrets.reduce((m, s) => m.split(s).join("***"), message2);
}
function secs(ms2) {
  return `${Math.round(ms2 / 100) / 10} s`;
}
function asciiIdentityKey(value) {
  if (value === void 0) return void 0;
  const nfc = value.normalize("NFC");
  if (!/^[\x21-\x7e]+$/.test(nfc)) return void 0;
  return nfc;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var OnCallHttpError, BACKOFF;
var init_http = __esm({
  "action/src/oncall/http.ts"() {
    "use strict";
    init_retry();
    init_errors();
    OnCallHttpError = class extends Error {
      constructor(message2, status) {
        super(message2);
        this.status = status;
      }
      status;
      static {
        __name(this, "OnCallHttpError");
      }
      name = "OnCallHttpError";
    };
    BACKOFF = { baseDelayMs: 250, maxDelayMs: 2e3 };
    __name(fetchJsonWithDeadline, "fetchJsonWithDeadline");
    __name(attemptOnce, "attemptOnce");
    __name(providerMessage, "providerMessage");
    __name(describeFetchError, "describeFetchError");
    __name(secretsOf, "secretsOf");
    __name(redact, "redact");
    __name(secs, "secs");
    __name(asciiIdentityKey, "asciiIdentityKey");
    __name(isObject, "isObject");
  }
});

// action/src/oncall/opsgenie.ts
function parseOnCalls(body, scheduleId) {
  const bad = /* @__PURE__ */ __name((why) => new Error(`Opsgenie GET /v2/schedules/${scheduleId}/on-calls: malformed answer (${why})`), "bad");
  if (!isObject(body) || !isObject(body.data)) throw bad("no data object");
  const { _parent: parent, onCallParticipants: participants } = body.data;
  if (isObject(parent)) {
    if (typeof parent.id === "string" && parent.id !== scheduleId)
      throw bad(`answer is for schedule ${parent.id}`);
    if (parent.enabled === false)
      throw new Error(`Opsgenie schedule ${scheduleId} is disabled; treated as not on call`);
  }
  if (participants === void 0) return [];
  if (!Array.isArray(participants)) throw bad("onCallParticipants is not an array");
  return participants.flatMap((p, i) => {
    if (!isObject(p) || typeof p.type !== "string") throw bad(`onCallParticipants[${i}]`);
    if (p.type !== "user") return [];
    if (typeof p.name !== "string") throw bad(`onCallParticipants[${i}].name`);
    return [p.name];
  });
}
var OpsgenieProvider;
var init_opsgenie = __esm({
  "action/src/oncall/opsgenie.ts"() {
    "use strict";
    init_clock();
    init_errors();
    init_http();
    OpsgenieProvider = class {
      constructor(opts) {
        this.opts = opts;
        for (const id of opts.identities) {
          const key = asciiIdentityKey(id.opsgenie?.username);
          if (key) this.byUsername.set(key, [...this.byUsername.get(key) ?? [], id.login]);
        }
      }
      opts;
      static {
        __name(this, "OpsgenieProvider");
      }
      kind = "opsgenie";
      byUsername = /* @__PURE__ */ new Map();
      /** Who Opsgenie shows on call for policy schedule `schedule` at `at`; never throws. */
      async whoIsOnCall(schedule, at) {
        const cfg = this.opts.schedules.get(schedule);
        const base = {
          schedule,
          provider: this.kind,
          providerRef: cfg?.provider === "opsgenie" ? cfg.scheduleId : "",
          checkedAt: isoSeconds(this.opts.clock.now())
        };
        if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
        if (cfg.provider !== "opsgenie") {
          return {
            ...base,
            ok: false,
            error: `schedule '${schedule}' uses ${cfg.provider}, not Opsgenie`,
            entries: []
          };
        }
        try {
          const usernames = await this.fetchUsers(cfg.scheduleId, at);
          return { ...base, ok: true, entries: this.toEntries(usernames) };
        } catch (e) {
          return { ...base, ok: false, error: errorMessage(e), entries: [] };
        }
      }
      async fetchUsers(scheduleId, at) {
        const q = new URLSearchParams({
          scheduleIdentifierType: "id",
          flat: "false",
          date: at.toISOString()
        });
        const base = (this.opts.baseUrl ?? "https://api.opsgenie.com").replace(/\/+$/, "");
        const body = await fetchJsonWithDeadline(
          `${base}/v2/schedules/${encodeURIComponent(scheduleId)}/on-calls?${q.toString()}`,
          {
            method: "GET",
            headers: { Authorization: `GenieKey ${this.opts.apiKey}`, Accept: "application/json" }
          },
          {
            label: "Opsgenie",
            timeoutMs: this.opts.timeoutMs ?? 5e3,
            deadlineMs: this.opts.deadlineMs ?? 1e4,
            maxAttempts: this.opts.maxAttempts ?? 3,
            sleep: this.opts.sleep,
            clock: this.opts.clock,
            random: this.opts.random
          }
        );
        return parseOnCalls(body, scheduleId);
      }
      toEntries(usernames) {
        const entries = [];
        for (const name of new Set(usernames)) {
          const key = asciiIdentityKey(name);
          const logins = key === void 0 ? void 0 : this.byUsername.get(key);
          if (logins?.length !== 1 || logins[0] === void 0) continue;
          entries.push({ login: logins[0], level: 1, providerUser: name });
        }
        return entries.sort((a, b) => a.login.localeCompare(b.login));
      }
    };
    __name(parseOnCalls, "parseOnCalls");
  }
});

// action/src/oncall/pagerduty.ts
function only(logins) {
  return logins?.length === 1 ? logins[0] : void 0;
}
function push(m, key, login) {
  m.set(key, [...m.get(key) ?? [], login]);
}
function utc(s) {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`PagerDuty GET /oncalls: unreadable shift time '${s}'`);
  return isoSeconds(new Date(t));
}
function parsePage(body) {
  const bad = /* @__PURE__ */ __name((why) => new Error(`PagerDuty GET /oncalls: malformed answer (${why})`), "bad");
  if (!isObject(body) || !Array.isArray(body.oncalls)) throw bad("no oncalls array");
  const oncalls = body.oncalls.map((raw, i) => {
    if (!isObject(raw) || !isObject(raw.user) || typeof raw.user.id !== "string")
      throw bad(`oncalls[${i}].user`);
    const level = raw.escalation_level;
    if (typeof level !== "number" || !Number.isInteger(level) || level < 1)
      throw bad(`oncalls[${i}].escalation_level`);
    const start2 = raw.start ?? null;
    const end = raw.end ?? null;
    if (start2 !== null && typeof start2 !== "string" || end !== null && typeof end !== "string") {
      throw bad(`oncalls[${i}].start/end`);
    }
    const o = { level, userId: raw.user.id, start: start2, end };
    if (typeof raw.user.email === "string") o.email = raw.user.email;
    return o;
  });
  return { oncalls, more: body.more === true };
}
var PAGE_LIMIT, MAX_PAGES, PagerDutyProvider;
var init_pagerduty = __esm({
  "action/src/oncall/pagerduty.ts"() {
    "use strict";
    init_clock();
    init_errors();
    init_http();
    PAGE_LIMIT = 100;
    MAX_PAGES = 20;
    PagerDutyProvider = class {
      constructor(opts) {
        this.opts = opts;
        for (const id of opts.identities) {
          const pd = id.pagerduty;
          if (pd?.userId) push(this.byId, pd.userId, id.login);
          else if (pd?.email) {
            const key = asciiIdentityKey(pd.email);
            if (key) push(this.byEmail, key, id.login);
          }
        }
      }
      opts;
      static {
        __name(this, "PagerDutyProvider");
      }
      kind = "pagerduty";
      byId = /* @__PURE__ */ new Map();
      byEmail = /* @__PURE__ */ new Map();
      /** Who PagerDuty shows on call for policy schedule `schedule` at `at`; never throws. */
      async whoIsOnCall(schedule, at) {
        const cfg = this.opts.schedules.get(schedule);
        const base = {
          schedule,
          provider: this.kind,
          providerRef: cfg?.provider === "pagerduty" ? cfg.scheduleId : "",
          checkedAt: isoSeconds(this.opts.clock.now())
        };
        if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
        if (cfg.provider !== "pagerduty") {
          return {
            ...base,
            ok: false,
            error: `schedule '${schedule}' uses ${cfg.provider}, not PagerDuty`,
            entries: []
          };
        }
        try {
          const oncalls = await this.fetchAll(cfg.scheduleId, at);
          return { ...base, ok: true, entries: this.toEntries(oncalls) };
        } catch (e) {
          return { ...base, ok: false, error: errorMessage(e), entries: [] };
        }
      }
      async fetchAll(scheduleId, at) {
        const { clock } = this.opts;
        const deadlineMs = this.opts.deadlineMs ?? 1e4;
        const started = clock.now().getTime();
        const out = [];
        for (let page = 0, offset = 0; page < MAX_PAGES; page++) {
          const q = new URLSearchParams();
          q.append("schedule_ids[]", scheduleId);
          q.set("since", at.toISOString());
          q.set("until", new Date(at.getTime() + 1e3).toISOString());
          q.append("include[]", "users");
          q.set("limit", String(PAGE_LIMIT));
          q.set("offset", String(offset));
          const base = (this.opts.baseUrl ?? "https://api.pagerduty.com").replace(/\/+$/, "");
          const body = await fetchJsonWithDeadline(
            `${base}/oncalls?${q.toString()}`,
            {
              method: "GET",
              headers: {
                Authorization: `Token token=${this.opts.token}`,
                Accept: "application/vnd.pagerduty+json;version=2"
              }
            },
            {
              label: "PagerDuty",
              timeoutMs: this.opts.timeoutMs ?? 5e3,
              deadlineMs: deadlineMs - (clock.now().getTime() - started),
              maxAttempts: this.opts.maxAttempts ?? 3,
              sleep: this.opts.sleep,
              clock,
              random: this.opts.random
            }
          );
          const { oncalls, more } = parsePage(body);
          out.push(...oncalls);
          if (!more) return out;
          if (oncalls.length === 0)
            throw new Error("PagerDuty GET /oncalls: more=true on an empty page");
          offset += oncalls.length;
        }
        throw new Error(`PagerDuty GET /oncalls: more than ${MAX_PAGES} pages`);
      }
      toEntries(oncalls) {
        const seen = /* @__PURE__ */ new Set();
        const entries = [];
        for (const o of oncalls) {
          const login = this.loginFor(o);
          if (login === void 0) continue;
          const entry = { login, level: o.level, providerUser: o.userId };
          if (o.start !== null) entry.start = utc(o.start);
          if (o.end !== null) entry.end = utc(o.end);
          const key = JSON.stringify([entry.login, entry.level, entry.start, entry.end]);
          if (seen.has(key)) continue;
          seen.add(key);
          entries.push(entry);
        }
        return entries.sort((a, b) => a.level - b.level || a.login.localeCompare(b.login));
      }
      loginFor(o) {
        const byId = this.byId.get(o.userId);
        if (byId) return only(byId);
        const key = asciiIdentityKey(o.email);
        return key === void 0 ? void 0 : only(this.byEmail.get(key));
      }
    };
    __name(only, "only");
    __name(push, "push");
    __name(utc, "utc");
    __name(parsePage, "parsePage");
  }
});

// action/src/oncall/roster.ts
function rosterEntries(cfg, at) {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new Error("roster: invalid instant");
  const computed = cfg.layers.flatMap((layer, i) => layerEntry(layer, t, `${cfg.id}.layers[${i}]`));
  const overrides = /* @__PURE__ */ new Map();
  cfg.overrides.forEach((o, i) => {
    const start2 = instant(o.start, `${cfg.id}.overrides[${i}].start`);
    const end = instant(o.end, `${cfg.id}.overrides[${i}].end`);
    if (start2 <= t && t < end) overrides.set(o.level, o);
  });
  const entries = computed.filter((e) => !overrides.has(e.level));
  for (const o of overrides.values()) {
    entries.push({
      login: o.login,
      level: o.level,
      start: isoSeconds(new Date(o.start)),
      end: isoSeconds(new Date(o.end)),
      providerUser: o.login
    });
  }
  return entries.sort((a, b) => a.level - b.level || a.login.localeCompare(b.login));
}
function layerEntry(layer, t, where) {
  const anchor = instant(layer.start, `${where}.start`);
  const shiftMs = layer.shiftMinutes * 6e4;
  if (!Number.isFinite(shiftMs) || shiftMs <= 0)
    throw new Error(`roster: ${where}.shiftMinutes must be positive`);
  if (t < anchor || layer.members.length === 0) return [];
  const k = Math.floor((t - anchor) / shiftMs);
  const member = layer.members[k % layer.members.length];
  if (member === void 0) return [];
  const start2 = anchor + k * shiftMs;
  return [
    {
      login: member,
      level: layer.level,
      start: isoSeconds(new Date(start2)),
      end: isoSeconds(new Date(start2 + shiftMs)),
      providerUser: member
    }
  ];
}
function instant(s, where) {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`roster: ${where} '${s}' is not a date`);
  return t;
}
var RosterProvider;
var init_roster = __esm({
  "action/src/oncall/roster.ts"() {
    "use strict";
    init_clock();
    init_errors();
    RosterProvider = class {
      constructor(opts) {
        this.opts = opts;
      }
      opts;
      static {
        __name(this, "RosterProvider");
      }
      kind = "roster";
      /** Who the roster puts on call for `schedule` at `at`; never throws. */
      async whoIsOnCall(schedule, at) {
        const cfg = this.opts.schedules.get(schedule);
        const base = {
          schedule,
          provider: this.kind,
          providerRef: schedule,
          checkedAt: isoSeconds(this.opts.clock.now())
        };
        if (!cfg) return { ...base, ok: false, error: `unknown schedule '${schedule}'`, entries: [] };
        if (cfg.provider !== "roster") {
          return {
            ...base,
            ok: false,
            error: `schedule '${schedule}' uses ${cfg.provider}, not a roster`,
            entries: []
          };
        }
        try {
          return { ...base, ok: true, entries: rosterEntries(cfg, at) };
        } catch (e) {
          return { ...base, ok: false, error: errorMessage(e), entries: [] };
        }
      }
    };
    __name(rosterEntries, "rosterEntries");
    __name(layerEntry, "layerEntry");
    __name(instant, "instant");
  }
});

// action/src/oncall/providers.ts
function createOnCallLookup(opts) {
  const identities = Array.isArray(opts.identities) ? opts.identities : [...opts.identities.values()];
  const common = {
    identities,
    schedules: opts.schedules,
    clock: opts.clock,
    sleep: opts.sleep,
    timeoutMs: opts.timeoutMs,
    deadlineMs: opts.deadlineMs,
    random: opts.random
  };
  const providers = {
    roster: new RosterProvider({ schedules: opts.schedules, clock: opts.clock }),
    pagerduty: opts.pagerduty?.token ? new PagerDutyProvider({
      ...common,
      token: opts.pagerduty.token,
      baseUrl: opts.pagerduty.baseUrl
    }) : "PagerDuty token not configured; treated as not on call",
    opsgenie: opts.opsgenie?.apiKey ? new OpsgenieProvider({
      ...common,
      apiKey: opts.opsgenie.apiKey,
      baseUrl: opts.opsgenie.baseUrl
    }) : "Opsgenie API key not configured; treated as not on call"
  };
  const memo = /* @__PURE__ */ new Map();
  const ask2 = /* @__PURE__ */ __name((schedule, at) => {
    const cfg = opts.schedules.get(schedule);
    const unavailable = /* @__PURE__ */ __name((provider2, error2, providerRef) => ({
      schedule,
      provider: provider2,
      providerRef,
      checkedAt: isoSeconds(opts.clock.now()),
      ok: false,
      error: error2,
      entries: []
    }), "unavailable");
    if (!cfg)
      return Promise.resolve(
        unavailable("roster", `unknown schedule '${schedule}'; treated as not on call`, "")
      );
    const provider = providers[cfg.provider];
    if (typeof provider === "string") {
      const ref2 = cfg.provider === "roster" ? cfg.id : cfg.scheduleId;
      return Promise.resolve(unavailable(cfg.provider, provider, ref2));
    }
    return provider.whoIsOnCall(schedule, at);
  }, "ask");
  return {
    snapshot(schedule, at) {
      const key = `${schedule}\0${at.getTime()}`;
      let p = memo.get(key);
      if (!p) {
        p = ask2(schedule, at);
        memo.set(key, p);
      }
      return p;
    }
  };
}
var init_providers = __esm({
  "action/src/oncall/providers.ts"() {
    "use strict";
    init_clock();
    init_opsgenie();
    init_pagerduty();
    init_roster();
    __name(createOnCallLookup, "createOnCallLookup");
  }
});

// action/src/cli/oncall-from-env.ts
function onCallFromEnv(policy, io) {
  const e = io.env;
  return createOnCallLookup({
    schedules: policy.schedules,
    identities: policy.identities,
    pagerduty: e.BREAKGLASS_PAGERDUTY_TOKEN ? { token: e.BREAKGLASS_PAGERDUTY_TOKEN, baseUrl: e.BREAKGLASS_PAGERDUTY_URL } : void 0,
    opsgenie: e.BREAKGLASS_OPSGENIE_API_KEY ? { apiKey: e.BREAKGLASS_OPSGENIE_API_KEY, baseUrl: e.BREAKGLASS_OPSGENIE_URL } : void 0,
    clock: io.clock,
    sleep: io.sleep
  });
}
var init_oncall_from_env = __esm({
  "action/src/cli/oncall-from-env.ts"() {
    "use strict";
    init_providers();
    __name(onCallFromEnv, "onCallFromEnv");
  }
});

// action/src/audit/trailer-format.ts
function clean(value) {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim().slice(0, 500);
}
function formatTrailers(entries) {
  const lines = [];
  for (const [key, value] of entries) {
    if (value === void 0) continue;
    for (const v of typeof value === "string" ? [value] : value) if (clean(v) !== "") lines.push(`${key}: ${clean(v)}`);
  }
  return lines.join("\n");
}
function first(t, key) {
  return t.get(key)?.[0];
}
var T;
var init_trailer_format = __esm({
  "action/src/audit/trailer-format.ts"() {
    "use strict";
    T = {
      grant: "Breakglass-Grant",
      action: "Breakglass-Action",
      decision: "Breakglass-Decision",
      rule: "Breakglass-Rule",
      requester: "Breakglass-Requester",
      bundle: "Breakglass-Bundle",
      approvedBy: "Breakglass-Approved-By",
      onCall: "Breakglass-On-Call",
      start: "Breakglass-Start",
      expires: "Breakglass-Expires",
      targets: "Breakglass-Targets",
      pr: "Breakglass-PR",
      head: "Breakglass-Head",
      extends: "Breakglass-Extends",
      reason: "Breakglass-Reason",
      time: "Breakglass-Time",
      result: "Breakglass-Result",
      reviewer: "Breakglass-Reviewer",
      issue: "Breakglass-Issue",
      requestedBy: "Breakglass-Requested-By"
    };
    __name(clean, "clean");
    __name(formatTrailers, "formatTrailers");
    __name(first, "first");
  }
});

// action/src/audit/trailer-parse.ts
function isSpace(c) {
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function blank(text2, start2, end) {
  for (let i = start2; i < end; i++) if (!isSpace(text2.charCodeAt(i))) return false;
  return true;
}
function parseTrailers(message2) {
  const text2 = message2.includes("\r") ? message2.replace(/\r\n/g, "\n") : message2;
  return trailersOf(text2, (start2, end) => text2.slice(start2, end));
}
function trailersOf(text2, value) {
  let stop = text2.length;
  while (stop > 0 && isSpace(text2.charCodeAt(stop - 1))) stop--;
  const breaks = text2.includes("\r") || text2.includes("\u2028") || text2.includes("\u2029");
  const doubleLf = stop < 2 ? -1 : text2.lastIndexOf("\n\n", stop - 2);
  let inParagraph = doubleLf >= 0;
  let out = /* @__PURE__ */ new Map();
  let last;
  let bad = false;
  for (let line = inParagraph ? doubleLf + 2 : 0; line < stop; ) {
    let eol = text2.indexOf("\n", line);
    if (eol < 0 || eol > stop) eol = stop;
    if (line > 0 && eol < stop && blank(text2, line, eol)) {
      inParagraph = true;
      out = /* @__PURE__ */ new Map();
      last = void 0;
      bad = false;
    } else if (inParagraph && !bad) {
      last = parseLine(text2, line, eol, breaks, value, out, last);
      bad = last === void 0;
    }
    line = eol + 1;
  }
  return inParagraph && !bad ? out : /* @__PURE__ */ new Map();
}
function parseLine(text2, start2, end, breaks, value, out, last) {
  let k = start2;
  if (isKeyStart(text2.charCodeAt(k))) while (++k < end && isKeyChar(text2.charCodeAt(k))) ;
  let v = k + 1;
  let w = end;
  if (k > start2 && k < end && text2.charCodeAt(k) === 58) {
    const rest = v < w && isSpace(text2.charCodeAt(v)) ? v + 1 : v;
    if (breaks && /[\r\u2028\u2029]/.test(text2.slice(rest, w))) return void 0;
    while (v < w && isSpace(text2.charCodeAt(v))) v++;
    while (w > v && isSpace(text2.charCodeAt(w - 1))) w--;
    const key = text2.slice(start2, k);
    const list = out.get(key);
    if (list) {
      list.push(value(v, w));
      return list;
    }
    const added = [value(v, w)];
    out.set(key, added);
    return added;
  }
  v = start2;
  while (v < end && isSpace(text2.charCodeAt(v))) v++;
  if (v === start2 || v === end || !last) return void 0;
  while (w > v && isSpace(text2.charCodeAt(w - 1))) w--;
  last[last.length - 1] = `${last[last.length - 1]} ${value(v, w)}`;
  return last;
}
var isKeyStart, isKeyChar;
var init_trailer_parse = __esm({
  "action/src/audit/trailer-parse.ts"() {
    "use strict";
    __name(isSpace, "isSpace");
    isKeyStart = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122, "isKeyStart");
    isKeyChar = /* @__PURE__ */ __name((c) => isKeyStart(c) || c === 45, "isKeyChar");
    __name(blank, "blank");
    __name(parseTrailers, "parseTrailers");
    __name(trailersOf, "trailersOf");
    __name(parseLine, "parseLine");
  }
});

// action/src/audit/trailers.ts
function readDecisionRecord(t) {
  const grantId = first(t, T.grant);
  const start2 = first(t, T.start);
  const expires = first(t, T.expires);
  if (first(t, T.action) !== "approve" || first(t, T.decision) !== "approve" || !grantId || !start2 || !expires) return void 0;
  const from = Date.parse(start2);
  const until = Date.parse(expires);
  if (Number.isNaN(from) || Number.isNaN(until) || until <= from) return void 0;
  const r = {
    grantId,
    decision: "approve",
    rule: first(t, T.rule) ?? "",
    requester: first(t, T.requester) ?? "",
    bundle: first(t, T.bundle) ?? "",
    approvedBy: t.get(T.approvedBy) ?? [],
    onCall: t.get(T.onCall) ?? [],
    start: start2,
    expires,
    targets: t.get(T.targets) ?? [],
    // Every key, absent ones as undefined: audit reads ten thousand records, all of one shape.
    pr: first(t, T.pr) || void 0,
    head: first(t, T.head) || void 0,
    extends: first(t, T.extends) || void 0
  };
  return r;
}
function revocationTrailers(r) {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, "revoke"],
    [T.reason, r.reason],
    [T.time, r.time],
    [T.result, r.results]
  ]);
}
function readRevocationRecord(t) {
  const grantId = first(t, T.grant);
  const reason = first(t, T.reason);
  const time = first(t, T.time);
  if (first(t, T.action) !== "revoke" || !grantId || !time || !["expired", "early", "drift"].includes(reason ?? "")) return void 0;
  return { grantId, reason, time, results: t.get(T.result) ?? [] };
}
function applyTrailers(r) {
  return formatTrailers([
    [T.grant, r.grantId],
    [T.action, "apply"],
    [T.time, r.time],
    [T.result, r.results]
  ]);
}
function readApplyRecord(t) {
  const grantId = first(t, T.grant);
  const time = first(t, T.time);
  if (first(t, T.action) !== "apply" || !grantId || !time) return void 0;
  return { grantId, time, results: t.get(T.result) ?? [] };
}
function readReviewRecord(t) {
  const grantId = first(t, T.grant);
  const time = first(t, T.time);
  const reviewer = first(t, T.reviewer);
  if (first(t, T.action) !== "review" || !grantId || !time || !reviewer) return void 0;
  return { grantId, time, reviewer, issue: first(t, T.issue) || void 0 };
}
var init_trailers = __esm({
  "action/src/audit/trailers.ts"() {
    "use strict";
    init_trailer_format();
    init_trailer_format();
    init_trailer_parse();
    __name(readDecisionRecord, "readDecisionRecord");
    __name(revocationTrailers, "revocationTrailers");
    __name(readRevocationRecord, "readRevocationRecord");
    __name(applyTrailers, "applyTrailers");
    __name(readApplyRecord, "readApplyRecord");
    __name(readReviewRecord, "readReviewRecord");
  }
});

// action/src/repo/grant-records.ts
function grantHistory(commits) {
  const approvals = /* @__PURE__ */ new Map();
  const everApproved = /* @__PURE__ */ new Map();
  const revocations = /* @__PURE__ */ new Map();
  const applied = /* @__PURE__ */ new Map();
  const approvedAt = /* @__PURE__ */ new Map();
  const reviews = /* @__PURE__ */ new Map();
  for (const c of commits) {
    const record = readDecisionRecord(c.trailers);
    if (record && !everApproved.has(record.grantId)) {
      everApproved.set(record.grantId, record);
      approvedAt.set(record.grantId, c.commitDate);
    }
    const review = readReviewRecord(c.trailers);
    if (review && !reviews.has(review.grantId)) reviews.set(review.grantId, review);
    const rev = readRevocationRecord(c.trailers);
    if (rev && rev.reason !== "drift" && !revocations.has(rev.grantId)) revocations.set(rev.grantId, rev);
    const app = readApplyRecord(c.trailers);
    if (app) applied.set(app.grantId, app);
    for (const ch of c.changes) {
      if (ch.status !== "A" || approvals.has(ch.path)) continue;
      const id = grantIdFromPath(ch.path);
      if (id === void 0) continue;
      approvals.set(ch.path, record && record.grantId === id ? { record, commit: c } : { commit: c });
    }
  }
  return { approvals, everApproved, revocations, applied, approvedAt, reviews };
}
var init_grant_records = __esm({
  "action/src/repo/grant-records.ts"() {
    "use strict";
    init_trailers();
    init_grant();
    __name(grantHistory, "grantHistory");
  }
});

// action/src/repo/git-stream.ts
function spoolFile(minFree) {
  let dir;
  try {
    const free = (0, import_node_fs2.statfsSync)((0, import_node_os.tmpdir)());
    if (Number(free.bavail) * Number(free.bsize) < minFree) return void 0;
    dir = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)((0, import_node_os.tmpdir)(), "breakglass-git-"));
  } catch {
    return void 0;
  }
  try {
    return (0, import_node_fs2.openSync)((0, import_node_path2.join)(dir, "out"), "wx+", 384);
  } catch {
    return void 0;
  } finally {
    try {
      (0, import_node_fs2.rmSync)(dir, { recursive: true, force: true });
    } catch {
    }
  }
}
function exitOf(child, args) {
  const errs = [];
  child.stderr?.on("data", (c) => errs.push(c));
  return new Promise((resolve2, reject) => {
    child.on("error", reject);
    child.on("close", (code2) => {
      if (code2 === 0) return resolve2();
      const stderr = Buffer.concat(errs).toString("utf8").trim();
      reject(new Error(`git ${args[0]} failed: ${stderr || `exit ${code2}`}`));
    });
  });
}
async function gitStream(cwd, args, onChunk, opts = {}) {
  const fd = opts.spool ? spoolFile(opts.spoolMinFree ?? SPOOL_MIN_FREE) : void 0;
  return fd === void 0 ? gitPipe(cwd, args, onChunk) : gitSpooled(cwd, args, onChunk, fd);
}
async function gitSpooled(cwd, args, onChunk, fd) {
  let child;
  try {
    child = (0, import_node_child_process.spawn)("git", args, {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      stdio: ["ignore", fd, "pipe"]
    });
  } catch (e) {
    (0, import_node_fs2.closeSync)(fd);
    throw e;
  }
  const exit = exitOf(child, args);
  let exited = false;
  const ended = /* @__PURE__ */ __name(() => {
    exited = true;
  }, "ended");
  exit.then(ended, ended);
  let at = 0;
  let buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (; ; ) {
      const last = exited;
      const got = (0, import_node_fs2.readSync)(fd, buf, 0, CHUNK, at);
      if (got > 0) {
        at += got;
        onChunk(got < CHUNK / 4 ? Buffer.from(buf.subarray(0, got)) : buf.subarray(0, got));
        buf = Buffer.allocUnsafe(CHUNK);
        await new Promise(setImmediate);
      } else if (last) break;
      else await new Promise((resolve2) => setTimeout(resolve2, POLL_MS));
    }
  } catch (e) {
    child.kill();
    await exit.catch(() => void 0);
    throw asError(e);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  await exit;
}
function gitPipe(cwd, args, onChunk) {
  const child = (0, import_node_child_process.spawn)("git", args, {
    cwd,
    // GIT_FLUSH=0: block-buffered output. On a pipe git otherwise flushes after every commit.
    env: { ...process.env, ...GIT_ENV, GIT_FLUSH: "0" },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let failed;
  child.stdout.on("data", (chunk) => {
    if (failed) return;
    try {
      onChunk(chunk);
    } catch (e) {
      failed = asError(e);
      child.kill();
    }
  });
  return exitOf(child, args).then(
    () => {
      if (failed) throw failed;
    },
    (e) => {
      throw failed ?? e;
    }
  );
}
var import_node_child_process, import_node_fs2, import_node_os, import_node_path2, GIT_ENV, CHUNK, POLL_MS, SPOOL_MIN_FREE, asError;
var init_git_stream = __esm({
  "action/src/repo/git-stream.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs2 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path2 = require("node:path");
    GIT_ENV = { GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    CHUNK = 256 << 10;
    POLL_MS = 1;
    SPOOL_MIN_FREE = 1 << 30;
    asError = /* @__PURE__ */ __name((e) => e instanceof Error ? e : new Error(String(e)), "asError");
    __name(spoolFile, "spoolFile");
    __name(exitOf, "exitOf");
    __name(gitStream, "gitStream");
    __name(gitSpooled, "gitSpooled");
    __name(gitPipe, "gitPipe");
  }
});

// action/src/repo/log-records.ts
function newMarks() {
  const nonce = (0, import_node_crypto.randomBytes)(8).toString("hex");
  return { record: `${nonce}`, field: `${nonce}` };
}
function logArgs(marks, rev) {
  const f = marks.field;
  return [
    "log",
    "-z",
    "--first-parent",
    "--diff-merges=first-parent",
    "--no-renames",
    "--raw",
    "--no-abbrev",
    `--format=${marks.record}%H%x1f%P%x1f%aI%x1f%cI${f}%an${f}%ae${f}%B${f}`,
    rev,
    "--"
  ];
}
function hexEnd(buf, i, end) {
  while (i < end && isHex(buf[i])) i++;
  return i;
}
function rawLine(buf, start2, end) {
  if (end - start2 < 1 + 14 + 82 + 1 || buf[start2] !== 58) return void 0;
  let i = start2 + 1;
  for (let mode = 0; mode < 2; mode++) {
    for (let k = 0; k < 6; k++, i++) if (!(buf[i] >= 48 && buf[i] <= 55)) return void 0;
    if (buf[i++] !== 32) return void 0;
  }
  let blob = i;
  for (let oid = 0; oid < 2; oid++) {
    blob = i;
    i = hexEnd(buf, i, end);
    if (i - blob < 40 || i - blob > 64 || buf[i++] !== 32) return void 0;
  }
  const blobEnd = i - 1;
  const status = i;
  if (i >= end || !(buf[i] >= 65 && buf[i] <= 90)) return void 0;
  for (i++; i < end; i++) if (!(buf[i] >= 48 && buf[i] <= 57)) return void 0;
  return [status, blob, blobEnd];
}
function changes(buf, start2, end, sha) {
  const out = [];
  let part = start2;
  while (part <= end) {
    let stop = part;
    while (stop < end && buf[stop] !== NUL) stop++;
    const head = part < stop && buf[part] === LF ? part + 1 : part;
    if (head < stop) {
      const raw = rawLine(buf, head, stop);
      if (!raw || stop >= end) throw unreadable("change", buf, head, stop, sha);
      const pathStart = stop + 1;
      let pathEnd = pathStart;
      while (pathEnd < end && buf[pathEnd] !== NUL) pathEnd++;
      const [status, blob, blobEnd] = raw;
      let zero = blob;
      while (zero < blobEnd && buf[zero] === 48) zero++;
      out.push({
        status: String.fromCharCode(buf[status]),
        path: buf.toString("utf8", pathStart, pathEnd),
        blob: zero < blobEnd ? buf.toString("latin1", blob, blobEnd) : void 0
      });
      stop = pathEnd;
    }
    part = stop + 1;
  }
  return out;
}
function headCuts(buf, start2, end) {
  const cuts = [];
  for (let i = start2; i < end; i++) if (buf[i] === US && cuts.push(i) > 3) return void 0;
  return cuts.length === 3 ? cuts : void 0;
}
function message(buf, start2, end) {
  const text2 = buf.toString("latin1", start2, end);
  const nl = text2.indexOf("\n");
  if (!/[\r\x80-\xff]/.test(text2))
    return {
      subject: buf.toString("latin1", start2, nl < 0 ? end : start2 + nl),
      trailers: trailersOf(
        text2,
        (s, e) => e - s < SLICE_COPIES ? text2.slice(s, e) : buf.toString("latin1", start2 + s, start2 + e)
      )
    };
  const utf8 = buf.toString("utf8", start2, end);
  const cut = utf8.indexOf("\n");
  return { subject: cut < 0 ? utf8 : utf8.slice(0, cut), trailers: parseTrailers(utf8) };
}
function parseRecord(buf, start2, end, field) {
  const marks = [];
  for (let at = buf.indexOf(field, start2); at >= 0 && at < end; at = buf.indexOf(field, at + 1))
    if (marks.push(at) > 4) break;
  const cuts = marks.length === 4 ? headCuts(buf, start2, marks[0]) : void 0;
  const sha = cuts ? buf.toString("latin1", start2, cuts[0]) : "";
  if (!cuts || !HEX.test(sha)) throw unreadable("record", buf, start2, end);
  const [m1, m2, m3, m4] = marks;
  const [c1, c2, c3] = cuts;
  const len = field.length;
  const msg = message(buf, m3 + len, m4);
  return {
    sha,
    parents: c2 > c1 + 1 ? buf.toString("latin1", c1 + 1, c2).split(" ") : [],
    authorName: buf.toString("utf8", m1 + len, m2),
    authorEmail: buf.toString("utf8", m2 + len, m3),
    authorDate: buf.toString("latin1", c2 + 1, c3),
    commitDate: buf.toString("latin1", c3 + 1, m1),
    subject: msg.subject,
    trailers: msg.trailers,
    changes: changes(buf, m4 + len, end, sha)
  };
}
var import_node_crypto, HEX, NUL, LF, US, isHex, unreadable, SLICE_COPIES, RecordSplitter;
var init_log_records = __esm({
  "action/src/repo/log-records.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_trailer_parse();
    __name(newMarks, "newMarks");
    __name(logArgs, "logArgs");
    HEX = /^[0-9a-f]{40,64}$/;
    NUL = 0;
    LF = 10;
    US = 31;
    isHex = /* @__PURE__ */ __name((b) => b >= 48 && b <= 57 || b >= 97 && b <= 102, "isHex");
    __name(hexEnd, "hexEnd");
    unreadable = /* @__PURE__ */ __name((what, buf, start2, end, sha = "") => new Error(
      `git log: unreadable ${what} ${JSON.stringify(buf.toString("utf8", start2, Math.min(end, start2 + 80)))}${sha && ` in ${sha}`}`
    ), "unreadable");
    __name(rawLine, "rawLine");
    __name(changes, "changes");
    __name(headCuts, "headCuts");
    SLICE_COPIES = 13;
    __name(message, "message");
    __name(parseRecord, "parseRecord");
    RecordSplitter = class {
      constructor(marks, each) {
        this.each = each;
        this.record = Buffer.from(marks.record, "latin1");
        this.field = Buffer.from(marks.field, "latin1");
      }
      each;
      static {
        __name(this, "RecordSplitter");
      }
      record;
      field;
      pending = [];
      started = false;
      push(chunk) {
        if (chunk.length === 0) return;
        if (this.pending.length > 0 && !this.completes(chunk)) {
          this.pending.push(chunk);
          return;
        }
        const buf = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk]) : chunk;
        const cut = Math.max(0, buf.lastIndexOf(this.record));
        this.parse(buf, cut);
        this.pending = [buf.subarray(cut)];
      }
      /** Whether a record mark ends in `chunk` (it may start in the bytes before it). */
      completes(chunk) {
        if (chunk.indexOf(this.record) >= 0) return true;
        const n = this.record.length - 1;
        const before = Buffer.concat(this.pending.slice(-n));
        const seam = Buffer.concat([before, chunk.subarray(0, n)]);
        return seam.indexOf(this.record, Math.max(0, before.length - n)) >= 0;
      }
      end() {
        const buf = Buffer.concat(this.pending);
        this.pending = [];
        this.parse(buf, buf.length);
      }
      /** Every record in `buf[0, stop)`, which starts with a record mark (or is empty). */
      parse(buf, stop) {
        if (stop === 0) return;
        if (!this.started && buf.indexOf(this.record) !== 0)
          throw new Error(
            `git log: text before the first record ${JSON.stringify(buf.toString("utf8", 0, Math.min(stop, 80)))}`
          );
        this.started = true;
        const len = this.record.length;
        for (let at = 0; at < stop; ) {
          const next = buf.indexOf(this.record, at + len);
          const end = next < 0 || next > stop ? stop : next;
          this.each(parseRecord(buf, at + len, end, this.field));
          at = end;
        }
      }
    };
  }
});

// action/src/repo/history.ts
async function readLog(cwd, rev, each, opts) {
  const marks = newMarks();
  const split = new RecordSplitter(marks, each);
  try {
    await gitStream(cwd, logArgs(marks, rev), (chunk) => split.push(chunk), opts);
  } catch (e) {
    if (NO_COMMITS.test(String(e))) return;
    throw e;
  }
  split.end();
}
function gitHistory(cwd, rev = "HEAD", opts = {}) {
  let cached;
  return {
    commits() {
      cached ??= (async () => {
        const list = [];
        await readLog(cwd, rev, (c) => list.push(c), opts);
        return list;
      })();
      return cached;
    },
    forEach: /* @__PURE__ */ __name((each) => readLog(cwd, rev, each, opts), "forEach")
  };
}
async function eachCommit(source, each) {
  if (source.forEach) return source.forEach(each);
  for (const c of await source.commits()) each(c);
}
var NO_COMMITS;
var init_history = __esm({
  "action/src/repo/history.ts"() {
    "use strict";
    init_git_stream();
    init_log_records();
    NO_COMMITS = /does not have any commits|unknown revision|bad default revision|bad revision 'HEAD'/;
    __name(readLog, "readLog");
    __name(gitHistory, "gitHistory");
    __name(eachCommit, "eachCommit");
  }
});

// action/src/cli/decide-cmd.ts
var decide_cmd_exports = {};
__export(decide_cmd_exports, {
  decideCmd: () => decideCmd
});
async function decideCmd(argv, io) {
  const { values } = parse(argv, {
    grant: { type: "string" },
    author: { type: "string" },
    "author-id": { type: "string" },
    changed: { type: "string", multiple: true },
    "approved-by": { type: "string", multiple: true },
    head: { type: "string" },
    at: { type: "string" },
    format: { type: "string" }
  });
  const file = required("grant", values.grant).replace(/^\.\//, "");
  const author2 = required("author", values.author);
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const now = isoFlag("at", values.at) ?? io.clock.now();
  const headSha = values.head ?? LOCAL_HEAD;
  const authorId = values["author-id"] === void 0 ? void 0 : Number(values["author-id"]);
  if (authorId !== void 0 && !Number.isSafeInteger(authorId)) throw new UsageError("--author-id must be a number");
  const files = [{ path: file, status: "added", mode: "100644" }];
  for (const p of values.changed ?? []) if (p !== file) files.push({ path: p, status: "modified" });
  const repo = localRepo(io.cwd);
  const [policies, grant, history] = await Promise.all([loadPolicies(repo), loadGrantFile(repo, file), readHistory(io.cwd)]);
  const policy = policies.loaded?.policy;
  const reviews = (values["approved-by"] ?? []).map((a, i) => {
    const [login, sha] = a.split("@");
    const id = policy?.identities.get(login.toLowerCase())?.githubId;
    return { login, ...id !== void 0 ? { id } : {}, state: "APPROVED", commitId: sha ?? headSha, submittedAt: isoSeconds(new Date(now.getTime() - 1e3 + i)) };
  });
  const decision = await evaluateGrant({
    policy,
    grant: grant.loaded ?? { file, findings: grant.findings },
    pr: { author: { login: author2, ...authorId !== void 0 ? { id: authorId } : {} }, headSha, files, contributors: [author2], fromFork: false },
    reviews,
    now,
    ...history ? { history } : {},
    onCall: policy ? onCallFromEnv(policy, io) : createOnCallLookup({ schedules: /* @__PURE__ */ new Map(), identities: [], clock: io.clock, sleep: io.sleep })
  });
  io.out(format === "json" ? JSON.stringify(decision, null, 2) : decisionText(decision));
  return decision.outcome === "reject" ? EXIT.failed : EXIT.ok;
}
async function readHistory(cwd) {
  try {
    return grantHistory(await gitHistory(cwd).commits());
  } catch {
    return void 0;
  }
}
var LOCAL_HEAD;
var init_decide_cmd = __esm({
  "action/src/cli/decide-cmd.ts"() {
    "use strict";
    init_clock();
    init_errors();
    init_decide2();
    init_files();
    init_load_all();
    init_decision_text();
    init_args();
    init_io();
    init_oncall_from_env();
    init_providers();
    init_grant_records();
    init_history();
    LOCAL_HEAD = "local";
    __name(decideCmd, "decideCmd");
    __name(readHistory, "readHistory");
  }
});

// action/src/cloud/model.ts
function scopeKey(s) {
  return s.cloud === "aws" ? `aws:${s.principalArn}` : `gcp:${s.project}`;
}
function entryScope(e) {
  return e.kind === "gcp-binding" ? { cloud: "gcp", project: e.project } : { cloud: "aws", account: e.account, principalArn: e.principalArn };
}
function memberKey(member) {
  return /^(user|group|serviceAccount|domain|deleted:user|deleted:group|deleted:serviceAccount):/i.test(member) ? member.toLowerCase() : member;
}
function entryKey(e) {
  return e.kind === "gcp-binding" ? `gcp:${e.project}:${e.role}:${memberKey(e.member)}:${e.condition.title}` : `aws:${e.principalArn}:${e.policyName}`;
}
var MANAGED_PREFIX, UNVERIFIED;
var init_model4 = __esm({
  "action/src/cloud/model.ts"() {
    "use strict";
    MANAGED_PREFIX = "breakglass-";
    __name(scopeKey, "scopeKey");
    __name(entryScope, "entryScope");
    UNVERIFIED = "applied-unverified";
    __name(memberKey, "memberKey");
    __name(entryKey, "entryKey");
  }
});

// action/src/plan/aws-entries-parse.ts
function parseConditionDate(v) {
  const t = /^\d+$/.test(v) ? Number(v) * 1e3 : Date.parse(v);
  return Number.isNaN(t) ? void 0 : t;
}
var REVOKE_PREFIX, CURRENT_TIME, TOKEN_ISSUE_TIME, START_OP, END_OP;
var init_aws_entries_parse = __esm({
  "action/src/plan/aws-entries-parse.ts"() {
    "use strict";
    init_model4();
    init_clock();
    REVOKE_PREFIX = `${MANAGED_PREFIX}revoke-`;
    CURRENT_TIME = "aws:CurrentTime";
    TOKEN_ISSUE_TIME = "aws:TokenIssueTime";
    START_OP = "DateGreaterThanEquals";
    END_OP = "DateLessThan";
    __name(parseConditionDate, "parseConditionDate");
  }
});

// action/src/plan/aws-entries.ts
function awsInlineEntry(input) {
  const { grantId, account, principalArn, statements, start: start2, expires } = input;
  checkWindow(start2, expires);
  if (statements.length === 0)
    throw new Error(`grant ${grantId}: an AWS inline policy needs at least one statement`);
  const sidBase = sidPrefix(grantId);
  const document = {
    Version: "2012-10-17",
    Statement: statements.map((s, i) => ({
      Sid: `${sidBase}S${i + 1}`,
      Effect: "Allow",
      Action: [...s.actions],
      Resource: [...s.resources],
      Condition: windowConditions(s.conditions, start2, expires)
    }))
  };
  return {
    kind: "aws-inline",
    grantId,
    account,
    principalArn,
    policyName: policyName(MANAGED_PREFIX, grantId),
    document: checkCharset(document, grantId),
    start: isoSeconds(ceilSecond(start2)),
    expires: isoSeconds(expires)
  };
}
function assumeRoleStatement(roleArn) {
  return { actions: ["sts:AssumeRole"], resources: [roleArn] };
}
function awsAssumeRoleEntry(input) {
  const { roleArn, ...rest } = input;
  return awsInlineEntry({ ...rest, statements: [assumeRoleStatement(roleArn)] });
}
function awsSessionRevokeEntry(input) {
  const { grantId, account, roleArn, maxSessionSeconds } = input;
  checkDate(input.revokedAt, "revokedAt");
  const revokedAt = ceilSecond(input.revokedAt);
  if (!Number.isInteger(maxSessionSeconds) || maxSessionSeconds <= 0) {
    throw new Error(
      `grant ${grantId}: maxSessionSeconds must be a positive integer, got ${maxSessionSeconds}`
    );
  }
  const removeAfter = new Date(revokedAt.getTime() + maxSessionSeconds * 1e3);
  const document = {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: `${sidPrefix(grantId)}S1`,
        Effect: "Deny",
        Action: ["*"],
        Resource: ["*"],
        Condition: {
          [END_OP]: {
            [TOKEN_ISSUE_TIME]: isoSeconds(revokedAt),
            [CURRENT_TIME]: isoSeconds(removeAfter)
          }
        }
      }
    ]
  };
  return {
    kind: "aws-session-revoke",
    grantId,
    account,
    principalArn: roleArn,
    policyName: policyName(REVOKE_PREFIX, grantId),
    document: checkCharset(document, grantId),
    revokedAt: isoSeconds(revokedAt),
    removeAfter: isoSeconds(removeAfter)
  };
}
function windowConditions(own, start2, expires) {
  const out = {};
  for (const [op, block] of Object.entries(own ?? {})) {
    out[op] = Object.fromEntries(
      Object.entries(block).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])
    );
  }
  const lo = takeBound(out, START_OP, ceilSecond(start2).getTime(), Math.max);
  const hi = takeBound(out, END_OP, expires.getTime(), Math.min);
  (out[START_OP] ??= {})[CURRENT_TIME] = isoSeconds(new Date(lo));
  (out[END_OP] ??= {})[CURRENT_TIME] = isoSeconds(new Date(hi));
  return out;
}
function takeBound(conds, op, ours, stricter) {
  const block = conds[op];
  if (!block) return ours;
  let bound = ours;
  for (const [k, v] of Object.entries(block)) {
    if (k.toLowerCase() !== CURRENT_TIME.toLowerCase()) continue;
    const times = (Array.isArray(v) ? v : [v]).map(parseConditionDate);
    if (times.length === 0 || times.some((t) => t === void 0)) {
      throw new Error(`bundle condition ${op} ${k} has a value that is not a date`);
    }
    const nums = times;
    bound = stricter(bound, op.startsWith("DateLess") ? Math.max(...nums) : Math.min(...nums));
    delete block[k];
  }
  return bound;
}
function ceilSecond(d) {
  return new Date(Math.ceil(d.getTime() / 1e3) * 1e3);
}
function sidPrefix(grantId) {
  return `BG${grantId.replace(/[^A-Za-z0-9]/g, "")}`;
}
function policyName(prefix, grantId) {
  const name = `${prefix}${grantId}`;
  if (!POLICY_NAME.test(name))
    throw new Error(
      `grant id ${JSON.stringify(grantId)} does not make a valid IAM policy name (${name.length} chars, [\\w+=,.@-], max 128)`
    );
  return name;
}
function checkWindow(start2, expires) {
  checkDate(start2, "start");
  checkDate(expires, "expires");
  if (expires.getTime() <= start2.getTime())
    throw new Error(`expires (${isoSeconds(expires)}) must be after start (${isoSeconds(start2)})`);
}
function checkDate(d, what) {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new Error(`${what} is not a valid date`);
}
function checkCharset(doc, grantId) {
  if (!IAM_CHARSET.test(JSON.stringify(doc)))
    throw new Error(
      `grant ${grantId}: policy has characters IAM does not accept (outside U+0020\u2013U+00FF)`
    );
  return doc;
}
var POLICY_NAME, IAM_CHARSET;
var init_aws_entries = __esm({
  "action/src/plan/aws-entries.ts"() {
    "use strict";
    init_model4();
    init_clock();
    init_aws_entries_parse();
    init_aws_entries_parse();
    POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
    IAM_CHARSET = /^[\t\n\r\u0020-\u00ff]*$/;
    __name(awsInlineEntry, "awsInlineEntry");
    __name(assumeRoleStatement, "assumeRoleStatement");
    __name(awsAssumeRoleEntry, "awsAssumeRoleEntry");
    __name(awsSessionRevokeEntry, "awsSessionRevokeEntry");
    __name(windowConditions, "windowConditions");
    __name(takeBound, "takeBound");
    __name(ceilSecond, "ceilSecond");
    __name(sidPrefix, "sidPrefix");
    __name(policyName, "policyName");
    __name(checkWindow, "checkWindow");
    __name(checkDate, "checkDate");
    __name(checkCharset, "checkCharset");
  }
});

// action/src/plan/gcp-entries.ts
function gcpBindingEntry(input) {
  const { grantId, project, role, member } = input;
  if (!GRANT_ID.test(grantId))
    throw new Error(`gcp binding: invalid grant id ${JSON.stringify(grantId)}`);
  if (!PROJECT.test(project))
    throw new Error(`gcp binding: invalid project ${JSON.stringify(project)}`);
  if (!ROLE.test(role)) throw new Error(`gcp binding: invalid role ${JSON.stringify(role)}`);
  if (!MEMBER.test(member)) {
    throw new Error(
      `gcp binding: member ${JSON.stringify(member)} must be user:EMAIL or serviceAccount:EMAIL (groups propagate too slowly for an expiry)`
    );
  }
  const start2 = toSeconds(input.start, "start", Math.ceil);
  const expires = toSeconds(input.expires, "expires", Math.floor);
  if (start2.getTime() >= expires.getTime()) {
    throw new Error(
      `gcp binding: start ${isoSeconds(start2)} is not before expiry ${isoSeconds(expires)}`
    );
  }
  const s = isoSeconds(start2);
  const e = isoSeconds(expires);
  const expression = `request.time >= timestamp("${s}") && request.time < timestamp("${e}")`;
  if (!TEMPLATE.test(expression))
    throw new Error(`gcp binding: timestamps out of range (${s}, ${e})`);
  return {
    kind: "gcp-binding",
    grantId,
    project,
    role,
    member,
    condition: {
      title: `${MANAGED_PREFIX}${grantId}`,
      description: `Emergency access from breakglass grant ${grantId}, valid ${s} to ${e} (UTC). Managed by breakglass; do not edit.`,
      expression
    },
    start: s,
    expires: e
  };
}
function toSeconds(v, what, round) {
  if (typeof v === "string" && !ISO_WITH_ZONE.test(v))
    throw new Error(`gcp binding: ${what} is not an ISO time with a zone`);
  const d = typeof v === "string" ? new Date(v) : new Date(v.getTime());
  const ms2 = d.getTime();
  if (Number.isNaN(ms2)) throw new Error(`gcp binding: ${what} is not a valid time`);
  return new Date(round(ms2 / 1e3) * 1e3);
}
var GRANT_ID, MEMBER, ROLE, PROJECT, TS, TEMPLATE, ISO_WITH_ZONE;
var init_gcp_entries = __esm({
  "action/src/plan/gcp-entries.ts"() {
    "use strict";
    init_model4();
    init_clock();
    GRANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
    MEMBER = /^(?:user|serviceAccount):[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
    ROLE = /^(?:roles|projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/roles|organizations\/\d{1,20}\/roles)\/[A-Za-z0-9_.]{1,64}$/;
    PROJECT = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]|\d{1,20})$/;
    TS = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
    TEMPLATE = new RegExp(
      `^request\\.time >= timestamp\\("(${TS})"\\) && request\\.time < timestamp\\("(${TS})"\\)$`
    );
    __name(gcpBindingEntry, "gcpBindingEntry");
    ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;
    __name(toSeconds, "toSeconds");
  }
});

// action/src/plan/desired.ts
function entriesForGrant(policy, grant, start2, expires) {
  const bundle = policy.bundles.get(grant.bundle);
  const identity = policy.identities.get(grant.requester.toLowerCase());
  if (!bundle) return { entries: [], problems: [`bundle "${grant.bundle}" no longer exists in policies/`] };
  if (!identity) return { entries: [], problems: [`requester "${grant.requester}" has no identity in policies/`] };
  const wanted = new Set(selectedTargets(grant, bundle));
  const entries = [];
  const problems = [];
  for (const t of bundle.aws) {
    if (!wanted.has(`aws:${t.account}`)) continue;
    const principalArn = identity.aws.find((arn) => arn.split(":")[4] === t.account);
    if (!principalArn) {
      problems.push(`${grant.requester} has no AWS principal in account ${t.account}`);
      continue;
    }
    const base = { grantId: grant.id, account: t.account, principalArn, start: start2, expires };
    try {
      entries.push(t.assumeRole ? awsAssumeRoleEntry({ ...base, roleArn: t.assumeRole.roleArn }) : awsInlineEntry({ ...base, statements: t.statements ?? [] }));
    } catch (e) {
      problems.push(`aws:${t.account}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const t of bundle.gcp) {
    if (!wanted.has(`gcp:${t.project}`)) continue;
    if (!identity.gcp) {
      problems.push(`${grant.requester} has no GCP member`);
      continue;
    }
    for (const role of t.roles) {
      try {
        entries.push(gcpBindingEntry({ grantId: grant.id, project: t.project, role, member: identity.gcp, start: start2, expires }));
      } catch (e) {
        problems.push(`gcp:${t.project} ${role}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return { entries, problems };
}
function desiredState(policy, grants, now, revocations = /* @__PURE__ */ new Map()) {
  const out = { entries: [], grants: [], unapproved: [], invalid: [] };
  for (const g of grants) {
    if (!g.record) {
      out.unapproved.push({ path: g.path, grantId: g.grantId, why: "the commit that added it carries no decision record (Breakglass-Action: approve)" });
      continue;
    }
    if (!g.loaded) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: g.findings.map((f) => f.message) });
      continue;
    }
    const grant = g.loaded.grant;
    const r = g.record;
    if (r.requester.toLowerCase() !== grant.requester.toLowerCase() || r.bundle !== grant.bundle) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: ["the decision record names a different requester or bundle than the file"] });
      continue;
    }
    const revoked = revocations.get(g.grantId);
    if (revoked) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`grant ${g.grantId} was already revoked (${revoked.reason}); a grant file for it is not applied again`] });
      continue;
    }
    if (r.extends !== void 0 && revocations.get(r.extends)?.reason === "early") {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`it extends ${r.extends}, which was revoked early`] });
      continue;
    }
    if (!sameTargets(grant.targets, r.targets)) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: ["the grant file names other targets than its decision record (the file changed after approval)"] });
      continue;
    }
    const start2 = new Date(r.start);
    const expires = new Date(r.expires);
    const bundleMax = policy.bundles.get(grant.bundle)?.maxDurationMinutes ?? grant.durationMinutes;
    const longest = Math.min(grant.durationMinutes, bundleMax) * 6e4;
    if (!(expires.getTime() - start2.getTime() <= longest)) {
      out.invalid.push({ path: g.path, grantId: g.grantId, problems: [`the decision record's window ${r.start} \u2192 ${r.expires} is longer than the grant's duration (${grant.durationMinutes} min) or bundle ${grant.bundle}'s maximum (${bundleMax} min)`] });
      continue;
    }
    const status = now >= expires ? "expired" : now < start2 ? "scheduled" : "active";
    const targets = policy.bundles.get(grant.bundle) ? selectedTargets(grant, policy.bundles.get(grant.bundle)) : [];
    out.grants.push({ grantId: grant.id, path: g.path, requester: grant.requester, bundle: grant.bundle, start: r.start, expires: r.expires, status, targets });
    if (status === "expired") continue;
    const { entries, problems } = entriesForGrant(policy, grant, start2, expires);
    if (problems.length > 0) out.invalid.push({ path: g.path, grantId: g.grantId, problems });
    out.entries.push(...entries);
  }
  return out;
}
var init_desired = __esm({
  "action/src/plan/desired.ts"() {
    "use strict";
    init_bundle_targets();
    init_aws_entries();
    init_gcp_entries();
    __name(entriesForGrant, "entriesForGrant");
    __name(desiredState, "desiredState");
  }
});

// action/src/plan/stable-json.ts
function stableJson(v) {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
var init_stable_json = __esm({
  "action/src/plan/stable-json.ts"() {
    "use strict";
    __name(stableJson, "stableJson");
  }
});

// action/src/plan/plan.ts
function computePlan(input) {
  const { policy, desired, actual, history, now } = input;
  const unreadable2 = new Set((input.readErrors ?? []).map((e) => scopeId(e.scope)));
  const actualByKey = new Map(actual.map((m) => [m.key, m]));
  const desiredKeys = /* @__PURE__ */ new Set();
  const items = [];
  let unchanged = 0;
  for (const e of desired.entries) {
    const key = entryKey(e);
    desiredKeys.add(key);
    if (unreadable2.has(scopeId(entryScope(e)))) continue;
    const found = actualByKey.get(key);
    if (!found) items.push({ change: { op: "put", entry: e }, grantId: e.grantId, reason: "apply" });
    else if (!sameEntry(found.entry, e)) items.push({ change: { op: "put", entry: e }, grantId: e.grantId, reason: "restore" });
    else unchanged++;
  }
  const activeIds = new Set(desired.grants.filter((g) => g.status !== "expired").map((g) => g.grantId));
  for (const m of actual) {
    if (desiredKeys.has(m.key)) continue;
    const e = m.entry;
    if (e.kind === "aws-session-revoke") {
      if (now >= new Date(e.removeAfter)) items.push({ change: { op: "remove", entry: e }, grantId: m.grantId, reason: "cleanup" });
      else unchanged++;
      continue;
    }
    const reason = activeIds.has(m.grantId) || !history.everApproved.has(m.grantId) ? "drift" : entryExpired(e, now) ? "expired" : "early";
    items.push({ change: { op: "remove", entry: e }, grantId: m.grantId, reason });
    const endSessions = sessionRevokeFor(policy, e, reason, now);
    if (endSessions && !actualByKey.has(entryKey(endSessions))) {
      items.push({ change: { op: "put", entry: endSessions }, grantId: m.grantId, reason: "end-sessions" });
    }
  }
  const planned = new Set(items.map((i) => entryKey(i.change.entry)));
  for (const deny of missedSessionDenies(policy, history, activeIds, now)) {
    const key = entryKey(deny);
    if (planned.has(key) || actualByKey.has(key) || unreadable2.has(scopeId(entryScope(deny)))) continue;
    items.push({ change: { op: "put", entry: deny }, grantId: deny.grantId, reason: "end-sessions" });
  }
  return { at: isoSeconds(now), items, unchanged, flags: input.flags ?? [], readErrors: input.readErrors ?? [], desired };
}
function scopeId(s) {
  return s.cloud === "aws" ? `aws:${s.principalArn}` : `gcp:${s.project}`;
}
function entryExpired(e, now) {
  return e.kind !== "aws-session-revoke" && now >= new Date(e.expires);
}
function sameEntry(a, b) {
  if (a.kind === "gcp-binding" && b.kind === "gcp-binding") return a.condition.expression === b.condition.expression;
  if (a.kind !== "gcp-binding" && b.kind !== "gcp-binding") return stableJson(a.document) === stableJson(b.document);
  return false;
}
function sessionRevokeFor(policy, e, reason, now) {
  if (e.kind !== "aws-inline") return void 0;
  const roles = e.document.Statement.filter((s) => [s.Action].flat().includes("sts:AssumeRole")).flatMap((s) => [s.Resource].flat());
  const roleArn = roles[0];
  if (roles.length !== 1 || !roleArn || roleArn.includes("*")) return void 0;
  const configured = [...policy.bundles.values()].flatMap((b) => b.aws).find((t) => t.assumeRole?.roleArn === roleArn)?.assumeRole?.maxSessionSeconds;
  const maxSessionSeconds = configured ?? MAX_SESSION_SECONDS;
  const revokedAt = reason === "expired" ? new Date(Math.min(now.getTime(), Date.parse(e.expires))) : now;
  if (revokedAt.getTime() + maxSessionSeconds * 1e3 <= now.getTime()) return void 0;
  return awsSessionRevokeEntry({ grantId: e.grantId, account: e.account, roleArn, revokedAt, maxSessionSeconds });
}
function missedSessionDenies(policy, history, activeIds, now) {
  const out = [];
  for (const [grantId, approval] of history.everApproved) {
    if (activeIds.has(grantId) || history.revocations.has(grantId) || !history.applied.has(grantId)) continue;
    const bundle = policy.bundles.get(approval.bundle);
    if (!bundle) continue;
    const expires = Date.parse(approval.expires);
    const revokedAt = new Date(Math.min(now.getTime(), expires));
    for (const t of bundle.aws) {
      if (!t.assumeRole || approval.targets.length > 0 && !approval.targets.includes(`aws:${t.account}`)) continue;
      const maxSessionSeconds = t.assumeRole.maxSessionSeconds ?? MAX_SESSION_SECONDS;
      if (revokedAt.getTime() + maxSessionSeconds * 1e3 <= now.getTime()) continue;
      out.push(awsSessionRevokeEntry({ grantId, account: t.account, roleArn: t.assumeRole.roleArn, revokedAt, maxSessionSeconds }));
    }
  }
  return out;
}
function scopesToRead(policy, desired, history, now) {
  const out = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((s) => out.set(scopeId(s), s), "add");
  const accounts = /* @__PURE__ */ new Set();
  const projects = /* @__PURE__ */ new Set();
  for (const b of policy.bundles.values()) {
    for (const t of b.aws) {
      accounts.add(t.account);
      if (t.assumeRole) add({ cloud: "aws", account: t.account, principalArn: t.assumeRole.roleArn });
    }
    for (const t of b.gcp) {
      projects.add(t.project);
      add({ cloud: "gcp", project: t.project });
    }
  }
  for (const [grantId, applied] of history?.applied ?? []) {
    const approval = history?.everApproved.get(grantId);
    if (history?.revocations.has(grantId) || !approval || now && now.getTime() >= Date.parse(approval.expires)) continue;
    for (const s of appliedScopes(applied.results)) {
      if (s.cloud === "aws" ? accounts.has(s.account) : projects.has(s.project)) add(s);
    }
  }
  for (const id of policy.identities.values()) {
    for (const arn of id.aws) {
      const account = arn.split(":")[4] ?? "";
      if (accounts.has(account)) add({ cloud: "aws", account, principalArn: arn });
    }
  }
  for (const e of desired.entries) add(entryScope(e));
  return [...out.values()].sort((a, b) => scopeId(a).localeCompare(scopeId(b)));
}
function appliedScopes(results) {
  const out = [];
  for (const line of results) {
    const target = line.split(" ", 1)[0] ?? "";
    const aws = /^aws:(arn:aws:iam::(\d{12}):(?:role|user)\/[\w+=,.@/-]+)$/.exec(target);
    if (aws) out.push({ cloud: "aws", account: aws[2], principalArn: aws[1] });
    const gcp = /^gcp:([a-z][a-z0-9-]{4,28}[a-z0-9])$/.exec(target);
    if (gcp) out.push({ cloud: "gcp", project: gcp[1] });
  }
  return out;
}
var MAX_SESSION_SECONDS;
var init_plan = __esm({
  "action/src/plan/plan.ts"() {
    "use strict";
    init_model4();
    init_clock();
    init_aws_entries();
    init_stable_json();
    MAX_SESSION_SECONDS = 43200;
    __name(computePlan, "computePlan");
    __name(scopeId, "scopeId");
    __name(entryExpired, "entryExpired");
    __name(sameEntry, "sameEntry");
    __name(sessionRevokeFor, "sessionRevokeFor");
    __name(missedSessionDenies, "missedSessionDenies");
    __name(scopesToRead, "scopesToRead");
    __name(appliedScopes, "appliedScopes");
  }
});

// action/src/reconcile/execute.ts
function stillValid(clock) {
  return (e) => clock.now() < new Date(e.kind === "aws-session-revoke" ? e.removeAfter : e.expires);
}
async function executePlan(plan, deps2) {
  const byScope = /* @__PURE__ */ new Map();
  for (const item of plan.items) {
    const scope = entryScope(item.change.entry);
    const k = scopeKey(scope);
    const group = byScope.get(k) ?? { scope, items: [] };
    group.items.push(item);
    byScope.set(k, group);
  }
  const guard = { stillValid: stillValid(deps2.clock) };
  const groups2 = [...byScope.values()].map((g) => ({ ...g, items: [...g.items.filter((i) => i.change.op === "remove"), ...g.items.filter((i) => i.change.op !== "remove")] }));
  const results = new Array(groups2.length);
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < groups2.length) {
      const i = next++;
      const g = groups2[i];
      results[i] = await runScope(g.scope, g.items, deps2.providers[g.scope.cloud], guard);
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(deps2.concurrency ?? 8, groups2.length) }, worker));
  return results.flat();
}
async function runScope(scope, items, provider, guard) {
  const failAll = /* @__PURE__ */ __name((message2) => items.map((item) => ({ item, result: { change: item.change, status: "failed", message: message2, retryable: true } })), "failAll");
  if (!provider) return failAll(`${scope.cloud.toUpperCase()} is not configured for this run`);
  try {
    const results = await provider.write(scope, items.map((i) => i.change), guard);
    return items.map((item, k) => ({ item, result: results[k] ?? { change: item.change, status: "failed", message: "provider returned no result for this change" } }));
  } catch (e) {
    return failAll(`unexpected error: ${errorMessage(e)}`);
  }
}
function succeeded(r) {
  return r.status === "done" || r.status === "already-done";
}
var init_execute = __esm({
  "action/src/reconcile/execute.ts"() {
    "use strict";
    init_model4();
    init_errors();
    __name(stillValid, "stillValid");
    __name(executePlan, "executePlan");
    __name(runScope, "runScope");
    __name(succeeded, "succeeded");
  }
});

// action/src/reconcile/records.ts
function targetLabel(e) {
  return e.kind === "gcp-binding" ? `gcp:${e.project} ${e.role} ${e.member}` : `aws:${e.principalArn} ${e.policyName}`;
}
function pendingRecords(input) {
  const { plan, results, history, onBranch, now } = input;
  const time = isoSeconds(now);
  const out = /* @__PURE__ */ new Map();
  const failed = new Set(results.filter((r) => !succeeded(r.result)).map((r) => r.item.grantId));
  const byGrant = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (r.item.change.op !== "remove" || r.item.reason === "cleanup") continue;
    byGrant.set(r.item.grantId, [...byGrant.get(r.item.grantId) ?? [], r]);
  }
  const allRead = plan.readErrors.length === 0;
  for (const [grantId, rs] of byGrant) {
    if (!allRead || failed.has(grantId) || history.revocations.has(grantId)) continue;
    const reason = rs[0].item.reason;
    const record = { grantId, reason, time, results: rs.map((r) => `${targetLabel(r.item.change.entry)} ${r.result.status}`) };
    out.set(grantId, withPath(record, reason, onBranch));
  }
  if (allRead) {
    const live = new Set(input.actual.filter((m) => m.entry.kind !== "aws-session-revoke").map((m) => m.grantId));
    const status = new Map(plan.desired.grants.map((g) => [g.grantId, g.status]));
    for (const [grantId, approval] of history.everApproved) {
      if (out.has(grantId) || history.revocations.has(grantId) || failed.has(grantId) || live.has(grantId)) continue;
      const present = onBranch.has(grantId);
      if (present && status.get(grantId) !== "expired") continue;
      const expired = now >= new Date(approval.expires);
      const reason = present || expired ? "expired" : "early";
      out.set(grantId, withPath({ grantId, reason, time, results: ["no live cloud entries"] }, reason, onBranch));
    }
  }
  return [...out.values()].sort((a, b) => a.record.grantId.localeCompare(b.record.grantId));
}
function withPath(record, reason, onBranch) {
  const path = onBranch.get(record.grantId);
  return reason === "expired" && path ? { record, removePath: path } : { record };
}
var init_records = __esm({
  "action/src/reconcile/records.ts"() {
    "use strict";
    init_clock();
    init_execute();
    __name(targetLabel, "targetLabel");
    __name(pendingRecords, "pendingRecords");
    __name(withPath, "withPath");
  }
});

// action/src/reconcile/apply-records.ts
function pendingApplyRecords(input) {
  const { plan, results, history } = input;
  const present = new Set(input.actual.map((m) => m.key));
  const planned = new Map(plan.items.filter((i) => i.change.op === "put").map((i) => [entryKey(i.change.entry), i]));
  const ok = new Set(results.filter((r) => r.item.change.op === "put" && succeeded(r.result) && r.result.message !== UNVERIFIED).map((r) => entryKey(r.item.change.entry)));
  const invalid = new Set(plan.desired.invalid.map((i) => i.grantId));
  const out = [];
  for (const g of plan.desired.grants) {
    if (g.status === "expired" || history.applied.has(g.grantId) || invalid.has(g.grantId)) continue;
    const entries = plan.desired.entries.filter((e) => e.grantId === g.grantId);
    if (entries.length === 0) continue;
    const inPlace = entries.every((e) => {
      const k = entryKey(e);
      return planned.has(k) ? ok.has(k) : present.has(k);
    });
    if (inPlace) out.push({ grantId: g.grantId, time: isoSeconds(input.now), results: entries.map((e) => `${targetLabel(e)} applied`) });
  }
  return out.sort((a, b) => a.grantId.localeCompare(b.grantId));
}
var init_apply_records = __esm({
  "action/src/reconcile/apply-records.ts"() {
    "use strict";
    init_model4();
    init_clock();
    init_execute();
    init_records();
    __name(pendingApplyRecords, "pendingApplyRecords");
  }
});

// action/src/reconcile/clock-skew.ts
function httpDateOf(url, fetchImpl = fetch) {
  return async () => {
    try {
      const res = await fetchImpl(url, { method: "HEAD", signal: AbortSignal.timeout(5e3) });
      const t = Date.parse(res.headers.get("date") ?? "");
      return Number.isNaN(t) ? void 0 : new Date(t);
    } catch {
      return void 0;
    }
  };
}
async function checkClockSkew(clock, server, maxMs = MAX_CLOCK_SKEW_MS) {
  const theirs = await server();
  if (!theirs) return { ok: true };
  const skewMs = clock.now().getTime() - theirs.getTime();
  if (Math.abs(skewMs) <= maxMs + 1e3) return { ok: true, skewMs };
  const secs2 = Math.round(skewMs / 1e3);
  return {
    ok: false,
    skewMs,
    message: `runner clock is ${Math.abs(secs2)} s ${secs2 > 0 ? "ahead of" : "behind"} the cloud's clock (limit ${maxMs / 1e3} s): no cloud write made`
  };
}
var MAX_CLOCK_SKEW_MS;
var init_clock_skew = __esm({
  "action/src/reconcile/clock-skew.ts"() {
    "use strict";
    MAX_CLOCK_SKEW_MS = 6e4;
    __name(httpDateOf, "httpDateOf");
    __name(checkClockSkew, "checkClockSkew");
  }
});

// action/src/commands/reconcile.ts
async function buildPlan(deps2, opts = {}) {
  const now = opts.at ?? deps2.clock.now();
  const [policies, paths, commits] = await Promise.all([loadPolicies(deps2.repo), listGrantPaths(deps2.repo), deps2.history.commits()]);
  if (!policies.loaded) throw new InvalidPolicies(policies.findings);
  const policy = policies.loaded.policy;
  const history = grantHistory(commits);
  const grants = await Promise.all(
    paths.map(async (path) => {
      const g = await loadGrantFile(deps2.repo, path);
      const approval = history.approvals.get(path);
      const item = { path, grantId: grantIdFromPath(path) ?? path, findings: g.findings };
      if (g.loaded) item.loaded = g.loaded;
      if (approval?.record) item.record = approval.record;
      return item;
    })
  );
  const onBranch = new Map(grants.map((g) => [g.grantId, g.path]));
  const desired = desiredState(policy, grants, now, history.revocations);
  opts.beforeCloudRead?.();
  const { actual, flags, readErrors } = opts.offline ? { actual: [], flags: [], readErrors: [] } : await readClouds(deps2.providers, scopesToRead(policy, desired, history, now));
  const plan = computePlan({ policy, desired, actual, flags, readErrors, history, now });
  return { policy, plan, actual, history, onBranch };
}
async function readClouds(providers, scopes) {
  const perCloud = await Promise.all(
    ["aws", "gcp"].map(async (cloud) => {
      const out = { actual: [], flags: [], readErrors: [] };
      const mine = scopes.filter((s) => s.cloud === cloud);
      if (mine.length === 0) return out;
      const provider = providers[cloud];
      if (!provider) {
        for (const scope of mine) out.readErrors.push({ scope, message: `${cloud.toUpperCase()} is not configured for this run` });
        return out;
      }
      try {
        const r = await provider.read(mine);
        out.actual.push(...r.entries);
        out.flags.push(...r.flags);
        out.readErrors.push(...r.errors);
      } catch (e) {
        for (const scope of mine) out.readErrors.push({ scope, message: errorMessage(e) });
      }
      return out;
    })
  );
  return {
    actual: perCloud.flatMap((c) => c.actual),
    flags: perCloud.flatMap((c) => c.flags),
    readErrors: perCloud.flatMap((c) => c.readErrors)
  };
}
async function reconcile(deps2, opts = {}) {
  const serverTime = opts.dryRun ? void 0 : deps2.serverTime;
  let skewCheck;
  const checkClock = /* @__PURE__ */ __name(() => skewCheck ??= serverTime && checkClockSkew(deps2.clock, serverTime), "checkClock");
  const state = await buildPlan(deps2, { beforeCloudRead: checkClock });
  const log = deps2.log ?? (() => {
  });
  const none = { results: [], recorded: [], applied: [], recordErrors: [], failedRevocations: [], failedApplies: [] };
  if (opts.dryRun) return { ...state, ...none };
  const clockCheck = checkClock();
  if (clockCheck) {
    const skew = await clockCheck;
    if (!skew.ok) {
      log(skew.message);
      return { ...state, ...none, clockSkew: skew.message };
    }
  }
  const results = await executePlan(state.plan, { providers: deps2.providers, clock: deps2.clock, ...deps2.concurrency ? { concurrency: deps2.concurrency } : {} });
  for (const r of results) log(`${r.item.reason} ${r.item.grantId}: ${r.result.status}${r.result.message ? ` (${r.result.message})` : ""}`);
  const pending = pendingRecords({ plan: state.plan, results, actual: state.actual, history: state.history, onBranch: state.onBranch, now: deps2.clock.now() });
  const recorded = [];
  const recordErrors = [];
  for (const p of pending) {
    if (!deps2.records) break;
    try {
      await deps2.records.commit(p);
      recorded.push(p);
    } catch (e) {
      recordErrors.push({ grantId: p.record.grantId, message: errorMessage(e) });
    }
  }
  const applied = [];
  for (const a of pendingApplyRecords({ plan: state.plan, results, actual: state.actual, history: state.history, now: deps2.clock.now() })) {
    if (!deps2.records) break;
    try {
      await deps2.records.commitApply(a);
      applied.push(a);
    } catch (e) {
      recordErrors.push({ grantId: a.grantId, message: errorMessage(e) });
    }
  }
  const failed = results.filter((r) => !succeeded(r.result) && r.result.status !== "skipped");
  return {
    ...state,
    results,
    recorded,
    applied,
    recordErrors,
    failedRevocations: failed.filter((r) => r.item.change.op === "remove" || r.item.reason === "end-sessions"),
    failedApplies: failed.filter((r) => r.item.change.op === "put" && r.item.reason !== "end-sessions")
  };
}
var InvalidPolicies;
var init_reconcile = __esm({
  "action/src/commands/reconcile.ts"() {
    "use strict";
    init_errors();
    init_finding();
    init_grant();
    init_desired();
    init_plan();
    init_execute();
    init_apply_records();
    init_clock_skew();
    init_records();
    init_grant_records();
    init_load_all();
    InvalidPolicies = class extends Error {
      constructor(findings) {
        super(`policies/ are invalid:
${findings.map(formatFinding).join("\n")}`);
        this.findings = findings;
      }
      findings;
      static {
        __name(this, "InvalidPolicies");
      }
    };
    __name(buildPlan, "buildPlan");
    __name(readClouds, "readClouds");
    __name(reconcile, "reconcile");
  }
});

// action/src/repo/git.ts
async function git(cwd, args, input) {
  return new Promise((resolve2, reject) => {
    const child = (0, import_node_child_process2.execFile)("git", args, { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: "utf8", env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || err.message}`));
      else resolve2(stdout);
    });
    if (input !== void 0) child.stdin?.end(input);
  });
}
var import_node_child_process2;
var init_git = __esm({
  "action/src/repo/git.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    __name(git, "git");
  }
});

// action/src/reconcile/record-store.ts
function applyMessage(r) {
  return `breakglass: applied ${r.grantId}

${applyTrailers(r)}
`;
}
function revocationMessage(p) {
  const r = p.record;
  return `breakglass: revoke ${r.grantId} (${r.reason})

${revocationTrailers(r)}
`;
}
function localRecordStore(cwd) {
  const identity = ["-c", "user.name=breakglass", "-c", "user.email=breakglass@users.noreply.github.com"];
  return {
    async commit(p) {
      if (p.removePath) await git(cwd, ["rm", "-q", "--", p.removePath]);
      await git(cwd, [...identity, "commit", "-q", "--allow-empty", "--no-verify", "-F", "-"], revocationMessage(p));
    },
    async commitApply(r) {
      await git(cwd, [...identity, "commit", "-q", "--allow-empty", "--no-verify", "-F", "-"], applyMessage(r));
    }
  };
}
var init_record_store = __esm({
  "action/src/reconcile/record-store.ts"() {
    "use strict";
    init_trailers();
    init_git();
    __name(applyMessage, "applyMessage");
    __name(revocationMessage, "revocationMessage");
    __name(localRecordStore, "localRecordStore");
  }
});

// action/src/report/plan-text.ts
function entryDetail(e) {
  if (e.kind === "gcp-binding") return { kind: e.kind, grantId: e.grantId, project: e.project, binding: { role: e.role, members: [e.member], condition: e.condition }, start: e.start, expires: e.expires };
  if (e.kind === "aws-session-revoke") return { kind: e.kind, grantId: e.grantId, account: e.account, roleArn: e.principalArn, policyName: e.policyName, document: e.document, revokedAt: e.revokedAt, removeAfter: e.removeAfter };
  return { kind: e.kind, grantId: e.grantId, account: e.account, principalArn: e.principalArn, policyName: e.policyName, document: e.document, start: e.start, expires: e.expires };
}
function planJson(plan) {
  return {
    at: plan.at,
    changes: plan.items.map((i) => ({ op: i.change.op, reason: i.reason, grantId: i.grantId, ...entryDetail(i.change.entry) })),
    unchanged: plan.unchanged,
    grants: plan.desired.grants,
    unapproved: plan.desired.unapproved,
    invalid: plan.desired.invalid,
    flags: plan.flags,
    readErrors: plan.readErrors.map((e) => ({ scope: e.scope, message: e.message }))
  };
}
function planText(plan) {
  const lines = [`plan at ${plan.at}: ${plan.items.length} change(s), ${plan.unchanged} unchanged`];
  for (const i of plan.items) lines.push(`  ${i.change.op === "put" ? "+" : "-"} ${i.reason.padEnd(12)} ${i.grantId}  ${targetLabel(i.change.entry)}`);
  for (const g of plan.desired.grants) lines.push(`  grant ${g.grantId}: ${g.status} ${g.start} \u2192 ${g.expires} (${g.requester}, ${g.bundle})`);
  for (const u of plan.desired.unapproved) lines.push(`  unapproved ${u.path}: ${u.why}; not applied`);
  for (const i of plan.desired.invalid) lines.push(`  invalid ${i.path}: ${i.problems.join("; ")}`);
  for (const f of plan.flags) lines.push(`  flag ${f.ruleId}: ${f.message}`);
  for (const e of plan.readErrors) lines.push(`  cannot read ${e.scope.cloud === "aws" ? e.scope.principalArn : e.scope.project}: ${e.message}`);
  return lines.join("\n");
}
function reconcileText(r) {
  const lines = [planText(r.plan)];
  for (const x of r.results) lines.push(`  ${x.result.status.padEnd(12)} ${x.item.reason} ${x.item.grantId} ${targetLabel(x.item.change.entry)}${x.result.message ? `: ${x.result.message}` : ""}`);
  for (const p of r.recorded) lines.push(`  recorded revocation of ${p.record.grantId} (${p.record.reason})`);
  for (const e of r.recordErrors) lines.push(`  could not record revocation of ${e.grantId}: ${e.message}`);
  lines.push(`reconcile: ${r.results.length - r.failedApplies.length - r.failedRevocations.length} ok, ${r.failedApplies.length} apply failure(s), ${r.failedRevocations.length} revoke failure(s)`);
  return lines.join("\n");
}
var init_plan_text = __esm({
  "action/src/report/plan-text.ts"() {
    "use strict";
    init_records();
    __name(entryDetail, "entryDetail");
    __name(planJson, "planJson");
    __name(planText, "planText");
    __name(reconcileText, "reconcileText");
  }
});

// action/src/cli/clouds-from-env.ts
async function providersFromEnv(policy, io) {
  const bundles = [...policy.bundles.values()];
  const wanted = (io.env.BREAKGLASS_CLOUDS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const use = /* @__PURE__ */ __name((cloud, inPolicy) => wanted.length ? wanted.includes(cloud) : inPolicy, "use");
  const providers = {};
  if (use("aws", bundles.some((b) => b.aws.length > 0))) {
    const { AwsProvider, createAwsClientFactory } = await Promise.resolve().then(() => __toESM(require("./aws.cjs"), 1));
    const opts = {
      region: io.env.AWS_REGION ?? "us-east-1",
      ...io.env.BREAKGLASS_AWS_ENDPOINT ? { endpoint: io.env.BREAKGLASS_AWS_ENDPOINT } : {},
      endpoints: perAccount(io.env, "BREAKGLASS_AWS_ENDPOINT_"),
      profiles: perAccount(io.env, "BREAKGLASS_AWS_PROFILE_")
    };
    providers.aws = new AwsProvider({ clientFor: await createAwsClientFactory(opts), clock: io.clock, sleep: io.sleep });
  }
  if (use("gcp", bundles.some((b) => b.gcp.length > 0))) {
    const { GcpProvider, createGcpAuth } = await Promise.resolve().then(() => __toESM(require("./gcp.cjs"), 1));
    const root = io.env.BREAKGLASS_GCP_ROOT_URL;
    providers.gcp = new GcpProvider({ request: await createGcpAuth(), clock: io.clock, sleep: io.sleep, ...root ? { rootUrl: root.endsWith("/") ? root : `${root}/` } : {} });
  }
  return providers;
}
function perAccount(env, prefix) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    const account = k.startsWith(prefix) ? k.slice(prefix.length) : "";
    if (/^\d{12}$/.test(account) && v) out[account] = v;
  }
  return out;
}
var init_clouds_from_env = __esm({
  "action/src/cli/clouds-from-env.ts"() {
    "use strict";
    __name(providersFromEnv, "providersFromEnv");
    __name(perAccount, "perAccount");
  }
});

// action/src/cli/plan-cmd.ts
var plan_cmd_exports = {};
__export(plan_cmd_exports, {
  planCmd: () => planCmd,
  reconcileCmd: () => reconcileCmd
});
async function deps(io, offline) {
  const repo = localRepo(io.cwd);
  const policies = await loadPolicies(repo);
  const providers = offline || !policies.loaded ? {} : await providersFromEnv(policies.loaded.policy, io);
  return { repo, history: gitHistory(io.cwd), providers, records: localRecordStore(io.cwd), clock: io.clock, log: /* @__PURE__ */ __name((l) => io.err(l), "log") };
}
async function planCmd(argv, io) {
  const { values } = parse(argv, { at: { type: "string" }, grant: { type: "string" }, offline: { type: "boolean" }, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const at = isoFlag("at", values.at) ?? io.clock.now();
  if (values.grant !== void 0) return previewGrant(values.grant.replace(/^\.\//, ""), at, format, io);
  const state = await buildPlan(await deps(io, values.offline === true), { at, offline: values.offline === true });
  io.out(format === "json" ? JSON.stringify(planJson(state.plan), null, 2) : planText(state.plan));
  return state.plan.readErrors.length > 0 ? EXIT.failed : EXIT.ok;
}
async function previewGrant(file, at, format, io) {
  const repo = localRepo(io.cwd);
  const [policies, grant] = await Promise.all([loadPolicies(repo), loadGrantFile(repo, file)]);
  const findings = [...policies.findings.filter((f) => f.severity === "error"), ...grant.findings];
  if (!policies.loaded || !grant.loaded) {
    io.err(findings.map(formatFinding).join("\n"));
    return EXIT.failed;
  }
  const g = grant.loaded.grant;
  const start2 = new Date(Math.max(at.getTime(), g.start ? Date.parse(g.start) : 0));
  start2.setUTCMilliseconds(0);
  const expires = new Date(start2.getTime() + g.durationMinutes * 6e4);
  const { entries, problems } = entriesForGrant(policies.loaded.policy, g, start2, expires);
  const out = { grantId: g.id, requester: g.requester, bundle: g.bundle, start: isoSeconds(start2), expires: isoSeconds(expires), entries: entries.map(entryDetail), problems };
  if (format === "json") io.out(JSON.stringify(out, null, 2));
  else {
    io.out(`grant ${g.id}: ${g.requester} \u2192 ${g.bundle}, ${out.start} \u2192 ${out.expires} (UTC)`);
    for (const e of out.entries) io.out(JSON.stringify(e, null, 2));
    for (const p of problems) io.out(`problem: ${p}`);
  }
  return problems.length > 0 ? EXIT.failed : EXIT.ok;
}
async function reconcileCmd(argv, io) {
  const { values } = parse(argv, { "dry-run": { type: "boolean" }, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const checkUrl = io.env.BREAKGLASS_CLOCK_CHECK_URL;
  const r = await reconcile({ ...await deps(io, false), ...checkUrl ? { serverTime: httpDateOf(checkUrl) } : {} }, { dryRun: values["dry-run"] === true });
  if (format === "json") {
    io.out(JSON.stringify({ ...planJson(r.plan), results: r.results.map((x) => ({ op: x.item.change.op, reason: x.item.reason, grantId: x.item.grantId, ...x.result, change: void 0 })), recorded: r.recorded.map((p) => p.record), recordErrors: r.recordErrors }, null, 2));
  } else io.out(reconcileText(r));
  if (r.clockSkew) io.err(r.clockSkew);
  const failed = r.failedRevocations.length > 0 || r.recordErrors.length > 0 || r.plan.readErrors.length > 0 || r.clockSkew !== void 0;
  return failed ? EXIT.failed : EXIT.ok;
}
var init_plan_cmd = __esm({
  "action/src/cli/plan-cmd.ts"() {
    "use strict";
    init_clock();
    init_reconcile();
    init_finding();
    init_desired();
    init_clock_skew();
    init_record_store();
    init_files();
    init_history();
    init_load_all();
    init_plan_text();
    init_args();
    init_clouds_from_env();
    init_io();
    __name(deps, "deps");
    __name(planCmd, "planCmd");
    __name(previewGrant, "previewGrant");
    __name(reconcileCmd, "reconcileCmd");
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS, "isAlias");
    var isDocument = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC, "isDocument");
    var isMap = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP, "isMap");
    var isPair = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR, "isPair");
    var isScalar = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR, "isScalar");
    var isSeq = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ, "isSeq");
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isCollection, "isCollection");
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isNode, "isNode");
    var hasAnchor = /* @__PURE__ */ __name((node) => (isScalar(node) || isCollection(node)) && !!node.anchor, "hasAnchor");
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    __name(visit, "visit");
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visit_, "visit_");
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    __name(visitAsync, "visitAsync");
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visitAsync_, "visitAsync_");
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    __name(initVisitor, "initVisitor");
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    __name(callVisitor, "callVisitor");
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    __name(replaceNode, "replaceNode");
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = /* @__PURE__ */ __name((tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), "escapeTagName");
    var Directives = class _Directives {
      static {
        __name(this, "Directives");
      }
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    __name(anchorIsValid, "anchorIsValid");
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    __name(anchorNames, "anchorNames");
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    __name(findNewAnchor, "findNewAnchor");
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: /* @__PURE__ */ __name((source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        }, "onAnchor"),
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: /* @__PURE__ */ __name(() => {
          for (const source of aliasObjects) {
            const ref2 = sourceObjects.get(source);
            if (typeof ref2 === "object" && ref2.anchor && (identity.isScalar(ref2.node) || identity.isCollection(ref2.node))) {
              ref2.node.anchor = ref2.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        }, "setAnchors"),
        sourceObjects
      };
    }
    __name(createNodeAnchors, "createNodeAnchors");
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    __name(applyReviver, "applyReviver");
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    __name(toJS, "toJS");
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      static {
        __name(this, "NodeBase");
      }
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      static {
        __name(this, "Alias");
      }
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: /* @__PURE__ */ __name((_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }, "Node")
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    __name(getAliasCount, "getAliasCount");
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = /* @__PURE__ */ __name((value) => !value || typeof value !== "function" && typeof value !== "object", "isScalarValue");
    var Scalar = class extends Node.NodeBase {
      static {
        __name(this, "Scalar");
      }
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    __name(findTagObject, "findTagObject");
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref2 = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref2 = sourceObjects.get(value);
        if (ref2) {
          ref2.anchor ?? (ref2.anchor = onAnchor(value));
          return new Alias.Alias(ref2.anchor);
        } else {
          ref2 = { anchor: null, node: null };
          sourceObjects.set(value, ref2);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref2)
            ref2.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref2)
        ref2.node = node;
      return node;
    }
    __name(createNode, "createNode");
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: /* @__PURE__ */ __name(() => {
          throw new Error("This should not happen, please report a bug.");
        }, "onAnchor"),
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    __name(collectionFromPath, "collectionFromPath");
    var isEmptyPath = /* @__PURE__ */ __name((path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done, "isEmptyPath");
    var Collection2 = class extends Node.NodeBase {
      static {
        __name(this, "Collection");
      }
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection2;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = /* @__PURE__ */ __name((str) => str.replace(/^(?!$)(?: $)?/gm, "#"), "stringifyComment");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    __name(indentComment, "indentComment");
    var lineComment = /* @__PURE__ */ __name((str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment, "lineComment");
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    __name(foldFlowLines, "foldFlowLines");
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text2[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text2[start2];
        }
      }
      return end;
    }
    __name(consumeMoreIndentedLines, "consumeMoreIndentedLines");
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = /* @__PURE__ */ __name((ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), "getFoldOptions");
    var containsDocumentMarker = /* @__PURE__ */ __name((str) => /^(%|---|\.\.\.)/m.test(str), "containsDocumentMarker");
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    __name(lineLengthOverLimit, "lineLengthOverLimit");
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start2, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start2, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    __name(doubleQuotedString, "doubleQuotedString");
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(singleQuotedString, "singleQuotedString");
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    __name(quotedString, "quotedString");
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start2}${value}${end}`;
    }
    __name(blockString, "blockString");
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = /* @__PURE__ */ __name((tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), "test");
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(plainString, "plainString");
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = /* @__PURE__ */ __name((_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, "_stringify");
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    __name(stringifyString, "stringifyString");
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    __name(createStringifyContext, "createStringifyContext");
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    __name(getTagObject, "getTagObject");
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    __name(stringifyProps, "stringifyProps");
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: /* @__PURE__ */ __name((o) => tagObj = o, "onTagObj") });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    __name(stringify2, "stringify");
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow2 = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow2) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    __name(stringifyPair, "stringifyPair");
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    __name(debug, "debug");
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    __name(warn, "warn");
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: /* @__PURE__ */ __name((value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY, "identify"),
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: /* @__PURE__ */ __name(() => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }), "resolve"),
      stringify: /* @__PURE__ */ __name(() => MERGE_KEY, "stringify")
    };
    var isMergeKey = /* @__PURE__ */ __name((ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default), "isMergeKey");
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    __name(addMergeToJSMap, "addMergeToJSMap");
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    __name(mergeValue, "mergeValue");
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    __name(resolveAliasValue, "resolveAliasValue");
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    __name(addPairToJSMap, "addPairToJSMap");
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    __name(stringifyKey, "stringifyKey");
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    __name(createPair, "createPair");
    var Pair = class _Pair {
      static {
        __name(this, "Pair");
      }
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow2 = ctx.inFlow ?? collection.flow;
      const stringify3 = flow2 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    __name(stringifyCollection, "stringifyCollection");
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    __name(stringifyBlockCollection, "stringifyBlockCollection");
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    __name(stringifyFlowCollection, "stringifyFlowCollection");
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    __name(addCommentBefore, "addCommentBefore");
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    __name(findPair, "findPair");
    var YAMLMap = class extends Collection2.Collection {
      static {
        __name(this, "YAMLMap");
      }
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = /* @__PURE__ */ __name((key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        }, "add");
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx), "createNode")
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static {
        __name(this, "YAMLSeq");
      }
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    __name(asItemIndex, "asItemIndex");
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx), "createNode")
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: /* @__PURE__ */ __name((str) => str, "resolve"),
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
      createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "resolve"),
      stringify: /* @__PURE__ */ __name(({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr, "stringify")
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: /* @__PURE__ */ __name((str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"), "resolve"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    __name(stringifyNumber, "stringifyNumber");
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str) => parseFloat(str), "resolve"),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    var intResolve = /* @__PURE__ */ __name((str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix), "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intOct = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0o"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    __name(intIdentify, "intIdentify");
    var stringifyJSON = /* @__PURE__ */ __name(({ value }) => JSON.stringify(value), "stringifyJSON");
    var jsonScalars = [
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: /* @__PURE__ */ __name((str) => str, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
        createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: /* @__PURE__ */ __name(() => null, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: /* @__PURE__ */ __name((str) => str === "true", "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: /* @__PURE__ */ __name((str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10), "resolve"),
        stringify: /* @__PURE__ */ __name(({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value), "stringify")
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: /* @__PURE__ */ __name((str) => parseFloat(str), "resolve"),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Uint8Array, "identify"),
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    __name(resolvePairs, "resolvePairs");
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    __name(createPairs, "createPairs");
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      static {
        __name(this, "YAMLOMap");
      }
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: /* @__PURE__ */ __name((value) => value instanceof Map, "identify"),
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx), "createNode")
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    __name(boolStringify, "boolStringify");
    var trueTag = {
      identify: /* @__PURE__ */ __name((value) => value === true, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(true), "resolve"),
      stringify: boolStringify
    };
    var falseTag = {
      identify: /* @__PURE__ */ __name((value) => value === false, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(false), "resolve"),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str) => parseFloat(str.replace(/_/g, "")), "resolve"),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    __name(intResolve, "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 2, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 2, "0b"), "stringify")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 1, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, opt) => intResolve(str, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      static {
        __name(this, "YAMLSet");
      }
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: /* @__PURE__ */ __name((value) => value instanceof Set, "identify"),
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx), "createNode"),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = /* @__PURE__ */ __name((n) => asBigInt ? BigInt(n) : Number(n), "num");
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    __name(parseSexagesimal, "parseSexagesimal");
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = /* @__PURE__ */ __name((n) => n, "num");
      if (typeof value === "bigint")
        num = /* @__PURE__ */ __name((n) => BigInt(n), "num");
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    __name(stringifySexagesimal, "stringifySexagesimal");
    var intTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: /* @__PURE__ */ __name((str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt), "resolve"),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str) => parseSexagesimal(str, false), "resolve"),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Date, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: /* @__PURE__ */ __name(({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? "", "stringify")
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    __name(getTags, "getTags");
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = /* @__PURE__ */ __name((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, "sortMapEntriesByKey");
    var Schema = class _Schema {
      static {
        __name(this, "Schema");
      }
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    __name(stringifyDocument, "stringifyDocument");
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      static {
        __name(this, "Document");
      }
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = /* @__PURE__ */ __name((v) => typeof v === "number" || v instanceof String || v instanceof Number, "keyToStr");
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow2, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow2 && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection2.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection2.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection2.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection2.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    __name(assertCollection, "assertCollection");
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      static {
        __name(this, "YAMLError");
      }
      constructor(name, pos, code2, message2) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      static {
        __name(this, "YAMLParseError");
      }
      constructor(pos, code2, message2) {
        super("YAMLParseError", pos, code2, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      static {
        __name(this, "YAMLWarning");
      }
      constructor(pos, code2, message2) {
        super("YAMLWarning", pos, code2, message2);
      }
    };
    var prettifyError = /* @__PURE__ */ __name((src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    }, "prettifyError");
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow: flow2, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow2 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow2 ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow2) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow2}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    __name(resolveProps, "resolveProps");
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    __name(containsNewline, "containsNewline");
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    __name(flowIndentCheck, "flowIndentCheck");
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    __name(mapIncludes, "mapIncludes");
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    __name(resolveBlockMap, "resolveBlockMap");
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    __name(resolveBlockSeq, "resolveBlockSeq");
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    __name(resolveEnd, "resolveEnd");
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = /* @__PURE__ */ __name((token) => token && (token.type === "block-map" || token.type === "block-seq"), "isBlock");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    __name(resolveFlowCollection, "resolveFlowCollection");
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    __name(resolveCollection, "resolveCollection");
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    __name(composeCollection, "composeCollection");
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start2 = scalar2.offset;
      const header2 = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header2.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header2.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar2.indent + header2.indent;
      let offset = scalar2.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header2.length + scalar2.source.length;
      return { value, type, comment: header2.comment, range: [start2, end, end] };
    }
    __name(resolveBlockScalar, "resolveBlockScalar");
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    __name(parseBlockScalarHeader, "parseBlockScalarHeader");
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    __name(splitLines, "splitLines");
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = /* @__PURE__ */ __name((rel, code2, msg) => onError(offset + rel, code2, msg), "_onError");
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    __name(resolveFlowScalar, "resolveFlowScalar");
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    __name(plainValue, "plainValue");
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    __name(singleQuotedValue, "singleQuotedValue");
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    __name(unfoldLines, "unfoldLines");
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    __name(doubleQuotedValue, "doubleQuotedValue");
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    __name(foldNewline, "foldNewline");
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    __name(parseCharCode, "parseCharCode");
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    __name(composeScalar, "composeScalar");
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    __name(findScalarTagByName, "findScalarTagByName");
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    __name(findScalarTagByTest, "findScalarTagByTest");
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    __name(emptyScalarPosition, "emptyScalarPosition");
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message2 = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    __name(composeNode, "composeNode");
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    __name(composeEmptyNode, "composeEmptyNode");
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    __name(composeAlias, "composeAlias");
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    __name(composeDoc, "composeDoc");
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    __name(getErrorPos, "getErrorPos");
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    __name(parsePrelude, "parsePrelude");
    var Composer = class {
      static {
        __name(this, "Composer");
      }
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message2, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = /* @__PURE__ */ __name((pos, code2, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message2);
        }, "_onError");
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    __name(resolveAsScalar, "resolveAsScalar");
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    __name(createScalarToken, "createScalarToken");
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    __name(setScalarValue, "setScalarValue");
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    __name(setBlockScalarValue, "setBlockScalarValue");
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    __name(addEndtoBlockProps, "addEndtoBlockProps");
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    __name(setFlowScalarValue, "setFlowScalarValue");
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = /* @__PURE__ */ __name((cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst), "stringify");
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    __name(stringifyToken, "stringifyToken");
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    __name(stringifyItem, "stringifyItem");
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    __name(visit, "visit");
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    __name(_visit, "_visit");
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = /* @__PURE__ */ __name((token) => !!token && "items" in token, "isCollection");
    var isScalar = /* @__PURE__ */ __name((token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar"), "isScalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    __name(prettyToken, "prettyToken");
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    __name(tokenType, "tokenType");
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    __name(isEmpty, "isEmpty");
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = /* @__PURE__ */ __name((ch) => !ch || invalidAnchorChars.has(ch), "isNotAnchorChar");
    var Lexer = class {
      static {
        __name(this, "Lexer");
      }
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      static {
        __name(this, "LineCounter");
      }
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    __name(includesToken, "includesToken");
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    __name(findNonEmptyIndex, "findNonEmptyIndex");
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    __name(isFlowToken, "isFlowToken");
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    __name(getPrevProps, "getPrevProps");
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    __name(getFirstKeyStartProps, "getFirstKeyStartProps");
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    __name(arrayPushArray, "arrayPushArray");
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    __name(fixFlowSeqItems, "fixFlowSeqItems");
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar2.end) {
            sep2 = scalar2.end;
            sep2.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start: start2, key: scalar2, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    __name(parseOptions, "parseOptions");
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    __name(parseAllDocuments, "parseAllDocuments");
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    __name(parseDocument, "parseDocument");
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    __name(parse4, "parse");
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    __name(stringify2, "stringify");
    exports2.parse = parse4;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// action/src/grant/render.ts
function newGrantId(requester, bundle, at) {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const id = `${stamp}-${requester}-${bundle}`.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/-+/g, "-");
  return id.slice(0, 64).replace(/-+$/, "");
}
function renderGrant(id, f) {
  const ordered = { requester: f.requester, bundle: f.bundle, duration: f.duration, reason: f.reason };
  for (const k of ["incident", "ticket", "start", "extends"]) if (f[k] !== void 0) ordered[k] = f[k];
  if (f.targets && f.targets.length > 0) ordered.targets = f.targets;
  const body = (0, import_yaml.stringify)(ordered, { version: "1.2", defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  const text2 = `${SCHEMA_LINE}
${body}`;
  const path = `grants/${id}.yaml`;
  const r = loadGrant(text2, path);
  return r.ok ? { ok: true, path, text: text2, grant: r.loaded.grant } : { ok: false, findings: r.findings };
}
var import_yaml, SCHEMA_LINE;
var init_render = __esm({
  "action/src/grant/render.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_grant();
    SCHEMA_LINE = "# yaml-language-server: $schema=../action/schemas/grant.schema.json";
    __name(newGrantId, "newGrantId");
    __name(renderGrant, "renderGrant");
  }
});

// action/src/commands/request.ts
async function request(input, gh) {
  const me = gh ? await gh.whoAmI() : void 0;
  const requester = me?.login ?? input.requester;
  if (!requester) throw new UserError("who is asking? pass --requester LOGIN for a dry run, or set GITHUB_TOKEN to your own token");
  const { now, requester: _ignored, ...fields } = input;
  const id = newGrantId(requester, input.bundle, now);
  const file = renderGrant(id, { ...fields, requester });
  if (!file.ok) throw new UserError(`the grant would be invalid:
${file.findings.map(formatFinding).join("\n")}`);
  const result = { id, path: file.path, text: file.text };
  if (!gh) return result;
  const branch = `breakglass/${id}`;
  await gh.branchWithFile(branch, file.path, file.text, `grant ${id}: ${input.bundle} for ${input.duration}`);
  result.pr = await gh.openPull({ head: branch, title: `Break-glass: ${input.bundle} for ${input.duration}${input.incident ? ` (${input.incident})` : ""}`, body: prBody(id, input) });
  return result;
}
function prBody(id, input) {
  return [
    `Grant request \`${id}\`, opened with \`breakglass request\`.`,
    "",
    `- bundle: \`${input.bundle}\``,
    `- duration: \`${input.duration}\``,
    ...input.incident ? [`- incident: \`${input.incident}\``] : [],
    "",
    "The reason is in the grant file. Breakglass checks this PR, approves it at once if you are on call, or asks the eligible approvers to review."
  ].join("\n");
}
var init_request = __esm({
  "action/src/commands/request.ts"() {
    "use strict";
    init_errors();
    init_finding();
    init_render();
    __name(request, "request");
    __name(prBody, "prBody");
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports2, module2) {
    (function(global2, factory) {
      typeof exports2 === "object" && typeof module2 !== "undefined" ? module2.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports2, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      __name(getCjsExportFromNamespace, "getCjsExportFromNamespace");
      var load2 = /* @__PURE__ */ __name(function(received, defaults, onto = {}) {
        var k, ref2, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref2 = received[k]) != null ? ref2 : v;
        }
        return onto;
      }, "load");
      var overwrite = /* @__PURE__ */ __name(function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      }, "overwrite");
      var parser = {
        load: load2,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        static {
          __name(this, "DLList");
        }
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref2 = node, node = node.next, ref2.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref2, ref1, ref22, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref2 = node, node = node.next, {
              value: ref2.value,
              prev: (ref1 = ref2.prev) != null ? ref1.value : void 0,
              next: (ref22 = ref2.next) != null ? ref22.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        static {
          __name(this, "Events");
        }
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        static {
          __name(this, "Queues");
        }
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref2, results;
            results = [];
            for (i = j = 1, ref2 = num_priorities; 1 <= ref2 ? j <= ref2 : j >= ref2; i = 1 <= ref2 ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
        static {
          __name(this, "BottleneckError");
        }
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        static {
          __name(this, "Job");
        }
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message: message2 = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message2));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        static {
          __name(this, "LocalDatastore");
        }
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message2) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message2.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve2, reject) {
            return setTimeout(resolve2, t);
          });
        }
        computePenalty() {
          var ref2;
          return (ref2 = this.storeOptions.penalty) != null ? ref2 : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        static {
          __name(this, "States");
        }
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref2;
          return (ref2 = this.status[this._jobs[id]]) != null ? ref2 : null;
        }
        statusJobs(status) {
          var k, pos, ref2, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref2 = this._jobs;
            results = [];
            for (k in ref2) {
              v = ref2[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        static {
          __name(this, "Sync");
        }
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve2, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve2, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve2(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve2;
          resolve2 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve2 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve2, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$2");
      var require$$3 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$3");
      var require$$4 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$4");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          static {
            __name(this, "Group");
          }
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref2;
            return (ref2 = this.instances[key]) != null ? ref2 : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref2, results, v;
            ref2 = this.instances;
            results = [];
            for (k in ref2) {
              v = ref2[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start2;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start2 = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start2, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref2, results, time, v;
              time = Date.now();
              ref2 = this.instances;
              results = [];
              for (k in ref2) {
                v = ref2[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref2;
            if (!this.sharedConnection) {
              return (ref2 = this.connection) != null ? ref2.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          static {
            __name(this, "Batcher");
          }
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$4$1");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          static {
            __name(this, "Bottleneck");
          }
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref2;
              return (ref2 = this._store.heartbeat) != null ? typeof ref2.ref === "function" ? ref2.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref2;
              return (ref2 = this._store.heartbeat) != null ? typeof ref2.unref === "function" ? ref2.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message2) {
            return this._store.__publish__(message2);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message2) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message: message2 });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = /* @__PURE__ */ __name((at) => {
              var finished;
              finished = /* @__PURE__ */ __name(() => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              }, "finished");
              return new this.Promise((resolve2, reject) => {
                if (finished()) {
                  return resolve2();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve2();
                    }
                  });
                }
              });
            }, "waitForExecuting");
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref2, v;
                ref2 = this._scheduled;
                for (k in ref2) {
                  v = ref2[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref2, ref1, task;
            if (typeof args[0] === "function") {
              ref2 = args, [fn, ...args] = ref2, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = /* @__PURE__ */ __name((...args2) => {
              return new this.Promise(function(resolve2, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve2)(args3);
                });
              });
            }, "task");
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = /* @__PURE__ */ __name(function(...args) {
              return schedule(fn.bind(this), ...args);
            }, "wrapped");
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError;
var init_dist_src = __esm({
  "node_modules/@octokit/request-error/dist-src/index.js"() {
    RequestError = class extends Error {
      static {
        __name(this, "RequestError");
      }
      name;
      /**
       * http status code
       */
      status;
      /**
       * Request options that lead to the error.
       */
      request;
      /**
       * Response object if a response was received
       */
      response;
      constructor(message2, statusCode, options) {
        super(message2, { cause: options.cause });
        this.name = "HttpError";
        this.status = Number.parseInt(statusCode);
        if (Number.isNaN(this.status)) {
          this.status = 0;
        }
        if ("response" in options) {
          this.response = options.response;
        }
        const requestCopy = Object.assign({}, options.request);
        if (options.request.headers.authorization) {
          requestCopy.headers = Object.assign({}, options.request.headers, {
            authorization: options.request.headers.authorization.replace(
              /(?<! ) .*$/,
              " [REDACTED]"
            )
          });
        }
        requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
        this.request = requestCopy;
      }
    };
  }
});

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request3, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request3),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request3, options) {
  const response = await request3(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: /* @__PURE__ */ __name((error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }, "retryRequest")
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
var import_light, VERSION;
var init_dist_bundle = __esm({
  "node_modules/@octokit/plugin-retry/dist-bundle/index.js"() {
    import_light = __toESM(require_light(), 1);
    init_dist_src();
    VERSION = "0.0.0-development";
    __name(isRequestError, "isRequestError");
    __name(errorRequest, "errorRequest");
    __name(wrapRequest, "wrapRequest");
    __name(requestWithGraphqlErrorHandling, "requestWithGraphqlErrorHandling");
    __name(retry, "retry");
    retry.VERSION = VERSION;
  }
});

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
function wrapRequest2(state, request3, options) {
  return state.retryLimiter.schedule(doRequest, state, request3, options);
}
async function doRequest(state, request3, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request3.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request3, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = /* @__PURE__ */ __name(() => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info) {
      const [state2, request3, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request3.retryCount;
      request3.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request3.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  }, "initializeBottleneck");
  octokit.hook.wrap("request", (request3, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request3, options);
  });
  return {};
}
var import_light2, VERSION2, noop, triggers_notification_paths_default, regex, triggersNotification, groups, createGroups;
var init_dist_bundle2 = __esm({
  "node_modules/@octokit/plugin-throttling/dist-bundle/index.js"() {
    import_light2 = __toESM(require_light(), 1);
    VERSION2 = "0.0.0-development";
    noop = /* @__PURE__ */ __name(() => Promise.resolve(), "noop");
    __name(wrapRequest2, "wrapRequest");
    __name(doRequest, "doRequest");
    __name(isAuthRequest, "isAuthRequest");
    triggers_notification_paths_default = [
      "/orgs/{org}/invitations",
      "/orgs/{org}/invitations/{invitation_id}",
      "/orgs/{org}/teams/{team_slug}/discussions",
      "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
      "/repos/{owner}/{repo}/collaborators/{username}",
      "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
      "/repos/{owner}/{repo}/issues",
      "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
      "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
      "/repos/{owner}/{repo}/pulls",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
      "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
      "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
      "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      "/repos/{owner}/{repo}/releases",
      "/teams/{team_id}/discussions",
      "/teams/{team_id}/discussions/{discussion_number}/comments"
    ];
    __name(routeMatcher, "routeMatcher");
    regex = routeMatcher(triggers_notification_paths_default);
    triggersNotification = regex.test.bind(regex);
    groups = {};
    createGroups = /* @__PURE__ */ __name(function(Bottleneck3, common) {
      groups.global = new Bottleneck3.Group({
        id: "octokit-global",
        maxConcurrent: 10,
        ...common
      });
      groups.auth = new Bottleneck3.Group({
        id: "octokit-auth",
        maxConcurrent: 1,
        ...common
      });
      groups.search = new Bottleneck3.Group({
        id: "octokit-search",
        maxConcurrent: 1,
        minTime: 2e3,
        ...common
      });
      groups.write = new Bottleneck3.Group({
        id: "octokit-write",
        maxConcurrent: 1,
        minTime: 1e3,
        ...common
      });
      groups.notifications = new Bottleneck3.Group({
        id: "octokit-notifications",
        maxConcurrent: 1,
        minTime: 3e3,
        ...common
      });
    }, "createGroups");
    __name(throttling, "throttling");
    throttling.VERSION = VERSION2;
    throttling.triggersNotification = triggersNotification;
  }
});

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}
var init_universal_user_agent = __esm({
  "node_modules/universal-user-agent/index.js"() {
    __name(getUserAgent, "getUserAgent");
  }
});

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}
var init_register = __esm({
  "node_modules/before-after-hook/lib/register.js"() {
    __name(register, "register");
  }
});

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    }, "hook");
  }
  if (kind === "after") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    }, "hook");
  }
  if (kind === "error") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    }, "hook");
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}
var init_add = __esm({
  "node_modules/before-after-hook/lib/add.js"() {
    __name(addHook, "addHook");
  }
});

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}
var init_remove = __esm({
  "node_modules/before-after-hook/lib/remove.js"() {
    __name(removeHook, "removeHook");
  }
});

// node_modules/before-after-hook/index.js
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var bind, bindable, before_after_hook_default;
var init_before_after_hook = __esm({
  "node_modules/before-after-hook/index.js"() {
    init_register();
    init_add();
    init_remove();
    bind = Function.bind;
    bindable = bind.bind(bind);
    __name(bindApi, "bindApi");
    __name(Singular, "Singular");
    __name(Collection, "Collection");
    before_after_hook_default = { Singular, Collection };
  }
});

// node_modules/@octokit/endpoint/dist-bundle/index.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse2(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var VERSION3, userAgent, DEFAULTS, urlVariableRegex, endpoint;
var init_dist_bundle3 = __esm({
  "node_modules/@octokit/endpoint/dist-bundle/index.js"() {
    init_universal_user_agent();
    VERSION3 = "0.0.0-development";
    userAgent = `octokit-endpoint.js/${VERSION3} ${getUserAgent()}`;
    DEFAULTS = {
      method: "GET",
      baseUrl: "https://api.github.com",
      headers: {
        accept: "application/vnd.github.v3+json",
        "user-agent": userAgent
      },
      mediaType: {
        format: ""
      }
    };
    __name(lowercaseKeys, "lowercaseKeys");
    __name(isPlainObject, "isPlainObject");
    __name(mergeDeep, "mergeDeep");
    __name(removeUndefinedProperties, "removeUndefinedProperties");
    __name(merge, "merge");
    __name(addQueryParameters, "addQueryParameters");
    urlVariableRegex = /\{[^{}}]+\}/g;
    __name(removeNonChars, "removeNonChars");
    __name(extractUrlVariableNames, "extractUrlVariableNames");
    __name(omit, "omit");
    __name(encodeReserved, "encodeReserved");
    __name(encodeUnreserved, "encodeUnreserved");
    __name(encodeValue, "encodeValue");
    __name(isDefined, "isDefined");
    __name(isKeyOperator, "isKeyOperator");
    __name(getValues, "getValues");
    __name(parseUrl, "parseUrl");
    __name(expand, "expand");
    __name(parse2, "parse");
    __name(endpointWithDefaults, "endpointWithDefaults");
    __name(withDefaults, "withDefaults");
    endpoint = withDefaults(null, DEFAULTS);
  }
});

// node_modules/content-type/dist/index.js
function parse3(header2, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header2.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header2.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header2.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header2.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header2, type, index, len, stopFlags);
}
function parseParameters(header2, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header2.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header2.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header2.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header2.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header2, quotedStart, index) : header2.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header2.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header2.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header2.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start2, end) {
  let result = "";
  for (let index = start2; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start2, index);
      start2 = ++index;
    }
  }
  return result + str.slice(start2, end);
}
var SP, HTAB, SEMI, EQ, DQUOTE, BSLASH, COMMA, LOWER_CASE, OWS, SEMI_FLAG, COMMA_FLAG, TOKEN_FLAG, NON_ASCII, CASE_FLAGS, CHAR_MAP, NullObject;
var init_dist = __esm({
  "node_modules/content-type/dist/index.js"() {
    SP = 32;
    HTAB = 9;
    SEMI = 59;
    EQ = 61;
    DQUOTE = 34;
    BSLASH = 92;
    COMMA = 44;
    LOWER_CASE = 1;
    OWS = 2;
    SEMI_FLAG = 4;
    COMMA_FLAG = 8;
    TOKEN_FLAG = 16;
    NON_ASCII = 65280;
    CASE_FLAGS = LOWER_CASE | NON_ASCII;
    CHAR_MAP = new Uint8Array(256);
    CHAR_MAP[HTAB] |= OWS;
    CHAR_MAP[SP] |= OWS;
    CHAR_MAP[SEMI] |= SEMI_FLAG;
    CHAR_MAP[COMMA] |= COMMA_FLAG;
    for (let code2 = 128; code2 <= 255; code2++) {
      CHAR_MAP[code2] |= LOWER_CASE;
    }
    for (const char of "!#$%&'*+-.^_`|~") {
      CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
    }
    for (let code2 = 48; code2 <= 57; code2++) {
      CHAR_MAP[code2] |= TOKEN_FLAG;
    }
    for (let code2 = 65; code2 <= 90; code2++) {
      CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
    }
    for (let code2 = 97; code2 <= 122; code2++) {
      CHAR_MAP[code2] |= TOKEN_FLAG;
    }
    NullObject = /* @__PURE__ */ (() => {
      const C = /* @__PURE__ */ __name(function() {
      }, "C");
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    __name(parse3, "parse");
    __name(parseParameters, "parseParameters");
    __name(unescapeQuotedPairs, "unescapeQuotedPairs");
  }
});

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex, noiseValue, originalStringify, originalParse, customFormat, bigIntsStringify, noiseStringify, isUnstringifiable, isRawJSON, stringifyIteratively, JSONStringify, featureCache, isContextSourceSupported, convertMarkedBigIntsReviver, JSONParseV2, MAX_INT, MAX_DIGITS, stringsOrLargeNumbers, noiseValueWithQuotes, applyReviverIteratively, serializeBigInts, JSONParse;
var init_json_with_bigint = __esm({
  "node_modules/json-with-bigint/json-with-bigint.js"() {
    intRegex = /^-?\d+$/;
    noiseValue = /^-?\d+n+$/;
    originalStringify = JSON.stringify;
    originalParse = JSON.parse;
    customFormat = /^-?\d+n$/;
    bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
    noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
    isUnstringifiable = /* @__PURE__ */ __name((val) => val === void 0 || typeof val === "function" || typeof val === "symbol", "isUnstringifiable");
    isRawJSON = /* @__PURE__ */ __name((val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON", "isRawJSON");
    stringifyIteratively = /* @__PURE__ */ __name((rootValue, replacer, spaceParam) => {
      let space = "";
      if (typeof spaceParam === "number") {
        space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
      } else if (typeof spaceParam === "string") {
        space = spaceParam.slice(0, 10);
      }
      const isFunctionReplacer = typeof replacer === "function";
      const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
      const prepareVal = /* @__PURE__ */ __name((parent, key, val) => {
        const isObject2 = val !== null && typeof val === "object";
        const hasToJSON = isObject2 && typeof val.toJSON === "function";
        if (hasToJSON) {
          val = val.toJSON(key);
        }
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val + "n";
        const isBigInt = typeof val === "bigint";
        if (isBigInt) {
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return JSON.rawJSON(val.toString());
          return val.toString() + "n";
        }
        if (isFunctionReplacer) {
          val = replacer.call(parent, key, val);
        }
        const isPostReplacerObject = val !== null && typeof val === "object";
        if (isPostReplacerObject) {
          const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
          if (isPrimitiveWrapper) {
            val = val.valueOf();
          }
        }
        return val;
      }, "prepareVal");
      const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
      if (isUnstringifiable(rootProcessed)) {
        return void 0;
      }
      const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
      const isRootNativeRawJSON = isRawJSON(rootProcessed);
      if (isRootPrimitive || isRootNativeRawJSON) {
        return originalStringify(rootProcessed);
      }
      const chunks = [];
      let level = 0;
      const stack = [
        {
          parent: { "": rootProcessed },
          key: "",
          val: rootProcessed,
          isArray: Array.isArray(rootProcessed),
          keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
          index: 0,
          first: true
        }
      ];
      const visited = new WeakSet([rootProcessed]);
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (node.index === 0) {
          chunks.push(node.isArray ? "[" : "{");
          level++;
        }
        let isDone = false;
        if (node.isArray) {
          if (node.index < node.val.length) {
            if (!node.first) chunks.push(",");
            if (space) chunks.push("\n" + space.repeat(level));
            const childRaw = node.val[node.index];
            const childVal = prepareVal(node.val, String(node.index), childRaw);
            if (isUnstringifiable(childVal)) {
              chunks.push("null");
              node.first = false;
              node.index++;
            } else {
              const isComplexObject = childVal !== null && typeof childVal === "object";
              const isNativeRaw = isRawJSON(childVal);
              if (isComplexObject && !isNativeRaw) {
                if (visited.has(childVal)) {
                  throw new TypeError("Converting circular structure to JSON");
                }
                visited.add(childVal);
                stack.push({
                  parent: node.val,
                  key: String(node.index),
                  val: childVal,
                  isArray: Array.isArray(childVal),
                  keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                  index: 0,
                  first: true
                });
                node.first = false;
                node.index++;
              } else {
                chunks.push(originalStringify(childVal));
                node.first = false;
                node.index++;
              }
            }
          } else {
            isDone = true;
          }
        } else {
          while (node.index < node.keys.length) {
            const k = node.keys[node.index++];
            const isFilteredOutByArray = propertyList && !propertyList.has(k);
            if (isFilteredOutByArray) continue;
            const childRaw = node.val[k];
            const childVal = prepareVal(node.val, k, childRaw);
            if (isUnstringifiable(childVal)) continue;
            if (!node.first) chunks.push(",");
            if (space) {
              chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
            } else {
              chunks.push(originalStringify(k) + ":");
            }
            const isComplexObject = childVal !== null && typeof childVal === "object";
            const isNativeRaw = isRawJSON(childVal);
            if (isComplexObject && !isNativeRaw) {
              if (visited.has(childVal)) {
                throw new TypeError("Converting circular structure to JSON");
              }
              visited.add(childVal);
              stack.push({
                parent: node.val,
                key: k,
                val: childVal,
                isArray: Array.isArray(childVal),
                keys: Array.isArray(childVal) ? null : Object.keys(childVal),
                index: 0,
                first: true
              });
              node.first = false;
              break;
            } else {
              chunks.push(originalStringify(childVal));
              node.first = false;
            }
          }
          const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
          if (isNodeFullyProcessed) {
            isDone = true;
          }
        }
        if (isDone) {
          level--;
          if (!node.first && space) chunks.push("\n" + space.repeat(level));
          chunks.push(node.isArray ? "]" : "}");
          visited.delete(node.val);
          stack.pop();
        }
      }
      return chunks.join("");
    }, "stringifyIteratively");
    JSONStringify = /* @__PURE__ */ __name((value, replacer, space) => {
      try {
        const supportsRawJSON = "rawJSON" in JSON;
        if (supportsRawJSON) {
          return originalStringify(
            value,
            (key, val) => {
              if (typeof val === "bigint") return JSON.rawJSON(val.toString());
              const hasFunctionReplacer = typeof replacer === "function";
              if (hasFunctionReplacer) return replacer(key, val);
              const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
              if (isKeyInArrayReplacer) return val;
              return val;
            },
            space
          );
        }
        if (!value) return originalStringify(value, replacer, space);
        const convertedToCustomJSON = originalStringify(
          value,
          (key, val) => {
            const isNoise = typeof val === "string" && noiseValue.test(val);
            if (isNoise) return val.toString() + "n";
            if (typeof val === "bigint") return val.toString() + "n";
            const hasFunctionReplacer = typeof replacer === "function";
            if (hasFunctionReplacer) return replacer(key, val);
            const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
            if (isKeyInArrayReplacer) return val;
            return val;
          },
          space
        );
        const processedJSON = convertedToCustomJSON.replace(
          bigIntsStringify,
          "$1$2$3"
        );
        const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
        return denoisedJSON;
      } catch (error2) {
        if (error2 instanceof RangeError) {
          const convertedJSON = stringifyIteratively(value, replacer, space);
          if (convertedJSON === void 0) return void 0;
          const supportsRawJSON = "rawJSON" in JSON;
          if (supportsRawJSON) return convertedJSON;
          const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
          return processedJSON.replace(noiseStringify, "$1$2$3");
        }
        throw error2;
      }
    }, "JSONStringify");
    featureCache = /* @__PURE__ */ new Map();
    isContextSourceSupported = /* @__PURE__ */ __name(() => {
      const parseFingerprint = JSON.parse.toString();
      if (featureCache.has(parseFingerprint)) {
        return featureCache.get(parseFingerprint);
      }
      try {
        const result = JSON.parse(
          "1",
          (_, __, context) => !!context?.source && context.source === "1"
        );
        featureCache.set(parseFingerprint, result);
        return result;
      } catch {
        featureCache.set(parseFingerprint, false);
        return false;
      }
    }, "isContextSourceSupported");
    convertMarkedBigIntsReviver = /* @__PURE__ */ __name((key, value, context, userReviver) => {
      const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
      if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
      const isNoiseValue = typeof value === "string" && noiseValue.test(value);
      if (isNoiseValue) return value.slice(0, -1);
      const hasUserReviver = typeof userReviver === "function";
      if (!hasUserReviver) return value;
      return userReviver(key, value, context);
    }, "convertMarkedBigIntsReviver");
    JSONParseV2 = /* @__PURE__ */ __name((text2, reviver) => {
      return JSON.parse(text2, (key, value, context) => {
        const isNumber = typeof value === "number";
        const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
        const isBigNumber = isNumber && isOutOfBounds;
        const isInt = context && intRegex.test(context.source);
        const isBigInt = isBigNumber && isInt;
        if (isBigInt) return BigInt(context.source);
        const hasCustomReviver = typeof reviver === "function";
        if (!hasCustomReviver) return value;
        return reviver(key, value, context);
      });
    }, "JSONParseV2");
    MAX_INT = Number.MAX_SAFE_INTEGER.toString();
    MAX_DIGITS = MAX_INT.length;
    stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
    noiseValueWithQuotes = /^"-?\d+n+"$/;
    applyReviverIteratively = /* @__PURE__ */ __name((parsed, userReviver) => {
      const rootHolder = { "": parsed };
      const stack = [{ parent: rootHolder, key: "", visited: false }];
      while (stack.length > 0) {
        const node = stack[stack.length - 1];
        if (!node.visited) {
          node.visited = true;
          const value = node.parent[node.key];
          const isComplexObject = value !== null && typeof value === "object";
          if (isComplexObject) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
              stack.push({ parent: value, key: keys[i], visited: false });
            }
          }
        } else {
          const { parent, key } = node;
          let value = parent[key];
          if (typeof value === "string") {
            const isCustomFormatBigInt = customFormat.test(value);
            if (isCustomFormatBigInt) {
              value = BigInt(value.slice(0, -1));
            } else {
              const isNoise = noiseValue.test(value);
              if (isNoise) value = value.slice(0, -1);
            }
          }
          const hasUserReviver = typeof userReviver === "function";
          if (hasUserReviver) {
            value = userReviver.call(parent, key, value);
          }
          const isDeleted = value === void 0;
          if (isDeleted) {
            delete parent[key];
          } else {
            parent[key] = value;
          }
          stack.pop();
        }
      }
      return rootHolder[""];
    }, "applyReviverIteratively");
    serializeBigInts = /* @__PURE__ */ __name((text2) => {
      return text2.replace(
        stringsOrLargeNumbers,
        (match, digits, fractional, exponential) => {
          const isString = match[0] === '"';
          const isNoise = isString && noiseValueWithQuotes.test(match);
          if (isNoise) return match.substring(0, match.length - 1) + 'n"';
          const hasFractionalOrExponential = fractional || exponential;
          const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
          const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
          if (isStandardValue) return match;
          return '"' + match + 'n"';
        }
      );
    }, "serializeBigInts");
    JSONParse = /* @__PURE__ */ __name((text2, reviver) => {
      if (!text2) return originalParse(text2, reviver);
      try {
        if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
        const serializedData = serializeBigInts(text2);
        return originalParse(
          serializedData,
          (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
        );
      } catch (error2) {
        if (error2 instanceof RangeError) {
          const serializedData = serializeBigInts(text2);
          const parsed = originalParse(serializedData);
          return applyReviverIteratively(parsed, reviver);
        }
        throw error2;
      }
    }, "JSONParse");
  }
});

// node_modules/@octokit/request/dist-bundle/index.js
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message2 = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message2 = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message2 = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message2 = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message2, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = /* @__PURE__ */ __name(function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request22 = /* @__PURE__ */ __name((route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    }, "request2");
    Object.assign(request22, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request22, endpointOptions);
  }, "newApi");
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var VERSION4, defaults_default, noop2, request2;
var init_dist_bundle4 = __esm({
  "node_modules/@octokit/request/dist-bundle/index.js"() {
    init_dist_bundle3();
    init_universal_user_agent();
    init_dist();
    init_json_with_bigint();
    init_dist_src();
    VERSION4 = "10.0.16";
    defaults_default = {
      headers: {
        "user-agent": `octokit-request.js/${VERSION4} ${getUserAgent()}`
      }
    };
    __name(isPlainObject2, "isPlainObject");
    noop2 = /* @__PURE__ */ __name(() => "", "noop");
    __name(fetchWrapper, "fetchWrapper");
    __name(getResponseData, "getResponseData");
    __name(isJSONResponse, "isJSONResponse");
    __name(toErrorMessage, "toErrorMessage");
    __name(withDefaults2, "withDefaults");
    request2 = withDefaults2(endpoint, defaults_default);
  }
});

// node_modules/@octokit/graphql/dist-bundle/index.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
function graphql(request22, query2, options) {
  if (options) {
    if (typeof query2 === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query2 === "string" ? Object.assign({ query: query2 }, options) : query2;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request22.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request22(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request22, newDefaults) {
  const newRequest = request22.defaults(newDefaults);
  const newApi = /* @__PURE__ */ __name((query2, options) => {
    return graphql(newRequest, query2, options);
  }, "newApi");
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
var VERSION5, GraphqlResponseError, NON_VARIABLE_OPTIONS, FORBIDDEN_VARIABLE_OPTIONS, GHES_V3_SUFFIX_REGEX, graphql2;
var init_dist_bundle5 = __esm({
  "node_modules/@octokit/graphql/dist-bundle/index.js"() {
    init_dist_bundle4();
    init_universal_user_agent();
    VERSION5 = "0.0.0-development";
    __name(_buildMessageForResponseErrors, "_buildMessageForResponseErrors");
    GraphqlResponseError = class extends Error {
      static {
        __name(this, "GraphqlResponseError");
      }
      constructor(request22, headers, response) {
        super(_buildMessageForResponseErrors(response));
        this.request = request22;
        this.headers = headers;
        this.response = response;
        this.errors = response.errors;
        this.data = response.data;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
      request;
      headers;
      response;
      name = "GraphqlResponseError";
      errors;
      data;
    };
    NON_VARIABLE_OPTIONS = [
      "method",
      "baseUrl",
      "url",
      "headers",
      "request",
      "query",
      "mediaType",
      "operationName"
    ];
    FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
    GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
    __name(graphql, "graphql");
    __name(withDefaults3, "withDefaults");
    graphql2 = withDefaults3(request2, {
      headers: {
        "user-agent": `octokit-graphql.js/${VERSION5} ${getUserAgent()}`
      },
      method: "POST",
      url: "/graphql"
    });
    __name(withCustomRequest, "withCustomRequest");
  }
});

// node_modules/@octokit/auth-token/dist-bundle/index.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request3, route, parameters) {
  const endpoint2 = request3.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request3(endpoint2);
}
var b64url, sep, jwtRE, isJWT, createTokenAuth;
var init_dist_bundle6 = __esm({
  "node_modules/@octokit/auth-token/dist-bundle/index.js"() {
    b64url = "(?:[a-zA-Z0-9_-]+)";
    sep = "\\.";
    jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
    isJWT = jwtRE.test.bind(jwtRE);
    __name(auth, "auth");
    __name(withAuthorizationPrefix, "withAuthorizationPrefix");
    __name(hook, "hook");
    createTokenAuth = /* @__PURE__ */ __name(function createTokenAuth2(token) {
      if (!token) {
        throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
      }
      if (typeof token !== "string") {
        throw new Error(
          "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
        );
      }
      token = token.replace(/^(token|bearer) +/i, "");
      return Object.assign(auth.bind(null, token), {
        hook: hook.bind(null, token)
      });
    }, "createTokenAuth2");
  }
});

// node_modules/@octokit/core/dist-src/version.js
var VERSION6;
var init_version = __esm({
  "node_modules/@octokit/core/dist-src/version.js"() {
    VERSION6 = "7.0.8";
  }
});

// node_modules/@octokit/core/dist-src/index.js
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var noop3, consoleWarn, consoleError, userAgentTrail, Octokit;
var init_dist_src2 = __esm({
  "node_modules/@octokit/core/dist-src/index.js"() {
    init_universal_user_agent();
    init_before_after_hook();
    init_dist_bundle4();
    init_dist_bundle5();
    init_dist_bundle6();
    init_version();
    noop3 = /* @__PURE__ */ __name(() => {
    }, "noop");
    consoleWarn = console.warn.bind(console);
    consoleError = console.error.bind(console);
    __name(createLogger, "createLogger");
    userAgentTrail = `octokit-core.js/${VERSION6} ${getUserAgent()}`;
    Octokit = class {
      static {
        __name(this, "Octokit");
      }
      static VERSION = VERSION6;
      static defaults(defaults) {
        const OctokitWithDefaults = class extends this {
          static {
            __name(this, "OctokitWithDefaults");
          }
          constructor(...args) {
            const options = args[0] || {};
            if (typeof defaults === "function") {
              super(defaults(options));
              return;
            }
            super(
              Object.assign(
                {},
                defaults,
                options,
                options.userAgent && defaults.userAgent ? {
                  userAgent: `${options.userAgent} ${defaults.userAgent}`
                } : null
              )
            );
          }
        };
        return OctokitWithDefaults;
      }
      static plugins = [];
      /**
       * Attach a plugin (or many) to your Octokit instance.
       *
       * @example
       * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
       */
      static plugin(...newPlugins) {
        const currentPlugins = this.plugins;
        const NewOctokit = class extends this {
          static {
            __name(this, "NewOctokit");
          }
          static plugins = currentPlugins.concat(
            newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
          );
        };
        return NewOctokit;
      }
      constructor(options = {}) {
        const hook2 = new before_after_hook_default.Collection();
        const requestDefaults = {
          baseUrl: request2.endpoint.DEFAULTS.baseUrl,
          headers: {},
          request: Object.assign({}, options.request, {
            // @ts-ignore internal usage only, no need to type
            hook: hook2.bind(null, "request")
          }),
          mediaType: {
            previews: [],
            format: ""
          }
        };
        requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
        if (options.baseUrl) {
          requestDefaults.baseUrl = options.baseUrl;
        }
        if (options.previews) {
          requestDefaults.mediaType.previews = options.previews;
        }
        if (options.timeZone) {
          requestDefaults.headers["time-zone"] = options.timeZone;
        }
        this.request = request2.defaults(requestDefaults);
        this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
        this.log = createLogger(options.log);
        this.hook = hook2;
        if (!options.authStrategy) {
          if (!options.auth) {
            this.auth = async () => ({
              type: "unauthenticated"
            });
          } else {
            const auth2 = createTokenAuth(options.auth);
            hook2.wrap("request", auth2.hook);
            this.auth = auth2;
          }
        } else {
          const { authStrategy, ...otherOptions } = options;
          const auth2 = authStrategy(
            Object.assign(
              {
                request: this.request,
                log: this.log,
                // we pass the current octokit instance as well as its constructor options
                // to allow for authentication strategies that return a new octokit instance
                // that shares the same internal state as the current one. The original
                // requirement for this was the "event-octokit" authentication strategy
                // of https://github.com/probot/octokit-auth-probot.
                octokit: this,
                octokitOptions: otherOptions
              },
              options.auth
            )
          );
          hook2.wrap("request", auth2.hook);
          this.auth = auth2;
        }
        const classConstructor = this.constructor;
        for (let i = 0; i < classConstructor.plugins.length; ++i) {
          Object.assign(this, classConstructor.plugins[i](this, options));
        }
      }
      // assigned during constructor
      request;
      graphql;
      log;
      hook;
      // TODO: type `octokit.auth` based on passed options.authStrategy
      auth;
    };
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION7;
var init_version2 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/version.js"() {
    VERSION7 = "6.0.0";
  }
});

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request3, options) => {
    octokit.log.debug("request", options);
    const start2 = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request3(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start2}ms`
      );
      return response;
    }).catch((error2) => {
      const requestId = error2.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error2.status} with id ${requestId} in ${Date.now() - start2}ms`
      );
      throw error2;
    });
  });
}
var init_dist_src3 = __esm({
  "node_modules/@octokit/plugin-request-log/dist-src/index.js"() {
    init_version2();
    __name(requestLog, "requestLog");
    requestLog.VERSION = VERSION7;
  }
});

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    __name(done, "done");
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
var VERSION8, composePaginateRest;
var init_dist_bundle7 = __esm({
  "node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js"() {
    VERSION8 = "0.0.0-development";
    __name(normalizePaginatedListResponse, "normalizePaginatedListResponse");
    __name(iterator, "iterator");
    __name(paginate, "paginate");
    __name(gather, "gather");
    composePaginateRest = Object.assign(paginate, {
      iterator
    });
    __name(paginateRest, "paginateRest");
    paginateRest.VERSION = VERSION8;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION9;
var init_version3 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js"() {
    VERSION9 = "17.0.0";
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints, endpoints_default;
var init_endpoints = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js"() {
    Endpoints = {
      actions: {
        addCustomLabelsToSelfHostedRunnerForOrg: [
          "POST /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        addCustomLabelsToSelfHostedRunnerForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        addRepoAccessToSelfHostedRunnerGroupInOrg: [
          "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        approveWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
        ],
        cancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
        ],
        createEnvironmentVariable: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
        createOrUpdateEnvironmentSecret: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        createOrgVariable: ["POST /orgs/{org}/actions/variables"],
        createRegistrationTokenForOrg: [
          "POST /orgs/{org}/actions/runners/registration-token"
        ],
        createRegistrationTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/registration-token"
        ],
        createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
        createRemoveTokenForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/remove-token"
        ],
        createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
        createWorkflowDispatch: [
          "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
        ],
        deleteActionsCacheById: [
          "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
        ],
        deleteActionsCacheByKey: [
          "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
        ],
        deleteArtifact: [
          "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
        ],
        deleteCustomImageFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        deleteCustomImageVersionFromOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        deleteEnvironmentSecret: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        deleteEnvironmentVariable: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        deleteHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
        deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
        ],
        deleteRepoVariable: [
          "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
        ],
        deleteSelfHostedRunnerFromOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}"
        ],
        deleteSelfHostedRunnerFromRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
        deleteWorkflowRunLogs: [
          "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        disableSelectedRepositoryGithubActionsOrganization: [
          "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        disableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
        ],
        downloadArtifact: [
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
        ],
        downloadJobLogsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
        ],
        downloadWorkflowRunAttemptLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
        ],
        downloadWorkflowRunLogs: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
        ],
        enableSelectedRepositoryGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
        ],
        enableWorkflow: [
          "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
        ],
        forceCancelWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
        ],
        generateRunnerJitconfigForOrg: [
          "POST /orgs/{org}/actions/runners/generate-jitconfig"
        ],
        generateRunnerJitconfigForRepo: [
          "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
        ],
        getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
        getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
        getActionsCacheUsageByRepoForOrg: [
          "GET /orgs/{org}/actions/cache/usage-by-repository"
        ],
        getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
        getAllowedActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/selected-actions"
        ],
        getAllowedActionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
        getCustomImageForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
        ],
        getCustomImageVersionForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
        ],
        getCustomOidcSubClaimForRepo: [
          "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        getEnvironmentPublicKey: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
        ],
        getEnvironmentSecret: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
        ],
        getEnvironmentVariable: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        getGithubActionsDefaultWorkflowPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions/workflow"
        ],
        getGithubActionsDefaultWorkflowPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        getGithubActionsPermissionsOrganization: [
          "GET /orgs/{org}/actions/permissions"
        ],
        getGithubActionsPermissionsRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions"
        ],
        getHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        getHostedRunnersGithubOwnedImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
        ],
        getHostedRunnersLimitsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/limits"
        ],
        getHostedRunnersMachineSpecsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
        ],
        getHostedRunnersPartnerImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/partner"
        ],
        getHostedRunnersPlatformsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/platforms"
        ],
        getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
        getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
        getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
        getPendingDeploymentsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        getRepoPermissions: [
          "GET /repos/{owner}/{repo}/actions/permissions",
          {},
          { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
        ],
        getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
        getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
        getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
        getReviewsForRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
        ],
        getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
        getSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
        ],
        getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
        getWorkflowAccessToRepository: [
          "GET /repos/{owner}/{repo}/actions/permissions/access"
        ],
        getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
        getWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
        ],
        getWorkflowRunUsage: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
        ],
        getWorkflowUsage: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
        ],
        listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
        listCustomImageVersionsForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
        ],
        listCustomImagesForOrg: [
          "GET /orgs/{org}/actions/hosted-runners/images/custom"
        ],
        listEnvironmentSecrets: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
        ],
        listEnvironmentVariables: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
        ],
        listGithubHostedRunnersInGroupForOrg: [
          "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
        ],
        listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
        listJobsForWorkflowRun: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
        ],
        listJobsForWorkflowRunAttempt: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
        ],
        listLabelsForSelfHostedRunnerForOrg: [
          "GET /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        listLabelsForSelfHostedRunnerForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
        listOrgVariables: ["GET /orgs/{org}/actions/variables"],
        listRepoOrganizationSecrets: [
          "GET /repos/{owner}/{repo}/actions/organization-secrets"
        ],
        listRepoOrganizationVariables: [
          "GET /repos/{owner}/{repo}/actions/organization-variables"
        ],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
        listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
        listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
        listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
        listRunnerApplicationsForRepo: [
          "GET /repos/{owner}/{repo}/actions/runners/downloads"
        ],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        listSelectedReposForOrgVariable: [
          "GET /orgs/{org}/actions/variables/{name}/repositories"
        ],
        listSelectedRepositoriesEnabledGithubActionsOrganization: [
          "GET /orgs/{org}/actions/permissions/repositories"
        ],
        listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
        listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
        listWorkflowRunArtifacts: [
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
        ],
        listWorkflowRuns: [
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
        ],
        listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
        reRunJobForWorkflowRun: [
          "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
        ],
        reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
        reRunWorkflowFailedJobs: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        removeCustomLabelFromSelfHostedRunnerForOrg: [
          "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeCustomLabelFromSelfHostedRunnerForRepo: [
          "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgVariable: [
          "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
        ],
        reviewCustomGatesForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
        ],
        reviewPendingDeploymentsForRun: [
          "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
        ],
        setAllowedActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/selected-actions"
        ],
        setAllowedActionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
        ],
        setCustomLabelsForSelfHostedRunnerForOrg: [
          "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
        ],
        setCustomLabelsForSelfHostedRunnerForRepo: [
          "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
        ],
        setCustomOidcSubClaimForRepo: [
          "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
        ],
        setGithubActionsDefaultWorkflowPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/workflow"
        ],
        setGithubActionsDefaultWorkflowPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
        ],
        setGithubActionsPermissionsOrganization: [
          "PUT /orgs/{org}/actions/permissions"
        ],
        setGithubActionsPermissionsRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgVariable: [
          "PUT /orgs/{org}/actions/variables/{name}/repositories"
        ],
        setSelectedRepositoriesEnabledGithubActionsOrganization: [
          "PUT /orgs/{org}/actions/permissions/repositories"
        ],
        setWorkflowAccessToRepository: [
          "PUT /repos/{owner}/{repo}/actions/permissions/access"
        ],
        updateEnvironmentVariable: [
          "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
        ],
        updateHostedRunnerForOrg: [
          "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
        ],
        updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
        updateRepoVariable: [
          "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
        ]
      },
      activity: {
        checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
        deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
        deleteThreadSubscription: [
          "DELETE /notifications/threads/{thread_id}/subscription"
        ],
        getFeeds: ["GET /feeds"],
        getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
        getThread: ["GET /notifications/threads/{thread_id}"],
        getThreadSubscriptionForAuthenticatedUser: [
          "GET /notifications/threads/{thread_id}/subscription"
        ],
        listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
        listNotificationsForAuthenticatedUser: ["GET /notifications"],
        listOrgEventsForAuthenticatedUser: [
          "GET /users/{username}/events/orgs/{org}"
        ],
        listPublicEvents: ["GET /events"],
        listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
        listPublicEventsForUser: ["GET /users/{username}/events/public"],
        listPublicOrgEvents: ["GET /orgs/{org}/events"],
        listReceivedEventsForUser: ["GET /users/{username}/received_events"],
        listReceivedPublicEventsForUser: [
          "GET /users/{username}/received_events/public"
        ],
        listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
        listRepoNotificationsForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/notifications"
        ],
        listReposStarredByAuthenticatedUser: ["GET /user/starred"],
        listReposStarredByUser: ["GET /users/{username}/starred"],
        listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
        listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
        listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
        listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
        markNotificationsAsRead: ["PUT /notifications"],
        markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
        markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
        markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
        setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
        setThreadSubscription: [
          "PUT /notifications/threads/{thread_id}/subscription"
        ],
        starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
        unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
      },
      apps: {
        addRepoToInstallation: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
        ],
        addRepoToInstallationForAuthenticatedUser: [
          "PUT /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        checkToken: ["POST /applications/{client_id}/token"],
        createFromManifest: ["POST /app-manifests/{code}/conversions"],
        createInstallationAccessToken: [
          "POST /app/installations/{installation_id}/access_tokens"
        ],
        deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
        deleteInstallation: ["DELETE /app/installations/{installation_id}"],
        deleteToken: ["DELETE /applications/{client_id}/token"],
        getAuthenticated: ["GET /app"],
        getBySlug: ["GET /apps/{app_slug}"],
        getInstallation: ["GET /app/installations/{installation_id}"],
        getOrgInstallation: ["GET /orgs/{org}/installation"],
        getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
        getSubscriptionPlanForAccount: [
          "GET /marketplace_listing/accounts/{account_id}"
        ],
        getSubscriptionPlanForAccountStubbed: [
          "GET /marketplace_listing/stubbed/accounts/{account_id}"
        ],
        getUserInstallation: ["GET /users/{username}/installation"],
        getWebhookConfigForApp: ["GET /app/hook/config"],
        getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
        listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
        listAccountsForPlanStubbed: [
          "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
        ],
        listInstallationReposForAuthenticatedUser: [
          "GET /user/installations/{installation_id}/repositories"
        ],
        listInstallationRequestsForAuthenticatedApp: [
          "GET /app/installation-requests"
        ],
        listInstallations: ["GET /app/installations"],
        listInstallationsForAuthenticatedUser: ["GET /user/installations"],
        listPlans: ["GET /marketplace_listing/plans"],
        listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
        listReposAccessibleToInstallation: ["GET /installation/repositories"],
        listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
        listSubscriptionsForAuthenticatedUserStubbed: [
          "GET /user/marketplace_purchases/stubbed"
        ],
        listWebhookDeliveries: ["GET /app/hook/deliveries"],
        redeliverWebhookDelivery: [
          "POST /app/hook/deliveries/{delivery_id}/attempts"
        ],
        removeRepoFromInstallation: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
          {},
          { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
        ],
        removeRepoFromInstallationForAuthenticatedUser: [
          "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
        ],
        resetToken: ["PATCH /applications/{client_id}/token"],
        revokeInstallationAccessToken: ["DELETE /installation/token"],
        scopeToken: ["POST /applications/{client_id}/token/scoped"],
        suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
        unsuspendInstallation: [
          "DELETE /app/installations/{installation_id}/suspended"
        ],
        updateWebhookConfigForApp: ["PATCH /app/hook/config"]
      },
      billing: {
        getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
        getGithubActionsBillingUser: [
          "GET /users/{username}/settings/billing/actions"
        ],
        getGithubBillingPremiumRequestUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/premium_request/usage"
        ],
        getGithubBillingPremiumRequestUsageReportUser: [
          "GET /users/{username}/settings/billing/premium_request/usage"
        ],
        getGithubBillingUsageReportOrg: [
          "GET /organizations/{org}/settings/billing/usage"
        ],
        getGithubBillingUsageReportUser: [
          "GET /users/{username}/settings/billing/usage"
        ],
        getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
        getGithubPackagesBillingUser: [
          "GET /users/{username}/settings/billing/packages"
        ],
        getSharedStorageBillingOrg: [
          "GET /orgs/{org}/settings/billing/shared-storage"
        ],
        getSharedStorageBillingUser: [
          "GET /users/{username}/settings/billing/shared-storage"
        ]
      },
      campaigns: {
        createCampaign: ["POST /orgs/{org}/campaigns"],
        deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
        getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
        listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
        updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
      },
      checks: {
        create: ["POST /repos/{owner}/{repo}/check-runs"],
        createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
        get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
        getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
        listAnnotations: [
          "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
        ],
        listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
        listForSuite: [
          "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
        ],
        listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
        rerequestRun: [
          "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
        ],
        rerequestSuite: [
          "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
        ],
        setSuitesPreferences: [
          "PATCH /repos/{owner}/{repo}/check-suites/preferences"
        ],
        update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
      },
      codeScanning: {
        commitAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
        ],
        createAutofix: [
          "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        createVariantAnalysis: [
          "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
        ],
        deleteAnalysis: [
          "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
        ],
        deleteCodeqlDatabase: [
          "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
          {},
          { renamedParameters: { alert_id: "alert_number" } }
        ],
        getAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
        ],
        getAutofix: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
        ],
        getCodeqlDatabase: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
        ],
        getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
        getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
        getVariantAnalysis: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
        ],
        getVariantAnalysisRepoTask: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
        ],
        listAlertInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
        listAlertsInstances: [
          "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
          {},
          { renamed: ["codeScanning", "listAlertInstances"] }
        ],
        listCodeqlDatabases: [
          "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
        ],
        listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
        ],
        updateDefaultSetup: [
          "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
        ],
        uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
      },
      codeSecurity: {
        attachConfiguration: [
          "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
        ],
        attachEnterpriseConfiguration: [
          "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
        ],
        createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
        createConfigurationForEnterprise: [
          "POST /enterprises/{enterprise}/code-security/configurations"
        ],
        deleteConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        deleteConfigurationForEnterprise: [
          "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        detachConfiguration: [
          "DELETE /orgs/{org}/code-security/configurations/detach"
        ],
        getConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        getConfigurationForRepository: [
          "GET /repos/{owner}/{repo}/code-security-configuration"
        ],
        getConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations"
        ],
        getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
        getDefaultConfigurations: [
          "GET /orgs/{org}/code-security/configurations/defaults"
        ],
        getDefaultConfigurationsForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/defaults"
        ],
        getRepositoriesForConfiguration: [
          "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
        ],
        getRepositoriesForEnterpriseConfiguration: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
        ],
        getSingleConfigurationForEnterprise: [
          "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ],
        setConfigurationAsDefault: [
          "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
        ],
        setConfigurationAsDefaultForEnterprise: [
          "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
        ],
        updateConfiguration: [
          "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
        ],
        updateEnterpriseConfiguration: [
          "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
        ]
      },
      codesOfConduct: {
        getAllCodesOfConduct: ["GET /codes_of_conduct"],
        getConductCode: ["GET /codes_of_conduct/{key}"]
      },
      codespaces: {
        addRepositoryForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        checkPermissionsForDevcontainer: [
          "GET /repos/{owner}/{repo}/codespaces/permissions_check"
        ],
        codespaceMachinesForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/machines"
        ],
        createForAuthenticatedUser: ["POST /user/codespaces"],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        createOrUpdateSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}"
        ],
        createWithPrForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
        ],
        createWithRepoForAuthenticatedUser: [
          "POST /repos/{owner}/{repo}/codespaces"
        ],
        deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
        deleteFromOrganization: [
          "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        deleteSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}"
        ],
        exportForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/exports"
        ],
        getCodespacesForUserInOrg: [
          "GET /orgs/{org}/members/{username}/codespaces"
        ],
        getExportDetailsForAuthenticatedUser: [
          "GET /user/codespaces/{codespace_name}/exports/{export_id}"
        ],
        getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
        getPublicKeyForAuthenticatedUser: [
          "GET /user/codespaces/secrets/public-key"
        ],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
        ],
        getSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}"
        ],
        listDevcontainersInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/devcontainers"
        ],
        listForAuthenticatedUser: ["GET /user/codespaces"],
        listInOrganization: [
          "GET /orgs/{org}/codespaces",
          {},
          { renamedParameters: { org_id: "org" } }
        ],
        listInRepositoryForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces"
        ],
        listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
        listRepositoriesForSecretForAuthenticatedUser: [
          "GET /user/codespaces/secrets/{secret_name}/repositories"
        ],
        listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        preFlightWithRepoForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/new"
        ],
        publishForAuthenticatedUser: [
          "POST /user/codespaces/{codespace_name}/publish"
        ],
        removeRepositoryForSecretForAuthenticatedUser: [
          "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repoMachinesForAuthenticatedUser: [
          "GET /repos/{owner}/{repo}/codespaces/machines"
        ],
        setRepositoriesForSecretForAuthenticatedUser: [
          "PUT /user/codespaces/secrets/{secret_name}/repositories"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
        ],
        startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
        stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
        stopInOrganization: [
          "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
        ],
        updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
      },
      copilot: {
        addCopilotSeatsForTeams: [
          "POST /orgs/{org}/copilot/billing/selected_teams"
        ],
        addCopilotSeatsForUsers: [
          "POST /orgs/{org}/copilot/billing/selected_users"
        ],
        cancelCopilotSeatAssignmentForTeams: [
          "DELETE /orgs/{org}/copilot/billing/selected_teams"
        ],
        cancelCopilotSeatAssignmentForUsers: [
          "DELETE /orgs/{org}/copilot/billing/selected_users"
        ],
        copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
        copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
        getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
        getCopilotSeatDetailsForUser: [
          "GET /orgs/{org}/members/{username}/copilot"
        ],
        listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
      },
      credentials: { revoke: ["POST /credentials/revoke"] },
      dependabot: {
        addSelectedRepoToOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        createOrUpdateOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
        ],
        createOrUpdateRepoSecret: [
          "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
        deleteRepoSecret: [
          "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
        getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
        getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
        getRepoPublicKey: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
        ],
        getRepoSecret: [
          "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
        ],
        listAlertsForEnterprise: [
          "GET /enterprises/{enterprise}/dependabot/alerts"
        ],
        listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
        listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
        listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
        listSelectedReposForOrgSecret: [
          "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        removeSelectedRepoFromOrgSecret: [
          "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
        ],
        repositoryAccessForOrg: [
          "GET /organizations/{org}/dependabot/repository-access"
        ],
        setRepositoryAccessDefaultLevel: [
          "PUT /organizations/{org}/dependabot/repository-access/default-level"
        ],
        setSelectedReposForOrgSecret: [
          "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
        ],
        updateRepositoryAccessForOrg: [
          "PATCH /organizations/{org}/dependabot/repository-access"
        ]
      },
      dependencyGraph: {
        createRepositorySnapshot: [
          "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
        ],
        diffRange: [
          "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
        ],
        exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
      },
      emojis: { get: ["GET /emojis"] },
      enterpriseTeamMemberships: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
        ],
        get: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ],
        list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
        remove: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
        ]
      },
      enterpriseTeamOrganizations: {
        add: [
          "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        bulkAdd: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
        ],
        bulkRemove: [
          "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
        ],
        delete: [
          "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignment: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
        ],
        getAssignments: [
          "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
        ]
      },
      enterpriseTeams: {
        create: ["POST /enterprises/{enterprise}/teams"],
        delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
        get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
        list: ["GET /enterprises/{enterprise}/teams"],
        update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
      },
      gists: {
        checkIsStarred: ["GET /gists/{gist_id}/star"],
        create: ["POST /gists"],
        createComment: ["POST /gists/{gist_id}/comments"],
        delete: ["DELETE /gists/{gist_id}"],
        deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
        fork: ["POST /gists/{gist_id}/forks"],
        get: ["GET /gists/{gist_id}"],
        getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
        getRevision: ["GET /gists/{gist_id}/{sha}"],
        list: ["GET /gists"],
        listComments: ["GET /gists/{gist_id}/comments"],
        listCommits: ["GET /gists/{gist_id}/commits"],
        listForUser: ["GET /users/{username}/gists"],
        listForks: ["GET /gists/{gist_id}/forks"],
        listPublic: ["GET /gists/public"],
        listStarred: ["GET /gists/starred"],
        star: ["PUT /gists/{gist_id}/star"],
        unstar: ["DELETE /gists/{gist_id}/star"],
        update: ["PATCH /gists/{gist_id}"],
        updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
      },
      git: {
        createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
        createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
        createRef: ["POST /repos/{owner}/{repo}/git/refs"],
        createTag: ["POST /repos/{owner}/{repo}/git/tags"],
        createTree: ["POST /repos/{owner}/{repo}/git/trees"],
        deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
        getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
        getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
        getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
        getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
        getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
        listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
        updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
      },
      gitignore: {
        getAllTemplates: ["GET /gitignore/templates"],
        getTemplate: ["GET /gitignore/templates/{name}"]
      },
      hostedCompute: {
        createNetworkConfigurationForOrg: [
          "POST /orgs/{org}/settings/network-configurations"
        ],
        deleteNetworkConfigurationFromOrg: [
          "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkConfigurationForOrg: [
          "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ],
        getNetworkSettingsForOrg: [
          "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
        ],
        listNetworkConfigurationsForOrg: [
          "GET /orgs/{org}/settings/network-configurations"
        ],
        updateNetworkConfigurationForOrg: [
          "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
        ]
      },
      interactions: {
        getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
        getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
        getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
        getRestrictionsForYourPublicRepos: [
          "GET /user/interaction-limits",
          {},
          { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
        ],
        removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
        removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
        removeRestrictionsForRepo: [
          "DELETE /repos/{owner}/{repo}/interaction-limits"
        ],
        removeRestrictionsForYourPublicRepos: [
          "DELETE /user/interaction-limits",
          {},
          { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
        ],
        setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
        setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
        setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
        setRestrictionsForYourPublicRepos: [
          "PUT /user/interaction-limits",
          {},
          { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
        ]
      },
      issues: {
        addAssignees: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        addBlockedByDependency: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        addSubIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
        checkUserCanBeAssignedToIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
        ],
        create: ["POST /repos/{owner}/{repo}/issues"],
        createComment: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
        ],
        createLabel: ["POST /repos/{owner}/{repo}/labels"],
        createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
        deleteComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
        ],
        deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
        deleteMilestone: [
          "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
        ],
        get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
        getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
        getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
        getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
        getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
        list: ["GET /issues"],
        listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
        listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
        listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
        listDependenciesBlockedBy: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
        ],
        listDependenciesBlocking: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
        ],
        listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
        listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
        listEventsForTimeline: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
        ],
        listForAuthenticatedUser: ["GET /user/issues"],
        listForOrg: ["GET /orgs/{org}/issues"],
        listForRepo: ["GET /repos/{owner}/{repo}/issues"],
        listLabelsForMilestone: [
          "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
        ],
        listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
        listLabelsOnIssue: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
        listSubIssues: [
          "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
        ],
        lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        removeAllLabels: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
        ],
        removeAssignees: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
        ],
        removeDependencyBlockedBy: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
        ],
        removeLabel: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
        ],
        removeSubIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
        ],
        reprioritizeSubIssue: [
          "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
        ],
        setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
        unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
        update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
        updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
        updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
        updateMilestone: [
          "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
        ]
      },
      licenses: {
        get: ["GET /licenses/{license}"],
        getAllCommonlyUsed: ["GET /licenses"],
        getForRepo: ["GET /repos/{owner}/{repo}/license"]
      },
      markdown: {
        render: ["POST /markdown"],
        renderRaw: [
          "POST /markdown/raw",
          { headers: { "content-type": "text/plain; charset=utf-8" } }
        ]
      },
      meta: {
        get: ["GET /meta"],
        getAllVersions: ["GET /versions"],
        getOctocat: ["GET /octocat"],
        getZen: ["GET /zen"],
        root: ["GET /"]
      },
      migrations: {
        deleteArchiveForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/archive"
        ],
        deleteArchiveForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/archive"
        ],
        downloadArchiveForOrg: [
          "GET /orgs/{org}/migrations/{migration_id}/archive"
        ],
        getArchiveForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/archive"
        ],
        getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
        getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
        listForAuthenticatedUser: ["GET /user/migrations"],
        listForOrg: ["GET /orgs/{org}/migrations"],
        listReposForAuthenticatedUser: [
          "GET /user/migrations/{migration_id}/repositories"
        ],
        listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
        listReposForUser: [
          "GET /user/migrations/{migration_id}/repositories",
          {},
          { renamed: ["migrations", "listReposForAuthenticatedUser"] }
        ],
        startForAuthenticatedUser: ["POST /user/migrations"],
        startForOrg: ["POST /orgs/{org}/migrations"],
        unlockRepoForAuthenticatedUser: [
          "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
        ],
        unlockRepoForOrg: [
          "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
        ]
      },
      oidc: {
        getOidcCustomSubTemplateForOrg: [
          "GET /orgs/{org}/actions/oidc/customization/sub"
        ],
        updateOidcCustomSubTemplateForOrg: [
          "PUT /orgs/{org}/actions/oidc/customization/sub"
        ]
      },
      orgs: {
        addSecurityManagerTeam: [
          "PUT /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
          }
        ],
        assignTeamToOrgRole: [
          "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        assignUserToOrgRole: [
          "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        blockUser: ["PUT /orgs/{org}/blocks/{username}"],
        cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
        checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
        checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
        checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
        convertMemberToOutsideCollaborator: [
          "PUT /orgs/{org}/outside_collaborators/{username}"
        ],
        createArtifactStorageRecord: [
          "POST /orgs/{org}/artifacts/metadata/storage-record"
        ],
        createInvitation: ["POST /orgs/{org}/invitations"],
        createIssueType: ["POST /orgs/{org}/issue-types"],
        createWebhook: ["POST /orgs/{org}/hooks"],
        customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
          "PATCH /organizations/{org}/org-properties/values"
        ],
        customPropertiesForOrgsGetOrganizationValues: [
          "GET /organizations/{org}/org-properties/values"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
          "PUT /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
          "PATCH /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposCreateOrUpdateOrganizationValues: [
          "PATCH /orgs/{org}/properties/values"
        ],
        customPropertiesForReposDeleteOrganizationDefinition: [
          "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinition: [
          "GET /orgs/{org}/properties/schema/{custom_property_name}"
        ],
        customPropertiesForReposGetOrganizationDefinitions: [
          "GET /orgs/{org}/properties/schema"
        ],
        customPropertiesForReposGetOrganizationValues: [
          "GET /orgs/{org}/properties/values"
        ],
        delete: ["DELETE /orgs/{org}"],
        deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
        deleteAttestationsById: [
          "DELETE /orgs/{org}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
        ],
        deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
        deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
        disableSelectedRepositoryImmutableReleasesOrganization: [
          "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        enableSelectedRepositoryImmutableReleasesOrganization: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
        ],
        get: ["GET /orgs/{org}"],
        getImmutableReleasesSettings: [
          "GET /orgs/{org}/settings/immutable-releases"
        ],
        getImmutableReleasesSettingsRepositories: [
          "GET /orgs/{org}/settings/immutable-releases/repositories"
        ],
        getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
        getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
        getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
        getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
        getOrgRulesetVersion: [
          "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
        getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
        getWebhookDelivery: [
          "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        list: ["GET /organizations"],
        listAppInstallations: ["GET /orgs/{org}/installations"],
        listArtifactStorageRecords: [
          "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
        ],
        listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
        listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedUsers: ["GET /orgs/{org}/blocks"],
        listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
        listForAuthenticatedUser: ["GET /user/orgs"],
        listForUser: ["GET /users/{username}/orgs"],
        listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
        listIssueTypes: ["GET /orgs/{org}/issue-types"],
        listMembers: ["GET /orgs/{org}/members"],
        listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
        listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
        listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
        listOrgRoles: ["GET /orgs/{org}/organization-roles"],
        listOrganizationFineGrainedPermissions: [
          "GET /orgs/{org}/organization-fine-grained-permissions"
        ],
        listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
        listPatGrantRepositories: [
          "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
        ],
        listPatGrantRequestRepositories: [
          "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
        ],
        listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
        listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
        listPendingInvitations: ["GET /orgs/{org}/invitations"],
        listPublicMembers: ["GET /orgs/{org}/public_members"],
        listSecurityManagerTeams: [
          "GET /orgs/{org}/security-managers",
          {},
          {
            deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
          }
        ],
        listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
        listWebhooks: ["GET /orgs/{org}/hooks"],
        pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeMember: ["DELETE /orgs/{org}/members/{username}"],
        removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
        removeOutsideCollaborator: [
          "DELETE /orgs/{org}/outside_collaborators/{username}"
        ],
        removePublicMembershipForAuthenticatedUser: [
          "DELETE /orgs/{org}/public_members/{username}"
        ],
        removeSecurityManagerTeam: [
          "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
          {},
          {
            deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
          }
        ],
        reviewPatGrantRequest: [
          "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
        ],
        reviewPatGrantRequestsInBulk: [
          "POST /orgs/{org}/personal-access-token-requests"
        ],
        revokeAllOrgRolesTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
        ],
        revokeAllOrgRolesUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}"
        ],
        revokeOrgRoleTeam: [
          "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
        ],
        revokeOrgRoleUser: [
          "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
        ],
        setImmutableReleasesSettings: [
          "PUT /orgs/{org}/settings/immutable-releases"
        ],
        setImmutableReleasesSettingsRepositories: [
          "PUT /orgs/{org}/settings/immutable-releases/repositories"
        ],
        setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
        setPublicMembershipForAuthenticatedUser: [
          "PUT /orgs/{org}/public_members/{username}"
        ],
        unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
        update: ["PATCH /orgs/{org}"],
        updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
        updateMembershipForAuthenticatedUser: [
          "PATCH /user/memberships/orgs/{org}"
        ],
        updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
        updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
        updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
        updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
      },
      packages: {
        deletePackageForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}"
        ],
        deletePackageForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        deletePackageForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}"
        ],
        deletePackageVersionForAuthenticatedUser: [
          "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForOrg: [
          "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        deletePackageVersionForUser: [
          "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getAllPackageVersionsForAPackageOwnedByAnOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
          {},
          { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
        ],
        getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions",
          {},
          {
            renamed: [
              "packages",
              "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
            ]
          }
        ],
        getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByOrg: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
        ],
        getAllPackageVersionsForPackageOwnedByUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions"
        ],
        getPackageForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}"
        ],
        getPackageForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}"
        ],
        getPackageForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}"
        ],
        getPackageVersionForAuthenticatedUser: [
          "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForOrganization: [
          "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        getPackageVersionForUser: [
          "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
        ],
        listDockerMigrationConflictingPackagesForAuthenticatedUser: [
          "GET /user/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForOrganization: [
          "GET /orgs/{org}/docker/conflicts"
        ],
        listDockerMigrationConflictingPackagesForUser: [
          "GET /users/{username}/docker/conflicts"
        ],
        listPackagesForAuthenticatedUser: ["GET /user/packages"],
        listPackagesForOrganization: ["GET /orgs/{org}/packages"],
        listPackagesForUser: ["GET /users/{username}/packages"],
        restorePackageForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
        ],
        restorePackageVersionForAuthenticatedUser: [
          "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForOrg: [
          "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ],
        restorePackageVersionForUser: [
          "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
        ]
      },
      privateRegistries: {
        createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
        deleteOrgPrivateRegistry: [
          "DELETE /orgs/{org}/private-registries/{secret_name}"
        ],
        getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
        getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
        listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
        updateOrgPrivateRegistry: [
          "PATCH /orgs/{org}/private-registries/{secret_name}"
        ]
      },
      projects: {
        addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
        addItemForUser: [
          "POST /users/{username}/projectsV2/{project_number}/items"
        ],
        deleteItemForOrg: [
          "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        deleteItemForUser: [
          "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        getFieldForOrg: [
          "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getFieldForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
        ],
        getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
        getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
        getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
        getUserItem: [
          "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ],
        listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
        listFieldsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/fields"
        ],
        listForOrg: ["GET /orgs/{org}/projectsV2"],
        listForUser: ["GET /users/{username}/projectsV2"],
        listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
        listItemsForUser: [
          "GET /users/{username}/projectsV2/{project_number}/items"
        ],
        updateItemForOrg: [
          "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
        ],
        updateItemForUser: [
          "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
        ]
      },
      pulls: {
        checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        create: ["POST /repos/{owner}/{repo}/pulls"],
        createReplyForReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
        ],
        createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        createReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        deletePendingReview: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        deleteReviewComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ],
        dismissReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
        ],
        get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
        getReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
        list: ["GET /repos/{owner}/{repo}/pulls"],
        listCommentsForReview: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
        listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
        listRequestedReviewers: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        listReviewComments: [
          "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
        ],
        listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
        listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
        merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
        removeRequestedReviewers: [
          "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        requestReviewers: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
        ],
        submitReview: [
          "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
        ],
        update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
        updateBranch: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
        ],
        updateReview: [
          "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
        ],
        updateReviewComment: [
          "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
        ]
      },
      rateLimit: { get: ["GET /rate_limit"] },
      reactions: {
        createForCommitComment: [
          "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        createForIssue: [
          "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
        ],
        createForIssueComment: [
          "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        createForPullRequestReviewComment: [
          "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        createForRelease: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        createForTeamDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        createForTeamDiscussionInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ],
        deleteForCommitComment: [
          "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForIssue: [
          "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
        ],
        deleteForIssueComment: [
          "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForPullRequestComment: [
          "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
        ],
        deleteForRelease: [
          "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussion: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
        ],
        deleteForTeamDiscussionComment: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
        ],
        listForCommitComment: [
          "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
        ],
        listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
        listForIssueComment: [
          "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
        ],
        listForPullRequestReviewComment: [
          "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
        ],
        listForRelease: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
        ],
        listForTeamDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
        ],
        listForTeamDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
        ]
      },
      repos: {
        acceptInvitation: [
          "PATCH /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
        ],
        acceptInvitationForAuthenticatedUser: [
          "PATCH /user/repository_invitations/{invitation_id}"
        ],
        addAppAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
        addStatusCheckContexts: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        addTeamAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        addUserAccessRestrictions: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        cancelPagesDeployment: [
          "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
        ],
        checkAutomatedSecurityFixes: [
          "GET /repos/{owner}/{repo}/automated-security-fixes"
        ],
        checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
        checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
        checkPrivateVulnerabilityReporting: [
          "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        checkVulnerabilityAlerts: [
          "GET /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
        compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
        compareCommitsWithBasehead: [
          "GET /repos/{owner}/{repo}/compare/{basehead}"
        ],
        createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
        createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
        createCommitComment: [
          "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        createCommitSignatureProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
        createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
        createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
        createDeploymentBranchPolicy: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        createDeploymentProtectionRule: [
          "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        createDeploymentStatus: [
          "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
        createForAuthenticatedUser: ["POST /user/repos"],
        createFork: ["POST /repos/{owner}/{repo}/forks"],
        createInOrg: ["POST /orgs/{org}/repos"],
        createOrUpdateEnvironment: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
        createOrgRuleset: ["POST /orgs/{org}/rulesets"],
        createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
        createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
        createRelease: ["POST /repos/{owner}/{repo}/releases"],
        createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
        createUsingTemplate: [
          "POST /repos/{template_owner}/{template_repo}/generate"
        ],
        createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
        customPropertiesForReposCreateOrUpdateRepositoryValues: [
          "PATCH /repos/{owner}/{repo}/properties/values"
        ],
        customPropertiesForReposGetRepositoryValues: [
          "GET /repos/{owner}/{repo}/properties/values"
        ],
        declineInvitation: [
          "DELETE /user/repository_invitations/{invitation_id}",
          {},
          { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
        ],
        declineInvitationForAuthenticatedUser: [
          "DELETE /user/repository_invitations/{invitation_id}"
        ],
        delete: ["DELETE /repos/{owner}/{repo}"],
        deleteAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        deleteAdminBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        deleteAnEnvironment: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        deleteBranchProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
        deleteCommitSignatureProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
        deleteDeployment: [
          "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
        ],
        deleteDeploymentBranchPolicy: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
        deleteInvitation: [
          "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
        deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
        deletePullRequestReviewProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
        deleteReleaseAsset: [
          "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
        disableAutomatedSecurityFixes: [
          "DELETE /repos/{owner}/{repo}/automated-security-fixes"
        ],
        disableDeploymentProtectionRule: [
          "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        disableImmutableReleases: [
          "DELETE /repos/{owner}/{repo}/immutable-releases"
        ],
        disablePrivateVulnerabilityReporting: [
          "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        disableVulnerabilityAlerts: [
          "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        downloadArchive: [
          "GET /repos/{owner}/{repo}/zipball/{ref}",
          {},
          { renamed: ["repos", "downloadZipballArchive"] }
        ],
        downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
        downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
        enableAutomatedSecurityFixes: [
          "PUT /repos/{owner}/{repo}/automated-security-fixes"
        ],
        enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
        enablePrivateVulnerabilityReporting: [
          "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
        ],
        enableVulnerabilityAlerts: [
          "PUT /repos/{owner}/{repo}/vulnerability-alerts"
        ],
        generateReleaseNotes: [
          "POST /repos/{owner}/{repo}/releases/generate-notes"
        ],
        get: ["GET /repos/{owner}/{repo}"],
        getAccessRestrictions: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
        ],
        getAdminBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        getAllDeploymentProtectionRules: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
        ],
        getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
        getAllStatusCheckContexts: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
        ],
        getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
        getAppsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
        ],
        getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
        getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
        getBranchProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
        getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
        getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
        getCollaboratorPermissionLevel: [
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
        ],
        getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
        getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
        getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
        getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
        getCommitSignatureProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
        ],
        getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
        getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
        getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
        getCustomDeploymentProtectionRule: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
        ],
        getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
        getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
        getDeploymentBranchPolicy: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        getDeploymentStatus: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
        ],
        getEnvironment: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}"
        ],
        getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
        getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
        getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
        getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
        getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
        getOrgRulesets: ["GET /orgs/{org}/rulesets"],
        getPages: ["GET /repos/{owner}/{repo}/pages"],
        getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
        getPagesDeployment: [
          "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
        ],
        getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
        getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
        getPullRequestReviewProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
        getReadme: ["GET /repos/{owner}/{repo}/readme"],
        getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
        getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
        getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
        getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
        getRepoRuleSuite: [
          "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
        ],
        getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
        getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        getRepoRulesetHistory: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
        ],
        getRepoRulesetVersion: [
          "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
        ],
        getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
        getStatusChecksProtection: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        getTeamsWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
        ],
        getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
        getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
        getUsersWithAccessToProtectedBranch: [
          "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
        ],
        getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
        getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
        getWebhookConfigForRepo: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        getWebhookDelivery: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
        ],
        listActivities: ["GET /repos/{owner}/{repo}/activity"],
        listAttestations: [
          "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
        ],
        listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
        listBranches: ["GET /repos/{owner}/{repo}/branches"],
        listBranchesForHeadCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
        ],
        listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
        listCommentsForCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
        ],
        listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
        listCommitStatusesForRef: [
          "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
        ],
        listCommits: ["GET /repos/{owner}/{repo}/commits"],
        listContributors: ["GET /repos/{owner}/{repo}/contributors"],
        listCustomDeploymentRuleIntegrations: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
        ],
        listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
        listDeploymentBranchPolicies: [
          "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
        ],
        listDeploymentStatuses: [
          "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
        ],
        listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
        listForAuthenticatedUser: ["GET /user/repos"],
        listForOrg: ["GET /orgs/{org}/repos"],
        listForUser: ["GET /users/{username}/repos"],
        listForks: ["GET /repos/{owner}/{repo}/forks"],
        listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
        listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
        listLanguages: ["GET /repos/{owner}/{repo}/languages"],
        listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
        listPublic: ["GET /repositories"],
        listPullRequestsAssociatedWithCommit: [
          "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
        ],
        listReleaseAssets: [
          "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
        ],
        listReleases: ["GET /repos/{owner}/{repo}/releases"],
        listTags: ["GET /repos/{owner}/{repo}/tags"],
        listTeams: ["GET /repos/{owner}/{repo}/teams"],
        listWebhookDeliveries: [
          "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
        ],
        listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
        merge: ["POST /repos/{owner}/{repo}/merges"],
        mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
        pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
        redeliverWebhookDelivery: [
          "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
        ],
        removeAppAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        removeCollaborator: [
          "DELETE /repos/{owner}/{repo}/collaborators/{username}"
        ],
        removeStatusCheckContexts: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        removeStatusCheckProtection: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        removeTeamAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        removeUserAccessRestrictions: [
          "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
        replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
        requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
        setAdminBranchProtection: [
          "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
        ],
        setAppAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
          {},
          { mapToData: "apps" }
        ],
        setStatusCheckContexts: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
          {},
          { mapToData: "contexts" }
        ],
        setTeamAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
          {},
          { mapToData: "teams" }
        ],
        setUserAccessRestrictions: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
          {},
          { mapToData: "users" }
        ],
        testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
        transfer: ["POST /repos/{owner}/{repo}/transfer"],
        update: ["PATCH /repos/{owner}/{repo}"],
        updateBranchProtection: [
          "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
        ],
        updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
        updateDeploymentBranchPolicy: [
          "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
        ],
        updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
        updateInvitation: [
          "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
        ],
        updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
        updatePullRequestReviewProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
        ],
        updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
        updateReleaseAsset: [
          "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
        ],
        updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
        updateStatusCheckPotection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
          {},
          { renamed: ["repos", "updateStatusCheckProtection"] }
        ],
        updateStatusCheckProtection: [
          "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
        ],
        updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
        updateWebhookConfigForRepo: [
          "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
        ],
        uploadReleaseAsset: [
          "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
          { baseUrl: "https://uploads.github.com" }
        ]
      },
      search: {
        code: ["GET /search/code"],
        commits: ["GET /search/commits"],
        issuesAndPullRequests: ["GET /search/issues"],
        labels: ["GET /search/labels"],
        repos: ["GET /search/repositories"],
        topics: ["GET /search/topics"],
        users: ["GET /search/users"]
      },
      secretScanning: {
        createPushProtectionBypass: [
          "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
        ],
        getAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
        listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
        listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
        listLocationsForAlert: [
          "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
        ],
        listOrgPatternConfigs: [
          "GET /orgs/{org}/secret-scanning/pattern-configurations"
        ],
        updateAlert: [
          "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
        ],
        updateOrgPatternConfigs: [
          "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
        ]
      },
      securityAdvisories: {
        createFork: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
        ],
        createPrivateVulnerabilityReport: [
          "POST /repos/{owner}/{repo}/security-advisories/reports"
        ],
        createRepositoryAdvisory: [
          "POST /repos/{owner}/{repo}/security-advisories"
        ],
        createRepositoryAdvisoryCveRequest: [
          "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
        ],
        getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
        getRepositoryAdvisory: [
          "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ],
        listGlobalAdvisories: ["GET /advisories"],
        listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
        listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
        updateRepositoryAdvisory: [
          "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
        ]
      },
      teams: {
        addOrUpdateMembershipForUserInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        addOrUpdateRepoPermissionsInOrg: [
          "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        checkPermissionsForRepoInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        create: ["POST /orgs/{org}/teams"],
        createDiscussionCommentInOrg: [
          "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
        deleteDiscussionCommentInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        deleteDiscussionInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
        getByName: ["GET /orgs/{org}/teams/{team_slug}"],
        getDiscussionCommentInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        getDiscussionInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        getMembershipForUserInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        list: ["GET /orgs/{org}/teams"],
        listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
        listDiscussionCommentsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
        ],
        listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
        listForAuthenticatedUser: ["GET /user/teams"],
        listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
        listPendingInvitationsInOrg: [
          "GET /orgs/{org}/teams/{team_slug}/invitations"
        ],
        listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
        removeMembershipForUserInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
        ],
        removeRepoInOrg: [
          "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
        ],
        updateDiscussionCommentInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
        ],
        updateDiscussionInOrg: [
          "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
        ],
        updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
      },
      users: {
        addEmailForAuthenticated: [
          "POST /user/emails",
          {},
          { renamed: ["users", "addEmailForAuthenticatedUser"] }
        ],
        addEmailForAuthenticatedUser: ["POST /user/emails"],
        addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
        block: ["PUT /user/blocks/{username}"],
        checkBlocked: ["GET /user/blocks/{username}"],
        checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
        checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
        createGpgKeyForAuthenticated: [
          "POST /user/gpg_keys",
          {},
          { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
        ],
        createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
        createPublicSshKeyForAuthenticated: [
          "POST /user/keys",
          {},
          { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
        ],
        createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
        createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
        deleteAttestationsBulk: [
          "POST /users/{username}/attestations/delete-request"
        ],
        deleteAttestationsById: [
          "DELETE /users/{username}/attestations/{attestation_id}"
        ],
        deleteAttestationsBySubjectDigest: [
          "DELETE /users/{username}/attestations/digest/{subject_digest}"
        ],
        deleteEmailForAuthenticated: [
          "DELETE /user/emails",
          {},
          { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
        ],
        deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
        deleteGpgKeyForAuthenticated: [
          "DELETE /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
        ],
        deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
        deletePublicSshKeyForAuthenticated: [
          "DELETE /user/keys/{key_id}",
          {},
          { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
        ],
        deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
        deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
        deleteSshSigningKeyForAuthenticatedUser: [
          "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        follow: ["PUT /user/following/{username}"],
        getAuthenticated: ["GET /user"],
        getById: ["GET /user/{account_id}"],
        getByUsername: ["GET /users/{username}"],
        getContextForUser: ["GET /users/{username}/hovercard"],
        getGpgKeyForAuthenticated: [
          "GET /user/gpg_keys/{gpg_key_id}",
          {},
          { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
        ],
        getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
        getPublicSshKeyForAuthenticated: [
          "GET /user/keys/{key_id}",
          {},
          { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
        ],
        getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
        getSshSigningKeyForAuthenticatedUser: [
          "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
        ],
        list: ["GET /users"],
        listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
        listAttestationsBulk: [
          "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
        ],
        listBlockedByAuthenticated: [
          "GET /user/blocks",
          {},
          { renamed: ["users", "listBlockedByAuthenticatedUser"] }
        ],
        listBlockedByAuthenticatedUser: ["GET /user/blocks"],
        listEmailsForAuthenticated: [
          "GET /user/emails",
          {},
          { renamed: ["users", "listEmailsForAuthenticatedUser"] }
        ],
        listEmailsForAuthenticatedUser: ["GET /user/emails"],
        listFollowedByAuthenticated: [
          "GET /user/following",
          {},
          { renamed: ["users", "listFollowedByAuthenticatedUser"] }
        ],
        listFollowedByAuthenticatedUser: ["GET /user/following"],
        listFollowersForAuthenticatedUser: ["GET /user/followers"],
        listFollowersForUser: ["GET /users/{username}/followers"],
        listFollowingForUser: ["GET /users/{username}/following"],
        listGpgKeysForAuthenticated: [
          "GET /user/gpg_keys",
          {},
          { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
        ],
        listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
        listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
        listPublicEmailsForAuthenticated: [
          "GET /user/public_emails",
          {},
          { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
        ],
        listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
        listPublicKeysForUser: ["GET /users/{username}/keys"],
        listPublicSshKeysForAuthenticated: [
          "GET /user/keys",
          {},
          { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
        ],
        listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
        listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
        listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
        listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
        listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
        setPrimaryEmailVisibilityForAuthenticated: [
          "PATCH /user/email/visibility",
          {},
          { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
        ],
        setPrimaryEmailVisibilityForAuthenticatedUser: [
          "PATCH /user/email/visibility"
        ],
        unblock: ["DELETE /user/blocks/{username}"],
        unfollow: ["DELETE /user/following/{username}"],
        updateAuthenticated: ["PATCH /user"]
      }
    };
    endpoints_default = Endpoints;
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  __name(withDecorations, "withDecorations");
  return Object.assign(withDecorations, requestWithDefaults);
}
var endpointMethodsMap, handler;
var init_endpoints_to_methods = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js"() {
    init_endpoints();
    endpointMethodsMap = /* @__PURE__ */ new Map();
    for (const [scope, endpoints] of Object.entries(endpoints_default)) {
      for (const [methodName, endpoint2] of Object.entries(endpoints)) {
        const [route, defaults, decorations] = endpoint2;
        const [method, url] = route.split(/ /);
        const endpointDefaults = Object.assign(
          {
            method,
            url
          },
          defaults
        );
        if (!endpointMethodsMap.has(scope)) {
          endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
        }
        endpointMethodsMap.get(scope).set(methodName, {
          scope,
          methodName,
          endpointDefaults,
          decorations
        });
      }
    }
    handler = {
      has({ scope }, methodName) {
        return endpointMethodsMap.get(scope).has(methodName);
      },
      getOwnPropertyDescriptor(target, methodName) {
        return {
          value: this.get(target, methodName),
          // ensures method is in the cache
          configurable: true,
          writable: true,
          enumerable: true
        };
      },
      defineProperty(target, methodName, descriptor) {
        Object.defineProperty(target.cache, methodName, descriptor);
        return true;
      },
      deleteProperty(target, methodName) {
        delete target.cache[methodName];
        return true;
      },
      ownKeys({ scope }) {
        return [...endpointMethodsMap.get(scope).keys()];
      },
      set(target, methodName, value) {
        return target.cache[methodName] = value;
      },
      get({ octokit, scope, cache }, methodName) {
        if (cache[methodName]) {
          return cache[methodName];
        }
        const method = endpointMethodsMap.get(scope).get(methodName);
        if (!method) {
          return void 0;
        }
        const { endpointDefaults, decorations } = method;
        if (decorations) {
          cache[methodName] = decorate(
            octokit,
            scope,
            methodName,
            endpointDefaults,
            decorations
          );
        } else {
          cache[methodName] = octokit.request.defaults(endpointDefaults);
        }
        return cache[methodName];
      }
    };
    __name(endpointsToMethods, "endpointsToMethods");
    __name(decorate, "decorate");
  }
});

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
var init_dist_src4 = __esm({
  "node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js"() {
    init_version3();
    init_endpoints_to_methods();
    __name(restEndpointMethods, "restEndpointMethods");
    restEndpointMethods.VERSION = VERSION9;
    __name(legacyRestEndpointMethods, "legacyRestEndpointMethods");
    legacyRestEndpointMethods.VERSION = VERSION9;
  }
});

// node_modules/@octokit/rest/dist-src/version.js
var VERSION10;
var init_version4 = __esm({
  "node_modules/@octokit/rest/dist-src/version.js"() {
    VERSION10 = "22.0.1";
  }
});

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2;
var init_dist_src5 = __esm({
  "node_modules/@octokit/rest/dist-src/index.js"() {
    init_dist_src2();
    init_dist_src3();
    init_dist_bundle7();
    init_dist_src4();
    init_version4();
    Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
      {
        userAgent: `octokit-rest.js/${VERSION10}`
      }
    );
  }
});

// action/src/github/client.ts
function createClient(o) {
  const log = o.log ?? (() => {
  });
  const quiet = { debug: log, info: log, warn: log, error: log };
  return new GitHubClient({
    auth: o.token,
    baseUrl: o.baseUrl,
    userAgent: "breakglass",
    log: quiet,
    retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], ...o.retryAfterBaseValue !== void 0 ? { retryAfterBaseValue: o.retryAfterBaseValue } : {} },
    throttle: {
      enabled: o.throttle !== false,
      ...o.queriesOnly ? { write: unspaced() } : {},
      ...o.retryAfterBaseValue !== void 0 ? { retryAfterBaseValue: o.retryAfterBaseValue } : {},
      onRateLimit: /* @__PURE__ */ __name((after, options, _o, retryCount) => {
        log(`GitHub rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${after} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      }, "onRateLimit"),
      onSecondaryRateLimit: /* @__PURE__ */ __name((after, options, _o, retryCount) => {
        log(`GitHub secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${after} s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      }, "onSecondaryRateLimit")
    }
  });
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
var import_light3, GitHubClient, unspaced, MAX_RATE_LIMIT_RETRIES;
var init_client = __esm({
  "action/src/github/client.ts"() {
    "use strict";
    init_dist_bundle();
    init_dist_bundle2();
    init_dist_src5();
    import_light3 = __toESM(require_light(), 1);
    GitHubClient = Octokit2.plugin(retry, throttling);
    unspaced = /* @__PURE__ */ __name(() => new import_light3.default.Group({ id: "breakglass-graphql-queries", maxConcurrent: null, minTime: 0 }), "unspaced");
    MAX_RATE_LIMIT_RETRIES = 2;
    __name(createClient, "createClient");
    __name(statusOf, "statusOf");
  }
});

// action/src/github/request-ops.ts
function requestOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  let base;
  const defaultBranch = /* @__PURE__ */ __name(() => base ??= o.rest.repos.get(r).then(({ data }) => data.default_branch), "defaultBranch");
  return {
    async whoAmI() {
      const { data } = await o.rest.users.getAuthenticated();
      return { login: data.login, id: data.id };
    },
    defaultBranch,
    async branchWithFile(branch, path, content, message2) {
      const { data: ref2 } = await o.rest.git.getRef({ ...r, ref: `heads/${await defaultBranch()}` });
      const { data: head } = await o.rest.git.getCommit({ ...r, commit_sha: ref2.object.sha });
      const { data: tree } = await o.rest.git.createTree({ ...r, base_tree: head.tree.sha, tree: [{ path, mode: "100644", type: "blob", content }] });
      const { data: commit } = await o.rest.git.createCommit({ ...r, message: message2, tree: tree.sha, parents: [ref2.object.sha] });
      await o.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: commit.sha });
      return commit.sha;
    },
    async openPull(p) {
      const { data } = await o.rest.pulls.create({ ...r, head: p.head, base: await defaultBranch(), title: p.title, body: p.body });
      return { number: data.number, url: data.html_url };
    }
  };
}
var init_request_ops = __esm({
  "action/src/github/request-ops.ts"() {
    "use strict";
    __name(requestOps, "requestOps");
  }
});

// action/src/github/octokit-commit.ts
function commitOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  const guesses = /* @__PURE__ */ new Map();
  const readHead = /* @__PURE__ */ __name(async (sha) => {
    const { data } = await o.rest.git.getCommit({ ...r, commit_sha: sha });
    return { sha, tree: data.tree.sha };
  }, "readHead");
  const build = /* @__PURE__ */ __name(async (base, c) => {
    let tree = base.tree;
    if (c.removePaths.length > 0) {
      const { data: t } = await o.rest.git.createTree({ ...r, base_tree: tree, tree: c.removePaths.map((path) => ({ path, mode: "100644", type: "blob", sha: null })) });
      tree = t.sha;
    }
    const { data: commit } = await o.rest.git.createCommit({ ...r, message: c.message, tree, parents: [base.sha] });
    return { sha: commit.sha, tree };
  }, "build");
  return {
    /** The branch's head as a checkout saw it: the next commit is built on it if the ref still points there. */
    knowBranchHead(branch, head) {
      guesses.set(branch, head);
    },
    async commitOnBranch(branch, c) {
      for (let attempt = 1; ; attempt++) {
        const guess = guesses.get(branch);
        guesses.delete(branch);
        const early = guess ? build(guess, c) : void 0;
        early?.catch(() => {
        });
        const { data: ref2 } = await o.rest.git.getRef({ ...r, ref: `heads/${branch}` });
        const made = early && guess?.sha === ref2.object.sha ? await early : await build(await readHead(ref2.object.sha), c);
        try {
          await o.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: made.sha, force: false });
          guesses.set(branch, made);
          return made.sha;
        } catch (e) {
          const message2 = e instanceof Error ? e.message : String(e);
          if (statusOf(e) === 422 && /rule violation/i.test(message2)) throw new RecordRefused(branch, message2);
          if (statusOf(e) !== 422 || attempt >= MAX_ATTEMPTS) throw e;
        }
      }
    }
  };
}
var RecordRefused, MAX_ATTEMPTS;
var init_octokit_commit = __esm({
  "action/src/github/octokit-commit.ts"() {
    "use strict";
    init_client();
    RecordRefused = class extends Error {
      static {
        __name(this, "RecordRefused");
      }
      constructor(branch, detail) {
        super(
          `${branch} refuses commits from this token (${detail.replace(/\s+/g, " ").replace(/ - https:\/\/docs\.github\.com\S*$/, "").trim()}). Records are commits on ${branch}: give the action a GitHub App token whose app is on the ruleset's bypass list (secret BREAKGLASS_TOKEN)`
        );
      }
    };
    MAX_ATTEMPTS = 3;
    __name(commitOps, "commitOps");
  }
});

// action/src/github/octokit-compare.ts
function compareOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async compareCommits(base, head) {
      const { data } = await o.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${base}...${head}` });
      const at = `${base.slice(0, 7)}...${head.slice(0, 7)}`;
      if (data.total_commits > data.commits.length)
        throw new Error(`${at} has ${data.total_commits} commits and GitHub lists ${data.commits.length} of them, so who pushed cannot be checked`);
      const files = data.files ?? (data.total_commits === 0 ? [] : void 0);
      if (!files) throw new Error(`GitHub did not list the files changed in ${at}, so the change cannot be checked`);
      if (files.length >= COMPARE_MAX_FILES)
        throw new Error(`${at} changes ${files.length} or more files; GitHub lists at most ${COMPARE_MAX_FILES} in a comparison, so it cannot be checked`);
      return {
        files: files.map((f) => ({ path: f.filename, status: f.status, ...f.previous_filename ? { previousPath: f.previous_filename } : {} })),
        commits: data.commits.map((c) => ({ sha: c.sha, ...c.author?.login ? { authorLogin: c.author.login } : {}, ...c.committer?.login ? { committerLogin: c.committer.login } : {} }))
      };
    }
  };
}
var COMPARE_MAX_FILES;
var init_octokit_compare = __esm({
  "action/src/github/octokit-compare.ts"() {
    "use strict";
    COMPARE_MAX_FILES = 300;
    __name(compareOps, "compareOps");
  }
});

// action/src/github/octokit-conversation.ts
function conversationOps(o, repo, snapshots, rest) {
  const r = { owner: repo.owner, repo: repo.repo };
  const found = /* @__PURE__ */ new Map();
  const findComment = /* @__PURE__ */ __name((n, marker) => {
    const snap = snapshots.get(n);
    if (snap) {
      const carrying = snap.comments.filter((c) => c.body.includes(marker));
      return Promise.resolve((carrying.find((c) => c.mine) ?? carrying.find((c) => c.byBot))?.id);
    }
    const key = `${n}\0${marker}`;
    let id = found.get(key);
    if (!id) {
      id = o.paginate(o.rest.issues.listComments, { ...r, issue_number: n, per_page: 100 }).then((all) => all.find((c) => c.user?.type === "Bot" && c.body?.includes(marker))?.id);
      found.set(key, id);
      id.catch(() => found.delete(key));
    }
    return id;
  }, "findComment");
  const remember = /* @__PURE__ */ __name((n, marker, c) => {
    const snap = snapshots.get(n);
    if (snap && !snap.comments.some((x) => x.id === c.id)) snap.comments.push({ ...c, mine: true, byBot: true });
    found.set(`${n}\0${marker}`, Promise.resolve(c.id));
  }, "remember");
  const upsertComment = /* @__PURE__ */ __name(async (n, marker, body) => {
    const id = await findComment(n, marker);
    if (id !== void 0) {
      await o.rest.issues.updateComment({ ...r, comment_id: id, body });
      return;
    }
    const { data } = await o.rest.issues.createComment({ ...r, issue_number: n, body });
    remember(n, marker, { id: data.id, nodeId: data.node_id, body });
  }, "upsertComment");
  const mutation = /* @__PURE__ */ __name((snap, w, existing) => {
    const id = /* @__PURE__ */ __name((name) => snap.labelIds.get(name.toLowerCase()), "id");
    const defs = ["$pr: ID!", "$body: String!"];
    const vars = { pr: snap.nodeId, body: w.comment.body };
    const fields = [];
    const issueByGraphql = w.issue && w.issue.labels.every((l) => id(l) !== void 0);
    if (w.issue && issueByGraphql) {
      defs.push("$repo: ID!", "$title: String!", "$issueBody: String!", "$issueLabels: [ID!]");
      Object.assign(vars, { repo: snap.repositoryId, title: w.issue.title, issueBody: w.issue.body, issueLabels: w.issue.labels.map((l) => id(l)) });
      fields.push("issue: createIssue(input: { repositoryId: $repo, title: $title, body: $issueBody, labelIds: $issueLabels }) { issue { number } }");
    }
    if (existing) {
      defs.push("$comment: ID!");
      vars.comment = existing.nodeId;
      fields.push("comment: updateIssueComment(input: { id: $comment, body: $body }) { issueComment { id fullDatabaseId } }");
    } else {
      fields.push("comment: addComment(input: { subjectId: $pr, body: $body }) { commentEdge { node { id fullDatabaseId } } }");
    }
    const add = w.labels.add.filter((l) => id(l) !== void 0);
    if (add.length > 0) {
      defs.push("$add: [ID!]!");
      vars.add = add.map(id);
      fields.push("labeled: addLabelsToLabelable(input: { labelableId: $pr, labelIds: $add }) { clientMutationId }");
    }
    const remove = w.labels.remove.filter((l) => id(l) !== void 0);
    if (remove.length > 0) {
      defs.push("$remove: [ID!]!");
      vars.remove = remove.map(id);
      fields.push("unlabeled: removeLabelsFromLabelable(input: { labelableId: $pr, labelIds: $remove }) { clientMutationId }");
    }
    return {
      text: `mutation(${defs.join(", ")}) { ${fields.join(" ")} }`,
      vars,
      fields: fields.map((f) => f.slice(0, f.indexOf(":"))),
      restIssue: w.issue && !issueByGraphql ? w.issue : void 0,
      restLabels: { add: w.labels.add.filter((l) => id(l) === void 0), remove: w.labels.remove.filter((l) => id(l) === void 0) }
    };
  }, "mutation");
  return {
    findComment,
    upsertComment,
    async publish(n, w) {
      const snap = snapshots.get(n);
      if (!snap) {
        const [issue2] = await Promise.all([w.issue ? rest.createIssue(w.issue) : void 0, upsertComment(n, w.comment.marker, w.comment.body), rest.setLabels(n, w.labels.add, w.labels.remove)]);
        return issue2 === void 0 ? {} : { issue: issue2 };
      }
      const existingId = await findComment(n, w.comment.marker);
      const existing = existingId === void 0 ? void 0 : snap.comments.find((c2) => c2.id === existingId);
      const m = mutation(snap, w, existing);
      const restLabels = m.restLabels.add.length + m.restLabels.remove.length > 0 ? rest.setLabels(n, m.restLabels.add, m.restLabels.remove) : void 0;
      const restIssue = m.restIssue ? rest.createIssue(m.restIssue) : void 0;
      const [data, issueViaRest] = await Promise.all([o.graphql(m.text, m.vars), restIssue, restLabels]);
      const missing = m.fields.filter((f) => data[f] == null);
      if (missing.length > 0) throw new Error(`GitHub did not confirm ${missing.join(", ")} on #${n}`);
      const c = data.comment?.commentEdge?.node ?? data.comment?.issueComment;
      if (!c) throw new Error(`GitHub did not confirm the comment on #${n}`);
      remember(n, w.comment.marker, { id: Number(c.fullDatabaseId ?? existingId ?? 0), nodeId: c.id, body: w.comment.body });
      if (w.issue && !m.restIssue && typeof data.issue?.issue?.number !== "number") throw new Error(`GitHub did not confirm the issue "${w.issue.title}"`);
      const issue = issueViaRest ?? data.issue?.issue?.number;
      return issue === void 0 ? {} : { issue };
    }
  };
}
var init_octokit_conversation = __esm({
  "action/src/github/octokit-conversation.ts"() {
    "use strict";
    __name(conversationOps, "conversationOps");
  }
});

// action/src/github/octokit-files.ts
function gitBlobId(bytes) {
  return (0, import_node_crypto2.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function exactText(e) {
  const b = e.object;
  if (!b || b.isBinary !== false || b.isTruncated !== false || typeof b.text !== "string") return void 0;
  const bytes = new Uint8Array(Buffer.from(b.text, "utf8"));
  return bytes.length === b.byteSize && gitBlobId(bytes) === e.oid ? bytes : void 0;
}
function fileOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  const pending = /* @__PURE__ */ new Map();
  const readBlob = /* @__PURE__ */ __name(async (oid) => {
    const { data } = await o.rest.git.getBlob({ ...r, file_sha: oid });
    const bytes = new Uint8Array(data.encoding === "base64" ? Buffer.from(data.content, "base64") : Buffer.from(data.content, "utf8"));
    if (gitBlobId(bytes) !== oid) throw new Error(`blob ${oid.slice(0, 7)} came back with other bytes; refusing to read it`);
    return bytes;
  }, "readBlob");
  const settle = /* @__PURE__ */ __name(async (e) => {
    if (!e) return void 0;
    const mode = modeString(e.mode);
    if (!isRegularFile(e)) return { mode };
    return { mode, content: exactText(e) ?? await readBlob(e.oid) };
  }, "settle");
  const flush = /* @__PURE__ */ __name(async (sha, p) => {
    const paths = [...p.paths.keys()];
    const fail3 = /* @__PURE__ */ __name((e) => paths.forEach((path) => p.paths.get(path).forEach((w) => w.reject(e))), "fail");
    try {
      const defs = paths.map((_, i) => `$p${i}: String!`).join(", ");
      const files = paths.map((_, i) => `f${i}: file(path: $p${i}) { ${TREE_ENTRY} }`).join(" ");
      const query2 = `query($owner: String!, $name: String!, $oid: GitObjectID!, ${defs}) { repository(owner: $owner, name: $name) { object(oid: $oid) { __typename ... on Commit { ${files} } } } }`;
      const vars = Object.fromEntries(paths.map((path, i) => [`p${i}`, path]));
      const data = await o.graphql(query2, { owner: r.owner, name: r.repo, oid: sha, ...vars });
      const commit = data.repository?.object;
      if (commit?.__typename !== "Commit") throw new Error(`commit ${sha.slice(0, 7)} cannot be read from GitHub`);
      await Promise.all(
        paths.map(async (path, i) => {
          const waiting = p.paths.get(path);
          try {
            const f = await settle(commit[`f${i}`] ?? null);
            waiting.forEach((w) => w.resolve(f));
          } catch (e) {
            waiting.forEach((w) => w.reject(e));
          }
        })
      );
    } catch (e) {
      fail3(e);
    }
  }, "flush");
  return {
    readTreeFile(sha, path) {
      return new Promise((resolve2, reject) => {
        let p = pending.get(sha);
        if (!p) {
          const fresh = { paths: /* @__PURE__ */ new Map() };
          pending.set(sha, fresh);
          p = fresh;
          queueMicrotask(() => {
            pending.delete(sha);
            void flush(sha, fresh);
          });
        }
        const list = p.paths.get(path) ?? [];
        list.push({ resolve: resolve2, reject });
        p.paths.set(path, list);
      });
    }
  };
}
var import_node_crypto2, TREE_ENTRY, modeString, isRegularFile;
var init_octokit_files = __esm({
  "action/src/github/octokit-files.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    TREE_ENTRY = "mode type oid object { ... on Blob { byteSize isBinary isTruncated text } }";
    __name(gitBlobId, "gitBlobId");
    __name(exactText, "exactText");
    modeString = /* @__PURE__ */ __name((mode) => mode.toString(8).padStart(6, "0"), "modeString");
    isRegularFile = /* @__PURE__ */ __name((e) => e.type === "blob" && (modeString(e.mode) === "100644" || modeString(e.mode) === "100755"), "isRegularFile");
    __name(fileOps, "fileOps");
  }
});

// action/src/github/octokit-issues.ts
function author(u) {
  return { login: u?.login ?? "", id: u?.id ?? 0, isBot: u?.type === "Bot" };
}
function labelNames(labels) {
  return labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((l) => l !== "");
}
function issueFacts(i) {
  return {
    number: i.number,
    state: i.state === "closed" ? "closed" : "open",
    title: i.title,
    body: i.body ?? "",
    author: author(i.user),
    labels: labelNames(i.labels),
    createdAt: i.created_at,
    isPull: i.pull_request !== void 0 && i.pull_request !== null
  };
}
function issueOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async getIssue(n) {
      try {
        const { data } = await o.rest.issues.get({ ...r, issue_number: n });
        return issueFacts(data);
      } catch (e) {
        if (statusOf(e) === 404 || statusOf(e) === 410) return void 0;
        throw e;
      }
    },
    async listOpenIssues(label) {
      const all = await o.paginate(o.rest.issues.listForRepo, { ...r, state: "open", labels: label, sort: "created", direction: "asc", per_page: 100 });
      return all.map(issueFacts).filter((i) => !i.isPull);
    },
    async listOpenPulls() {
      const base = (await o.rest.repos.get(r)).data.default_branch;
      const all = await o.paginate(o.rest.pulls.list, { ...r, state: "open", base, sort: "created", direction: "asc", per_page: 100 });
      return all.map((p) => ({ number: p.number, title: p.title, author: author(p.user), createdAt: p.created_at, headSha: p.head.sha, labels: labelNames(p.labels) }));
    },
    async addComment(n, body) {
      await o.rest.issues.createComment({ ...r, issue_number: n, body });
    },
    async setIssueState(n, state, reason) {
      await o.rest.issues.update({ ...r, issue_number: n, state, ...state === "closed" && reason ? { state_reason: reason } : {} });
    }
  };
}
var init_octokit_issues = __esm({
  "action/src/github/octokit-issues.ts"() {
    "use strict";
    init_client();
    __name(author, "author");
    __name(labelNames, "labelNames");
    __name(issueFacts, "issueFacts");
    __name(issueOps, "issueOps");
  }
});

// action/src/github/octokit-pulls.ts
function pullOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    async getPull(n) {
      const { data: p } = await o.rest.pulls.get({ ...r, pull_number: n });
      return {
        number: p.number,
        state: p.state === "open" ? "open" : "closed",
        merged: p.merged,
        draft: p.draft === true,
        title: p.title,
        body: p.body ?? "",
        author: { login: p.user.login, id: p.user.id, isBot: p.user.type === "Bot" },
        headSha: p.head.sha,
        headRef: p.head.ref,
        baseRef: p.base.ref,
        baseSha: p.base.sha,
        fromFork: p.head.repo?.full_name !== p.base.repo.full_name,
        createdAt: p.created_at,
        labels: p.labels.map((l) => l.name),
        ...p.base.repo.default_branch ? { defaultBranch: p.base.repo.default_branch } : {}
      };
    },
    async findOpenPullsByHead(sha) {
      const out = [];
      for await (const page of o.paginate.iterator(o.rest.pulls.list, { ...r, state: "open", per_page: 100 })) {
        for (const p of page.data) if (p.head.sha === sha) out.push(p.number);
      }
      return out;
    },
    async listPullFiles(n) {
      const files = await o.paginate(o.rest.pulls.listFiles, { ...r, pull_number: n, per_page: 100 });
      if (files.length >= MAX_LISTED_FILES) throw new Error(`PR #${n} changes ${files.length} or more files; GitHub lists at most ${MAX_LISTED_FILES}, so it cannot be checked`);
      return files.map((f) => ({ path: f.filename, status: f.status, ...f.previous_filename ? { previousPath: f.previous_filename } : {} }));
    },
    async listRequestedReviewers(n) {
      const { data } = await o.rest.pulls.listRequestedReviewers({ ...r, pull_number: n });
      return data.users.map((u) => u.login);
    },
    async requestReviewers(n, logins) {
      await o.rest.pulls.requestReviewers({ ...r, pull_number: n, reviewers: logins });
    },
    async mergePull(n, m) {
      try {
        const { data } = await o.rest.pulls.merge({ ...r, pull_number: n, sha: m.sha, merge_method: "squash", commit_title: m.title, commit_message: m.message });
        return { merged: true, sha: data.sha };
      } catch (e) {
        const status = statusOf(e);
        if (status === 409) return { merged: false, reason: "head-modified", message: "the head branch was modified after the decision" };
        const { data: p } = await o.rest.pulls.get({ ...r, pull_number: n });
        if (p.merged && p.head.sha === m.sha && p.merge_commit_sha) return { merged: true, sha: p.merge_commit_sha };
        if (p.merged) return { merged: false, reason: "already-merged", message: "the PR was merged by someone else" };
        if (status === 405 || status === 422) return { merged: false, reason: "not-mergeable", message: e instanceof Error ? e.message : String(e) };
        throw e;
      }
    },
    async closePull(n) {
      await o.rest.pulls.update({ ...r, pull_number: n, state: "closed" });
    }
  };
}
var init_octokit_pulls = __esm({
  "action/src/github/octokit-pulls.ts"() {
    "use strict";
    init_pr_scope();
    init_client();
    __name(pullOps, "pullOps");
  }
});

// action/src/github/octokit-repo.ts
async function readable(fn) {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const status = statusOf(e);
    if (status === void 0) throw e;
    return { ok: false, status, message: e instanceof Error ? e.message : String(e) };
  }
}
function repoOps(o, repo) {
  const r = { owner: repo.owner, repo: repo.repo };
  let defaultBranch;
  return {
    defaultBranch() {
      defaultBranch ??= o.rest.repos.get(r).then(({ data }) => data.default_branch);
      return defaultBranch;
    },
    /** Records the default branch when another answer already carried it (readPull's does), saving a call. */
    knowDefaultBranch(name) {
      defaultBranch ??= Promise.resolve(name);
    },
    async getContent(path, ref2) {
      try {
        const { data } = await o.rest.repos.getContent({ ...r, path, ref: ref2 });
        if (Array.isArray(data)) return { type: "dir", path };
        if (data.type === "file") return { type: "file", path, content: decode(data.content ?? "") };
        return { type: data.type === "symlink" ? "symlink" : "submodule", path };
      } catch (e) {
        if (statusOf(e) === 404) return void 0;
        throw e;
      }
    },
    async setLabels(n, add, remove) {
      if (add.length > 0) await o.rest.issues.addLabels({ ...r, issue_number: n, labels: add });
      for (const name of remove) {
        try {
          await o.rest.issues.removeLabel({ ...r, issue_number: n, name });
        } catch (e) {
          if (statusOf(e) !== 404) throw e;
        }
      }
    },
    async setCommitStatus(sha, state, description, context = "breakglass") {
      await o.rest.repos.createCommitStatus({ ...r, sha, state, description: description.slice(0, 140), context });
    },
    async dispatchWorkflow(workflow, ref2, inputs = {}) {
      await o.rest.actions.createWorkflowDispatch({ ...r, workflow_id: workflow, ref: ref2, inputs });
    },
    async createIssue(i) {
      const { data } = await o.rest.issues.create({ ...r, title: i.title, body: i.body, labels: i.labels });
      return data.number;
    },
    getBranchRules: /* @__PURE__ */ __name((branch) => readable(async () => {
      const { data } = await o.rest.repos.getBranchRules({ ...r, branch, per_page: 100 });
      const pr = data.find((x) => x.type === "pull_request");
      const p = pr?.parameters ?? {};
      const rules = { blocksForcePush: data.some((x) => x.type === "non_fast_forward"), blocksDeletion: data.some((x) => x.type === "deletion") };
      if (pr) {
        rules.pullRequest = {
          requiredApprovingReviewCount: Number(p.required_approving_review_count ?? 0),
          dismissStaleReviewsOnPush: p.dismiss_stale_reviews_on_push === true,
          requireCodeOwnerReview: p.require_code_owner_review === true,
          requireLastPushApproval: p.require_last_push_approval === true
        };
      }
      return rules;
    }), "getBranchRules"),
    getWorkflowPermissions: /* @__PURE__ */ __name(() => readable(async () => {
      const { data } = await o.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(r);
      return { canApprovePullRequestReviews: data.can_approve_pull_request_reviews, defaultPermissions: data.default_workflow_permissions };
    }), "getWorkflowPermissions"),
    getEnvironmentBranchPolicy: /* @__PURE__ */ __name((name) => readable(async () => {
      try {
        const { data } = await o.rest.repos.getEnvironment({ ...r, environment_name: name });
        const p = data.deployment_branch_policy;
        const out = { exists: true, protectedBranchesOnly: p?.protected_branches === true, customBranches: p?.custom_branch_policies === true };
        if (!out.customBranches) return out;
        const policies = await o.paginate(o.rest.repos.listDeploymentBranchPolicies, { ...r, environment_name: name, per_page: 100 });
        return { ...out, customPolicies: policies.map((b) => ({ name: b.name ?? "", type: b.type ?? "branch" })) };
      } catch (e) {
        if (statusOf(e) === 404) return { exists: false, protectedBranchesOnly: false, customBranches: false };
        throw e;
      }
    }), "getEnvironmentBranchPolicy"),
    getWorkflowState: /* @__PURE__ */ __name((workflow) => readable(async () => (await o.rest.actions.getWorkflow({ ...r, workflow_id: workflow })).data.state), "getWorkflowState")
  };
}
var decode;
var init_octokit_repo = __esm({
  "action/src/github/octokit-repo.ts"() {
    "use strict";
    init_client();
    __name(readable, "readable");
    decode = /* @__PURE__ */ __name((b64) => new Uint8Array(Buffer.from(b64, "base64")), "decode");
    __name(repoOps, "repoOps");
  }
});

// action/src/github/pr-snapshot.ts
function reviewFacts(x) {
  const who = actorFacts(x.author);
  return { login: who.login, id: who.id, state: x.state, commitId: x.commit?.oid ?? "", submittedAt: x.submittedAt ?? "", isBot: who.isBot };
}
function actorFacts(a) {
  if (!a) return { login: "ghost", id: 0, isBot: false };
  const isBot = a.__typename === "Bot";
  return { login: isBot ? `${a.login}[bot]` : a.login, id: a.databaseId ?? 0, isBot };
}
function query(prefetch) {
  const files = prefetch.defaultBranchFiles ?? [];
  const labels = prefetch.labels ?? [];
  const vars = {};
  const defs = ["$owner: String!", "$name: String!", "$number: Int!"];
  files.forEach((p, i) => (vars[`f${i}`] = p, defs.push(`$f${i}: String!`)));
  labels.forEach((l, i) => (vars[`l${i}`] = l, defs.push(`$l${i}: String!`)));
  const target = files.length > 0 ? ` target { ... on Commit { ${files.map((_, i) => `f${i}: file(path: $f${i}) { ${TREE_ENTRY} }`).join(" ")} } }` : "";
  const labelFields = labels.map((_, i) => `l${i}: label(name: $l${i}) { id name }`).join(" ");
  const conns = Object.keys(CONNECTIONS).map((c) => `${c}(first: 100) { ${CONNECTIONS[c]} }`).join(" ");
  const pull = `id number state merged isDraft title body createdAt isCrossRepository headRefOid headRefName baseRefName baseRefOid baseRef { target { oid } } author { ${ACTOR} } ${conns}`;
  const text2 = `query(${defs.join(", ")}) { repository(owner: $owner, name: $name) { id defaultBranchRef { name${target} } ${labelFields} pullRequest(number: $number) { ${pull} } } }`;
  return { text: text2, vars };
}
function onlyPrefetchFailed(e) {
  const err = e;
  const repo = err.data?.repository;
  if (!Array.isArray(err.errors) || !repo?.pullRequest) return void 0;
  const prefetched = /* @__PURE__ */ __name((p = []) => p[0] === "repository" && (p[1] === "defaultBranchRef" || /^l\d+$/.test(String(p[1]))), "prefetched");
  return err.errors.every((x) => prefetched(x.path)) ? repo : void 0;
}
async function readPullSnapshot(o, repo, n, prefetch = {}) {
  const base = { owner: repo.owner, name: repo.repo, number: n };
  const q = query(prefetch);
  let data;
  try {
    data = (await o.graphql(q.text, { ...base, ...q.vars })).repository;
  } catch (e) {
    data = onlyPrefetchFailed(e) ?? null;
    if (!data) throw e;
  }
  const pr = data?.pullRequest;
  if (!data || !pr) throw new Error(`pull request #${n} cannot be read from GitHub`);
  const more = /* @__PURE__ */ __name(async (c, first2) => {
    const all = [...first2.nodes];
    for (let page = first2, pages = 1; page.pageInfo.hasNextPage; pages++) {
      if (pages >= MAX_PAGES2) throw new Error(`pull request #${n} has more than ${MAX_PAGES2 * 100} ${c}; refusing to judge it on part of them`);
      const text2 = `query($owner: String!, $name: String!, $number: Int!, $after: String!) { repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${c}(first: 100, after: $after) { ${CONNECTIONS[c]} } } } }`;
      const next = await o.graphql(text2, { ...base, after: page.pageInfo.endCursor ?? "" });
      const got = next.repository?.pullRequest?.[c];
      if (!got) throw new Error(`pull request #${n}: the next page of ${c} cannot be read`);
      all.push(...got.nodes);
      page = got;
    }
    return all;
  }, "more");
  const [labels, reviews, comments] = await Promise.all([more("labels", pr.labels), more("reviews", pr.reviews), more("comments", pr.comments)]);
  const labelIds = /* @__PURE__ */ new Map();
  for (const l of labels) labelIds.set(l.name.toLowerCase(), l.id);
  (prefetch.labels ?? []).forEach((_, i) => {
    const l = data[`l${i}`];
    if (l) labelIds.set(l.name.toLowerCase(), l.id);
  });
  const files = /* @__PURE__ */ new Map();
  const target = data.defaultBranchRef?.target;
  (prefetch.defaultBranchFiles ?? []).forEach((path, i) => {
    if (!target || !(`f${i}` in target)) return;
    const e = target[`f${i}`];
    if (e === null || e === void 0) return void files.set(path, void 0);
    const content = isRegularFile(e) ? exactText(e) : void 0;
    if (content) files.set(path, { type: "file", path, content });
  });
  const defaultBranch = data.defaultBranchRef?.name;
  return {
    pull: {
      number: pr.number,
      state: pr.state === "OPEN" ? "open" : "closed",
      merged: pr.merged,
      draft: pr.isDraft,
      title: pr.title,
      body: pr.body,
      author: actorFacts(pr.author),
      headSha: pr.headRefOid,
      headRef: pr.headRefName,
      baseRef: pr.baseRefName,
      // The base branch as it is now: files are compared with its merge base, as GitHub's PR diff is.
      baseSha: pr.baseRef?.target?.oid ?? pr.baseRefOid,
      fromFork: pr.isCrossRepository,
      createdAt: pr.createdAt,
      labels: labels.map((l) => l.name),
      ...defaultBranch ? { defaultBranch } : {}
    },
    reviews: reviews.map(reviewFacts),
    nodeId: pr.id,
    repositoryId: data.id,
    labelIds,
    comments: comments.map((c) => ({ id: Number(c.fullDatabaseId ?? 0), nodeId: c.id, body: c.body, mine: c.viewerDidAuthor, byBot: c.author?.__typename === "Bot" })),
    files
  };
}
var ACTOR, PAGE, CONNECTIONS, MAX_PAGES2;
var init_pr_snapshot = __esm({
  "action/src/github/pr-snapshot.ts"() {
    "use strict";
    init_octokit_files();
    ACTOR = "__typename login ... on User { databaseId } ... on Bot { databaseId }";
    PAGE = "pageInfo { hasNextPage endCursor }";
    CONNECTIONS = {
      labels: `nodes { id name } ${PAGE}`,
      reviews: `nodes { state submittedAt commit { oid } author { ${ACTOR} } } ${PAGE}`,
      comments: `nodes { id fullDatabaseId body viewerDidAuthor author { __typename } } ${PAGE}`
    };
    MAX_PAGES2 = 30;
    __name(reviewFacts, "reviewFacts");
    __name(actorFacts, "actorFacts");
    __name(query, "query");
    __name(onlyPrefetchFailed, "onlyPrefetchFailed");
    __name(readPullSnapshot, "readPullSnapshot");
  }
});

// action/src/github/octokit-ops.ts
function createGitHubOps(o) {
  return createOps(o).gh;
}
function createOps(o) {
  const client = createClient(o);
  const queries = createClient({ ...o, queriesOnly: true });
  const pulls = pullOps(client, o.repo);
  const repo = repoOps(client, o.repo);
  const snapshots = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Map();
  const gh = {
    repo: o.repo,
    ...pulls,
    ...repo,
    ...issueOps(client, o.repo),
    ...commitOps(client, o.repo),
    ...fileOps(queries, o.repo),
    ...compareOps(client, o.repo),
    ...conversationOps(client, o.repo, snapshots, repo),
    readPull: /* @__PURE__ */ __name(async (n, prefetch) => {
      const snap = await readPullSnapshot(queries, o.repo, n, prefetch);
      snapshots.set(n, snap);
      const branch = snap.pull.defaultBranch;
      if (branch) {
        repo.knowDefaultBranch(branch);
        for (const path of prefetch?.defaultBranchFiles ?? []) known.delete(`${branch}\0${path}`);
        for (const [path, entry] of snap.files) known.set(`${branch}\0${path}`, entry);
      }
      return { pull: snap.pull, reviews: snap.reviews };
    }, "readPull"),
    getContent: /* @__PURE__ */ __name((path, ref2) => {
      const key = `${ref2}\0${path}`;
      return known.has(key) ? Promise.resolve(known.get(key)) : repo.getContent(path, ref2);
    }, "getContent"),
    // pulls.get already names the default branch: remember it instead of asking repos.get later.
    getPull: /* @__PURE__ */ __name(async (n) => {
      const p = await pulls.getPull(n);
      if (p.defaultBranch) repo.knowDefaultBranch(p.defaultBranch);
      return p;
    }, "getPull")
  };
  return { gh, request: requestOps(client, o.repo) };
}
var init_octokit_ops = __esm({
  "action/src/github/octokit-ops.ts"() {
    "use strict";
    init_client();
    init_octokit_commit();
    init_octokit_compare();
    init_octokit_conversation();
    init_octokit_files();
    init_octokit_issues();
    init_octokit_pulls();
    init_octokit_repo();
    init_pr_snapshot();
    init_request_ops();
    __name(createGitHubOps, "createGitHubOps");
    __name(createOps, "createOps");
  }
});

// action/src/cli/github-from-env.ts
function githubTarget(io, repoFlag) {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token) throw new UsageError("set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository");
  const full = repoFlag ?? io.env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, extra] = full.split("/");
  if (!owner || !repo || extra !== void 0) throw new UsageError("name the repository with --repo owner/name (or GITHUB_REPOSITORY)");
  return { token, baseUrl: (io.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""), repo: { owner, repo } };
}
function githubFromEnv(io, repoFlag) {
  return createGitHubOps(githubTarget(io, repoFlag));
}
var init_github_from_env = __esm({
  "action/src/cli/github-from-env.ts"() {
    "use strict";
    init_errors();
    init_octokit_ops();
    __name(githubTarget, "githubTarget");
    __name(githubFromEnv, "githubFromEnv");
  }
});

// action/src/cli/request-cmd.ts
var request_cmd_exports = {};
__export(request_cmd_exports, {
  requestCmd: () => requestCmd
});
async function requestCmd(argv, io) {
  const { values } = parse(argv, {
    bundle: { type: "string" },
    duration: { type: "string" },
    reason: { type: "string" },
    incident: { type: "string" },
    ticket: { type: "string" },
    target: { type: "string", multiple: true },
    start: { type: "string" },
    extends: { type: "string" },
    requester: { type: "string" },
    repo: { type: "string" },
    "dry-run": { type: "boolean" }
  });
  const input = {
    bundle: required("bundle", values.bundle),
    duration: required("duration", values.duration),
    reason: required("reason", values.reason),
    now: io.clock.now(),
    ...values.requester ? { requester: values.requester } : io.env.GITHUB_ACTOR ? { requester: io.env.GITHUB_ACTOR } : {},
    ...values.incident ? { incident: values.incident } : {},
    ...values.ticket ? { ticket: values.ticket } : {},
    ...values.start ? { start: values.start } : {},
    ...values.extends ? { extends: values.extends } : {},
    ...values.target?.length ? { targets: values.target } : {}
  };
  if (values["dry-run"]) {
    const r2 = await request(input);
    io.out(r2.text.trimEnd());
    io.err(`would open a PR adding ${r2.path}`);
    return EXIT.ok;
  }
  const target = githubTarget(io, values.repo);
  const r = await request(input, requestOps(createClient(target), target.repo));
  io.out(r.pr ? r.pr.url : r.path);
  io.err(`opened PR #${r.pr?.number} adding ${r.path}`);
  return EXIT.ok;
}
var init_request_cmd = __esm({
  "action/src/cli/request-cmd.ts"() {
    "use strict";
    init_request();
    init_client();
    init_request_ops();
    init_args();
    init_github_from_env();
    init_io();
    __name(requestCmd, "requestCmd");
  }
});

// action/src/audit/iso-time.ts
function daysIn(year, month) {
  const r4 = year % 4;
  const r100 = year % 100;
  const r400 = year % 400;
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return r4 === 0 && (r100 !== 0 || r400 === 0) ? 29 : 28;
}
function digit(text2, i) {
  const d = text2.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}
function twoDigits(text2, i) {
  const a = digit(text2, i);
  const b = digit(text2, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}
function utcSeconds(text2) {
  if (text2.length === 20) {
    if (text2.charCodeAt(19) !== 90) return false;
  } else if (text2.length !== 25 || !text2.endsWith("+00:00")) return false;
  const century = twoDigits(text2, 0);
  const year = twoDigits(text2, 2);
  const month = twoDigits(text2, 5);
  const day = twoDigits(text2, 8);
  const hour = twoDigits(text2, 11);
  const minute = twoDigits(text2, 14);
  const second = twoDigits(text2, 17);
  return century >= 10 && year >= 0 && text2.charCodeAt(4) === 45 && text2.charCodeAt(7) === 45 && text2.charCodeAt(10) === 84 && text2.charCodeAt(13) === 58 && text2.charCodeAt(16) === 58 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(century * 100 + year, month) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}
function isoTime(text2) {
  if (text2 === void 0) return void 0;
  if (utcSeconds(text2)) return text2.length === 20 ? text2 : `${text2.slice(0, 19)}Z`;
  const ms2 = Date.parse(text2);
  return Number.isNaN(ms2) ? void 0 : isoSeconds(new Date(ms2));
}
function isoSecondsOf(ms2) {
  const d = new Date(ms2);
  const text2 = d.toISOString();
  return text2.length === 24 ? `${text2.slice(0, 19)}Z` : isoSeconds(d);
}
var init_iso_time = __esm({
  "action/src/audit/iso-time.ts"() {
    "use strict";
    init_clock();
    __name(daysIn, "daysIn");
    __name(digit, "digit");
    __name(twoDigits, "twoDigits");
    __name(utcSeconds, "utcSeconds");
    __name(isoTime, "isoTime");
    __name(isoSecondsOf, "isoSecondsOf");
  }
});

// action/src/audit/facts.ts
function isControlPath(path) {
  return /^(policies|\.github|action)\//.test(path) || /^(?:docs\/)?CODEOWNERS$/.test(path);
}
function prFromSubject(subject) {
  const all = [...subject.matchAll(/\(#(\d{1,9})\)/g)];
  return all.length > 0 ? all[all.length - 1][1] : void 0;
}
function recordOf(c) {
  switch (first(c.trailers, T.action)) {
    case "approve": {
      const record = readDecisionRecord(c.trailers);
      return record && { kind: "approve", record };
    }
    case "apply": {
      const record = readApplyRecord(c.trailers);
      return record && { kind: "apply", record };
    }
    case "revoke": {
      const record = readRevocationRecord(c.trailers);
      return record && { kind: "revoke", record };
    }
    case "review": {
      const record = readReviewRecord(c.trailers);
      return record && { kind: "review", record };
    }
    default:
      return void 0;
  }
}
var RECORD_KINDS, ref, happened, FactsBuilder;
var init_facts = __esm({
  "action/src/audit/facts.ts"() {
    "use strict";
    init_grant();
    init_trailers();
    init_iso_time();
    RECORD_KINDS = ["approve", "apply", "revoke", "review"];
    __name(isControlPath, "isControlPath");
    __name(prFromSubject, "prFromSubject");
    ref = /* @__PURE__ */ __name((c) => ({
      sha: c.sha,
      authorName: c.authorName,
      authorDate: c.authorDate,
      commitDate: c.commitDate,
      subject: c.subject
    }), "ref");
    happened = /* @__PURE__ */ __name((time, commit) => isoTime(time) ?? isoTime(commit.commitDate), "happened");
    __name(recordOf, "recordOf");
    FactsBuilder = class {
      /** `onLatest` sees each grant id's newest add as soon as it shows (its file can be read early). */
      constructor(onLatest) {
        this.onLatest = onLatest;
      }
      onLatest;
      static {
        __name(this, "FactsBuilder");
      }
      grants = /* @__PURE__ */ new Map();
      unapprovedAdds = [];
      controlChanges = [];
      /**
       * The next older commit. With `copy` (streaming) a commit carrying a fact is kept as a copy of
       * the few fields audit reads (a RecordRef when it only records or removes), so the commit itself
       * can go; without, the commit itself is kept (the caller holds it).
       */
      add(c, copy = true) {
        const rec = recordOf(c);
        const decision = rec?.kind === "approve" ? rec.record : void 0;
        let full;
        let control;
        for (let i = c.changes.length - 1; i >= 0; i--) {
          const ch = c.changes[i];
          const grantId = grantIdFromPath(ch.path);
          const touchesControl = c.parents.length > 0 && (isControlPath(ch.path) || ch.oldPath !== void 0 && isControlPath(ch.oldPath) || grantId !== void 0 && (ch.status === "M" || ch.status === "T"));
          if (touchesControl) (control ??= []).push(ch.path);
          if (grantId === void 0) continue;
          if (ch.status === "A") {
            full ??= copy ? ref(c) : c;
            const record = decision?.grantId === grantId ? decision : void 0;
            const add = { grantId, path: ch.path, commit: full, record, blob: ch.blob };
            if (!record) this.unapprovedAdds.push(add);
            const g = this.of(grantId);
            if (!g.add) {
              g.add = add;
              this.onLatest?.(add);
              this.settle(g);
            }
          } else if (ch.status === "D") {
            const g = this.of(grantId);
            if (!g.add) g.removedAt = isoTime(c.commitDate);
          }
        }
        if (control) {
          full ??= copy ? ref(c) : c;
          this.controlChanges.push({ commit: full, paths: control.reverse() });
        }
        if (rec) this.record(rec, copy ? { sha: c.sha, commitDate: c.commitDate } : c);
      }
      /** The facts. The builder is spent. */
      finish() {
        for (const g of this.grants.values()) g.records?.reverse();
        return {
          grants: this.grants,
          unapprovedAdds: this.unapprovedAdds.reverse(),
          controlChanges: this.controlChanges.reverse()
        };
      }
      of(id) {
        let g = this.grants.get(id);
        if (!g) {
          g = {
            id,
            add: void 0,
            approval: void 0,
            appliedAt: void 0,
            revoked: void 0,
            reviewed: void 0,
            drift: void 0,
            removedAt: void 0,
            revokedBeforeAdd: false,
            records: void 0
          };
          this.grants.set(id, g);
        }
        return g;
      }
      record(rec, commit) {
        const g = this.of(rec.record.grantId);
        switch (rec.kind) {
          case "approve":
            g.approval ??= { record: rec.record, at: isoTime(commit.commitDate) };
            break;
          case "apply":
            g.appliedAt = happened(rec.record.time, commit);
            break;
          case "revoke":
            if (rec.record.reason === "drift") g.drift = { record: rec.record, commit };
            else {
              g.revoked = { at: happened(rec.record.time, commit), reason: rec.record.reason };
              if (g.add) g.revokedBeforeAdd = true;
            }
            break;
          case "review":
            g.reviewed = { at: happened(rec.record.time, commit), reviewer: rec.record.reviewer };
            break;
        }
        const counts = rec.kind !== "revoke" || rec.record.reason !== "drift";
        if (counts && !(g.approval && g.add)) (g.records ??= []).push({ kind: rec.kind, commit });
        this.settle(g);
      }
      /** Once an id has an approval and an add, no older record of it can make history-rewritten. */
      settle(g) {
        if (g.approval && g.add) g.records = void 0;
      }
    };
  }
});

// action/src/audit/overuse.ts
function overuseEpisodes(grants, limit) {
  const W = limit.windowDays * 864e5;
  const byPerson = /* @__PURE__ */ new Map();
  for (const g of grants) {
    const at = g.mergedAt ?? g.approvedAt;
    if (!g.requester || at === void 0) continue;
    const who = g.requester.toLowerCase();
    const list = byPerson.get(who) ?? [];
    list.push({ id: g.id, t: Date.parse(at) });
    byPerson.set(who, list);
  }
  const out = [];
  for (const [who, list] of [...byPerson].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (list.length <= limit.maxGrants) continue;
    list.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
    let lo = 0;
    let episode;
    const close = /* @__PURE__ */ __name(() => {
      if (!episode) return;
      const ids = list.slice(episode.fromIdx, episode.lastOver + 1).map((x) => x.id);
      out.push({
        who,
        when: iso(list[episode.firstOver].t),
        from: iso(list[episode.fromIdx].t),
        to: iso(list[episode.lastOver].t),
        grants: ids
      });
      episode = void 0;
    }, "close");
    for (let j = 0; j < list.length; j++) {
      const tj = list[j].t;
      while (list[lo].t <= tj - W) lo++;
      if (j - lo + 1 <= limit.maxGrants) continue;
      if (episode && tj - list[episode.lastOver].t < W) episode.lastOver = j;
      else {
        close();
        episode = { fromIdx: lo, firstOver: j, lastOver: j };
      }
    }
    close();
  }
  return out;
}
var iso;
var init_overuse = __esm({
  "action/src/audit/overuse.ts"() {
    "use strict";
    init_clock();
    __name(overuseEpisodes, "overuseEpisodes");
    iso = /* @__PURE__ */ __name((t) => isoSeconds(new Date(t)), "iso");
  }
});

// action/src/audit/anomalies.ts
function withOpt(a, extra) {
  for (const k of ["grantId", "who", "pr", "commit"])
    if (extra[k] !== void 0) a[k] = extra[k];
  return a;
}
function flag(out, g, cls, t, detail) {
  out.push(withOpt({ class: cls, when: t, detail }, { grantId: g.id, who: g.requester, pr: g.pr }));
}
function grantAnomalies(g, at, settings, out) {
  if (g.refused !== void 0)
    flag(out, g, "record-not-applied", g.mergedAt ?? g.approvedAt ?? iso2(0), `${g.refused}: plan does not apply it`);
  if (g.decision === "none" || !g.expires) return;
  const expires = ms(g.expires);
  const late = settings.lateRevokeMinutes * MIN;
  if (g.appliedAt !== void 0 && ms(g.appliedAt) >= expires)
    flag(
      out,
      g,
      "applied-after-expiry",
      g.appliedAt,
      `first applied at ${g.appliedAt}, at or after its expiry ${g.expires}`
    );
  if (g.appliedAt === void 0 && expires <= at && g.revokeReason !== "early")
    flag(
      out,
      g,
      "never-applied",
      g.expires,
      `approved${g.approvedAt ? ` at ${g.approvedAt}` : ""} and expired at ${g.expires} with no apply record`
    );
  if (g.revokeReason === "expired" && g.revokedAt !== void 0 && ms(g.revokedAt) > expires + late) {
    flag(
      out,
      g,
      "revoked-late",
      g.revokedAt,
      `revoked at ${g.revokedAt}, ${Math.round((ms(g.revokedAt) - expires) / MIN)} min after its expiry ${g.expires} (limit ${settings.lateRevokeMinutes} min)`
    );
  }
  if (g.revokedAt === void 0 && at > expires + late)
    flag(
      out,
      g,
      "not-revoked",
      iso2(expires + late),
      `expired at ${g.expires}; no revocation recorded more than ${settings.lateRevokeMinutes} min later`
    );
  if (g.decision === "auto" && g.reviewDue !== void 0 && g.reviewedAt === void 0 && at > ms(g.reviewDue)) {
    flag(
      out,
      g,
      "review-overdue",
      g.reviewDue,
      `auto-approved${g.approvedAt ? ` at ${g.approvedAt}` : ""}; post-use review was due ${g.reviewDue} and none is recorded`
    );
  }
}
function rewrittenAnomaly(f) {
  const records = f.records ?? [];
  const present = RECORD_KINDS.filter((kind) => records.some((r) => r.kind === kind));
  if (present.length === 0) return void 0;
  const commits = present.flatMap(
    (kind) => records.filter((r) => r.kind === kind).map((r) => r.commit)
  );
  const earliest = commits.reduce((a, b) => ms(b.commitDate) < ms(a.commitDate) ? b : a);
  const missing = [
    !f.approval ? "no approve record" : "",
    !f.add ? `grants/${f.id}.yaml was never added on the main line` : ""
  ].filter(Boolean).join(" and ");
  return {
    class: "history-rewritten",
    when: when(earliest),
    grantId: f.id,
    commit: earliest.sha,
    detail: `${present.join(", ")} record(s) for ${f.id}, but ${missing}: the commit that recorded it is no longer reachable`
  };
}
function unexplainedAccess(f) {
  const drift = f.drift;
  if (!drift) return void 0;
  return {
    class: "unexplained-access",
    when: isoTime(drift.record.time) ?? when(drift.commit),
    grantId: f.id,
    commit: drift.commit.sha,
    detail: `reconcile removed cloud access named for ${f.id}, which git never approved (${drift.record.results.slice(0, 3).join("; ") || "no details"})`
  };
}
function unapproved(facts) {
  const out = [];
  for (const f of facts.grants.values()) {
    if (f.approval && f.add) continue;
    const rewrite = rewrittenAnomaly(f);
    if (rewrite) out.push(rewrite);
    const access = f.approval ? void 0 : unexplainedAccess(f);
    if (access) out.push(access);
  }
  return out;
}
function findAnomalies(facts, grants, opts) {
  const at = opts.at.getTime();
  const out = [];
  for (const a of facts.unapprovedAdds) {
    out.push(
      withOpt(
        {
          class: "no-decision-record",
          when: when(a.commit),
          detail: `${a.path} was added to main by commit ${a.commit.sha.slice(0, 12)} without a decision record; plan and reconcile never apply it`
        },
        {
          grantId: a.grantId,
          who: a.commit.authorName,
          pr: prFromSubject(a.commit.subject),
          commit: a.commit.sha
        }
      )
    );
  }
  for (const g of grants) grantAnomalies(g, at, opts.settings, out);
  const { maxGrants, windowDays } = opts.settings.overuse;
  for (const e of overuseEpisodes(grants, opts.settings.overuse)) {
    out.push({
      class: "overuse",
      when: e.when,
      who: e.who,
      grants: e.grants,
      detail: `${e.grants.length} grants between ${e.from} and ${e.to}: more than ${maxGrants} in ${windowDays} days`
    });
  }
  for (const { commit, paths } of facts.controlChanges) {
    const shown = paths.slice(0, 5).join(", ") + (paths.length > 5 ? ` and ${paths.length - 5} more` : "");
    out.push(
      withOpt(
        {
          class: "control-change",
          when: when(commit),
          detail: `${commit.sha.slice(0, 12)} changed ${shown}`
        },
        { who: commit.authorName, pr: prFromSubject(commit.subject), commit: commit.sha }
      )
    );
  }
  out.push(...unapproved(facts));
  return out.sort(compareAnomalies);
}
function compareAnomalies(a, b) {
  return a.when.localeCompare(b.when) || ANOMALY_CLASSES.indexOf(a.class) - ANOMALY_CLASSES.indexOf(b.class) || (a.grantId ?? "").localeCompare(b.grantId ?? "") || (a.who ?? "").localeCompare(b.who ?? "") || (a.commit ?? "").localeCompare(b.commit ?? "");
}
var ANOMALY_CLASSES, MIN, ms, iso2, when;
var init_anomalies = __esm({
  "action/src/audit/anomalies.ts"() {
    "use strict";
    init_clock();
    init_facts();
    init_overuse();
    ANOMALY_CLASSES = [
      "no-decision-record",
      "applied-after-expiry",
      "never-applied",
      "revoked-late",
      "not-revoked",
      "review-overdue",
      "overuse",
      "control-change",
      "history-rewritten",
      "unexplained-access",
      "record-not-applied"
    ];
    MIN = 6e4;
    ms = /* @__PURE__ */ __name((iso3) => Date.parse(iso3), "ms");
    iso2 = /* @__PURE__ */ __name((t) => isoSeconds(new Date(t)), "iso");
    when = /* @__PURE__ */ __name((c) => isoTime(c.commitDate) ?? iso2(0), "when");
    __name(withOpt, "withOpt");
    __name(flag, "flag");
    __name(grantAnomalies, "grantAnomalies");
    __name(rewrittenAnomaly, "rewrittenAnomaly");
    __name(unexplainedAccess, "unexplainedAccess");
    __name(unapproved, "unapproved");
    __name(findAnomalies, "findAnomalies");
    __name(compareAnomalies, "compareAnomalies");
  }
});

// action/src/audit/plain-grant.ts
function plainBytes(bytes) {
  let brackets = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 10 || b > 126 || b === 123) return false;
    if (b === 91 && ++brackets > 1) return false;
  }
  return true;
}
function scalar(text2) {
  const c = text2.charCodeAt(0);
  if (c === 34) {
    const m = DOUBLE.exec(text2);
    return m ? m[1].replace(/\\(["\\])/g, "$1") : void 0;
  }
  if (c === 39) {
    const m = SINGLE.exec(text2);
    return m ? m[1].replaceAll("''", "'") : void 0;
  }
  if (!PLAIN.test(text2)) return void 0;
  return NOT_STRING.test(text2) ? NOT_A_STRING : text2;
}
function flowList(text2) {
  if (!text2.endsWith("]")) return void 0;
  const out = [];
  for (const raw of text2.slice(1, -1).split(",")) {
    const item = raw.replace(/^ +| +$/g, "");
    const v = item.startsWith('"') || item.startsWith("'") ? scalar(item) : FLOW_PLAIN2.test(item) ? scalar(item) : void 0;
    if (v === void 0 || v === NOT_A_STRING) return void 0;
    out.push(v);
  }
  return out;
}
function readPlainGrant(bytes, maxBytes) {
  if (bytes.length === 0 || bytes.length > maxBytes || !plainBytes(bytes)) return void 0;
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1").split("\n");
  const out = /* @__PURE__ */ new Map();
  let list;
  let indent = -1;
  for (const line of lines) {
    if (line === "" || line.startsWith("#")) continue;
    if (list) {
      const item = ITEM_LINE.exec(line);
      if (item && (indent < 0 || item[1].length === indent)) {
        indent = item[1].length;
        const v2 = scalar(item[2]);
        if (v2 === void 0 || v2 === NOT_A_STRING) return void 0;
        list.push(v2);
        continue;
      }
      if (list.length === 0) return void 0;
      list = void 0;
    }
    const m = KEY_LINE.exec(line);
    if (!m || !KEYS.has(m[1]) || out.has(m[1])) return void 0;
    const key = m[1];
    if (m[2] === void 0) {
      if (key !== "targets") return void 0;
      list = [];
      indent = -1;
      out.set(key, list);
      continue;
    }
    const v = key === "targets" && m[2].startsWith("[") ? flowList(m[2]) : scalar(m[2]);
    if (v === void 0) return void 0;
    out.set(key, v);
  }
  if (list?.length === 0 || out.size === 0) return void 0;
  return out;
}
var NOT_A_STRING, KEYS, KEY_LINE, ITEM_LINE, PLAIN, NOT_STRING, DOUBLE, SINGLE, FLOW_PLAIN2;
var init_plain_grant = __esm({
  "action/src/audit/plain-grant.ts"() {
    "use strict";
    NOT_A_STRING = /* @__PURE__ */ Symbol("not a string");
    KEYS = /* @__PURE__ */ new Set([
      "requester",
      "bundle",
      "duration",
      "reason",
      "incident",
      "ticket",
      "start",
      "targets",
      "extends"
    ]);
    KEY_LINE = /^([a-z]+):(?: +(\S(?:.*\S)?))?$/;
    ITEM_LINE = /^( *)- (\S(?:.*\S)?)$/;
    PLAIN = /^[A-Za-z0-9](?:[^:#[\]{}]|:(?=[^ ])|(?<! )#)*$/;
    NOT_STRING = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;
    DOUBLE = /^"((?:[^"\\[]|\\["\\])*)"$/;
    SINGLE = /^'((?:[^'[]|'')*)'$/;
    FLOW_PLAIN2 = /^[A-Za-z0-9][\w./@+=-]*(?::[\w./@+=-]+)*$/;
    __name(plainBytes, "plainBytes");
    __name(scalar, "scalar");
    __name(flowList, "flowList");
    __name(readPlainGrant, "readPlainGrant");
  }
});

// action/src/audit/grant-fields.ts
function lenient(raw) {
  const targets = raw.get("targets");
  return {
    requester: text(raw.get("requester")),
    bundle: text(raw.get("bundle")),
    reason: text(raw.get("reason")),
    incident: text(raw.get("incident")),
    ticket: text(raw.get("ticket")),
    targets: Array.isArray(targets) ? targets.filter((t) => typeof t === "string").slice(0, 50) : void 0,
    extends: text(raw.get("extends")),
    durationMinutes: minutes(raw.get("duration"))
  };
}
function grantFileFields(bytes, path) {
  if (!bytes) return NO_FIELDS;
  const plain = readPlainGrant(bytes, GRANT_LIMITS.maxBytes);
  if (plain) return lenient(plain);
  return parsedFields(bytes, path);
}
function parsedFields(bytes, path) {
  const loaded2 = loadGrant(bytes, path);
  if (loaded2.ok) {
    const g = loaded2.loaded.grant;
    return {
      requester: g.requester,
      bundle: g.bundle,
      reason: g.reason,
      incident: g.incident,
      ticket: g.ticket,
      targets: g.targets ? [...g.targets] : void 0,
      extends: g.extends,
      durationMinutes: g.durationMinutes
    };
  }
  const read = readUntrustedYaml(bytes, path, GRANT_LIMITS);
  if (!read.ok || typeof read.value !== "object" || read.value === null || Array.isArray(read.value))
    return NO_FIELDS;
  const raw = read.value;
  return lenient({ get: /* @__PURE__ */ __name((k) => Object.hasOwn(raw, k) ? raw[k] : void 0, "get") });
}
var NO_FIELDS, text, minutes;
var init_grant_fields = __esm({
  "action/src/audit/grant-fields.ts"() {
    "use strict";
    init_duration();
    init_grant();
    init_read_yaml();
    init_untrusted_text();
    init_plain_grant();
    NO_FIELDS = {
      requester: void 0,
      bundle: void 0,
      reason: void 0,
      incident: void 0,
      ticket: void 0,
      targets: void 0,
      extends: void 0,
      durationMinutes: void 0
    };
    text = /* @__PURE__ */ __name((v) => typeof v === "string" ? v.slice(0, 2e3) : void 0, "text");
    __name(lenient, "lenient");
    minutes = /* @__PURE__ */ __name((v) => typeof v === "string" ? parseDuration(v) : void 0, "minutes");
    __name(grantFileFields, "grantFileFields");
    __name(parsedFields, "parsedFields");
  }
});

// action/src/audit/text-order.ts
function every(xs, ok) {
  for (const x of xs) if (!ok(x)) return false;
  return true;
}
var ID, STAMP, allIds, allStamps, byCodeUnit, byLocale;
var init_text_order = __esm({
  "action/src/audit/text-order.ts"() {
    "use strict";
    ID = /^[a-z0-9-]*$/;
    STAMP = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)?$/;
    allIds = /* @__PURE__ */ __name((xs) => every(xs, (x) => ID.test(x)), "allIds");
    allStamps = /* @__PURE__ */ __name((xs) => every(xs, (x) => STAMP.test(x)), "allStamps");
    __name(every, "every");
    byCodeUnit = /* @__PURE__ */ __name((a, b) => a < b ? -1 : a > b ? 1 : 0, "byCodeUnit");
    byLocale = /* @__PURE__ */ __name((a, b) => a.localeCompare(b), "byLocale");
  }
});

// action/src/audit/lifecycle.ts
function grantFileSpecs(facts) {
  const out = [];
  for (const g of facts.grants.values()) if (g.add) out.push(grantFileSpec(g.add));
  return out;
}
function refusal(f, record, file) {
  if (f.revokedBeforeAdd) return "the grant was revoked before this file was added again";
  if (file === NO_FIELDS) return void 0;
  if ((file.requester ?? "").toLowerCase() !== record.requester.toLowerCase() || file.bundle !== record.bundle)
    return "the decision record names another requester or bundle than the file";
  if (!sameTargets(file.targets, record.targets))
    return "the decision record names other targets than the file";
  const window2 = Date.parse(record.expires) - Date.parse(record.start);
  if (file.durationMinutes !== void 0 && window2 > file.durationMinutes * 6e4)
    return `the decision record's window ${record.start} \u2192 ${record.expires} is longer than the file's duration`;
  return void 0;
}
function lifecycleOf(f, files, opts) {
  const { add, revoked, reviewed } = f;
  const record = add ? add.record : f.approval?.record;
  const file = add ? grantFileFields(files.get(grantFileSpec(add)), add.path) : NO_FIELDS;
  const decision = record ? record.approvedBy.length === 0 ? "auto" : "reviewers" : "none";
  const mergedAt = add && isoTime(add.commit.commitDate);
  const approvedAt = !record ? void 0 : add ? mergedAt : f.approval?.at;
  const g = {
    id: f.id,
    status: "unapproved",
    requester: record?.requester || file.requester,
    bundle: record?.bundle || file.bundle,
    targets: record ? [...record.targets] : [...file.targets ?? []],
    reason: file.reason,
    incident: file.incident,
    ticket: file.ticket,
    pr: record?.pr ?? (add ? prFromSubject(add.commit.subject) : void 0),
    headSha: record?.head,
    commit: add?.commit.sha,
    decision,
    rule: record ? record.rule || void 0 : void 0,
    approvers: record ? [...record.approvedBy] : [],
    onCall: record ? [...record.onCall] : [],
    requestedAt: add && isoTime(add.commit.authorDate),
    mergedAt,
    approvedAt,
    start: record ? isoTime(record.start) : void 0,
    expires: record ? isoTime(record.expires) : void 0,
    appliedAt: f.appliedAt,
    removedAt: f.removedAt,
    revokedAt: revoked?.at,
    revokeReason: revoked?.reason,
    reviewDue: decision === "auto" && approvedAt ? isoSecondsOf(Date.parse(approvedAt) + opts.settings.review.dueHours * 36e5) : void 0,
    reviewedAt: reviewed?.at,
    reviewer: reviewed?.reviewer,
    extends: record?.extends ?? file.extends,
    extensions: 0,
    refused: add && record ? refusal(f, record, file) : void 0
  };
  g.status = statusAt(g, opts.at);
  return g;
}
function buildLifecycles(facts, files, opts) {
  const out = [];
  for (const f of facts.grants.values())
    if (f.add || f.approval) out.push(lifecycleOf(f, files, opts));
  const byId = /* @__PURE__ */ new Map();
  for (const g of out) byId.set(g.id, g);
  for (const g of out) {
    const parent = g.extends !== void 0 && g.decision !== "none" ? byId.get(g.extends) : void 0;
    if (parent) parent.extensions += 1;
  }
  return sortLifecycles(out);
}
function sortLifecycles(list) {
  const keyed = list.map((g) => ({ g, key: g.mergedAt ?? g.approvedAt ?? "" }));
  const cmpKey = allStamps(keyed.map((k) => k.key)) ? byCodeUnit : byLocale;
  const cmpId = allIds(list.map((g) => g.id)) ? byCodeUnit : byLocale;
  keyed.sort((a, b) => cmpKey(a.key, b.key) || cmpId(a.g.id, b.g.id));
  return keyed.map((k) => k.g);
}
function statusAt(g, at) {
  if (g.revokedAt !== void 0) return "revoked";
  if (g.decision === "none" || !g.start || !g.expires) return "unapproved";
  const now = at.getTime();
  if (now < Date.parse(g.start)) return "scheduled";
  return now < Date.parse(g.expires) ? "active" : "expired-unrevoked";
}
var GRANT_STATUSES, blobSpec, grantFileSpec;
var init_lifecycle = __esm({
  "action/src/audit/lifecycle.ts"() {
    "use strict";
    init_bundle_targets();
    init_facts();
    init_grant_fields();
    init_iso_time();
    init_text_order();
    GRANT_STATUSES = [
      "unapproved",
      "scheduled",
      "active",
      "expired-unrevoked",
      "revoked"
    ];
    blobSpec = /* @__PURE__ */ __name((commit, path) => `${commit}:${path}`, "blobSpec");
    grantFileSpec = /* @__PURE__ */ __name((add) => add.blob ?? blobSpec(add.commit.sha, add.path), "grantFileSpec");
    __name(grantFileSpecs, "grantFileSpecs");
    __name(refusal, "refusal");
    __name(lifecycleOf, "lifecycleOf");
    __name(buildLifecycles, "buildLifecycles");
    __name(sortLifecycles, "sortLifecycles");
    __name(statusAt, "statusAt");
  }
});

// action/src/audit/report.ts
function span(g) {
  const times = TIME_FIELDS.map((k) => g[k]).filter((t) => t !== void 0);
  if (g.reviewDue !== void 0 && g.reviewedAt === void 0) times.push(g.reviewDue);
  if (times.length === 0) return void 0;
  const ms2 = times.map((t) => Date.parse(t));
  return [Math.min(...ms2), Math.max(...ms2)];
}
function buildReport(input) {
  const lo = input.since === void 0 ? -Infinity : Date.parse(input.since);
  const hi = input.until === void 0 ? Infinity : Date.parse(input.until);
  const whole = input.since === void 0 && input.until === void 0;
  const grants = whole ? input.grants : input.grants.filter((g) => {
    const s = span(g);
    return s === void 0 || s[0] < hi && s[1] >= lo;
  });
  const anomalies = whole ? input.anomalies : input.anomalies.filter((a) => Date.parse(a.when) >= lo && Date.parse(a.when) < hi);
  const byStatus = Object.fromEntries(GRANT_STATUSES.map((s) => [s, 0]));
  for (const g of grants) byStatus[g.status] += 1;
  const byClass = Object.fromEntries(ANOMALY_CLASSES.map((c) => [c, 0]));
  for (const a of anomalies) byClass[a.class] += 1;
  const report = {
    generatedAt: input.generatedAt,
    at: input.at,
    settings: input.settings,
    warnings: input.warnings ?? [],
    counts: { grants: grants.length, byStatus, anomalies: anomalies.length, byClass },
    grants: [...grants],
    anomalies: [...anomalies]
  };
  if (input.since !== void 0) report.since = input.since;
  if (input.until !== void 0) report.until = input.until;
  return report;
}
function pick(from, keys) {
  const out = {};
  for (const k of keys) out[k] = from[k] ?? null;
  return out;
}
function grantJson(g) {
  return {
    id: g.id,
    status: g.status,
    requester: g.requester ?? null,
    bundle: g.bundle ?? null,
    targets: g.targets,
    reason: g.reason ?? null,
    incident: g.incident ?? null,
    ticket: g.ticket ?? null,
    pr: g.pr ?? null,
    headSha: g.headSha ?? null,
    commit: g.commit ?? null,
    decision: g.decision,
    rule: g.rule ?? null,
    approvers: g.approvers,
    onCall: g.onCall,
    requestedAt: g.requestedAt ?? null,
    mergedAt: g.mergedAt ?? null,
    approvedAt: g.approvedAt ?? null,
    start: g.start ?? null,
    expires: g.expires ?? null,
    appliedAt: g.appliedAt ?? null,
    removedAt: g.removedAt ?? null,
    revokedAt: g.revokedAt ?? null,
    revokeReason: g.revokeReason ?? null,
    reviewDue: g.reviewDue ?? null,
    reviewedAt: g.reviewedAt ?? null,
    reviewer: g.reviewer ?? null,
    extends: g.extends ?? null,
    extensions: g.extensions
  };
}
function anomalyJson(a) {
  return pick(a, ANOMALY_FIELDS);
}
function reportJson(r) {
  return {
    version: 1,
    generatedAt: r.generatedAt,
    at: r.at,
    since: r.since ?? null,
    until: r.until ?? null,
    settings: {
      lateRevokeMinutes: r.settings.lateRevokeMinutes,
      reviewDueHours: r.settings.reviewDueHours,
      overuse: {
        maxGrants: r.settings.overuse.maxGrants,
        windowDays: r.settings.overuse.windowDays
      }
    },
    warnings: [...r.warnings],
    counts: {
      grants: r.counts.grants,
      byStatus: { ...r.counts.byStatus },
      anomalies: r.counts.anomalies,
      byClass: { ...r.counts.byClass }
    },
    grants: r.grants.map(grantJson),
    anomalies: r.anomalies.map(anomalyJson)
  };
}
var GRANT_FIELDS, ANOMALY_FIELDS, TIME_FIELDS;
var init_report = __esm({
  "action/src/audit/report.ts"() {
    "use strict";
    init_anomalies();
    init_lifecycle();
    GRANT_FIELDS = [
      "id",
      "status",
      "requester",
      "bundle",
      "targets",
      "reason",
      "incident",
      "ticket",
      "pr",
      "headSha",
      "commit",
      "decision",
      "rule",
      "approvers",
      "onCall",
      "requestedAt",
      "mergedAt",
      "approvedAt",
      "start",
      "expires",
      "appliedAt",
      "removedAt",
      "revokedAt",
      "revokeReason",
      "reviewDue",
      "reviewedAt",
      "reviewer",
      "extends",
      "extensions"
    ];
    ANOMALY_FIELDS = [
      "class",
      "when",
      "grantId",
      "who",
      "pr",
      "commit",
      "grants",
      "detail"
    ];
    TIME_FIELDS = [
      "requestedAt",
      "mergedAt",
      "approvedAt",
      "start",
      "expires",
      "appliedAt",
      "removedAt",
      "revokedAt",
      "reviewedAt"
    ];
    __name(span, "span");
    __name(buildReport, "buildReport");
    __name(pick, "pick");
    __name(grantJson, "grantJson");
    __name(anomalyJson, "anomalyJson");
    __name(reportJson, "reportJson");
  }
});

// action/src/commands/audit.ts
async function settingsFrom(repo) {
  const policies = await loadPolicies(repo);
  if (policies.loaded) return { settings: policies.loaded.policy.settings, warnings: [] };
  const errors = policies.findings.filter((f) => f.severity === "error");
  const shown = errors.slice(0, 3).map(formatFinding).join("; ");
  return {
    settings: DEFAULT_SETTINGS,
    warnings: [
      `policies/ are invalid (${errors.length} error(s): ${shown}${errors.length > 3 ? "; \u2026" : ""}); default settings were used`
    ]
  };
}
function factsBuilder(blobs) {
  const prefetch = blobs.prefetch?.bind(blobs);
  return new FactsBuilder(prefetch && ((add) => prefetch([grantFileSpec(add)])));
}
async function audit(deps2, opts = {}) {
  const generated = deps2.clock.now();
  const at = opts.at ?? generated;
  const builder = factsBuilder(deps2.blobs);
  const [, { settings, warnings }] = await Promise.all([
    eachCommit(deps2.history, (c) => builder.add(c)),
    settingsFrom(deps2.repo)
  ]).catch(async (e) => {
    await deps2.blobs.read([]).catch(() => void 0);
    throw e;
  });
  const facts = builder.finish();
  const files = await deps2.blobs.read(grantFileSpecs(facts));
  const grants = buildLifecycles(facts, files, { at, settings });
  const anomalies = findAnomalies(facts, grants, { at, settings });
  return buildReport({
    grants,
    anomalies,
    generatedAt: isoSeconds(generated),
    at: isoSeconds(at),
    since: opts.since && isoSeconds(opts.since),
    until: opts.until && isoSeconds(opts.until),
    settings: {
      lateRevokeMinutes: settings.lateRevokeMinutes,
      reviewDueHours: settings.review.dueHours,
      overuse: { ...settings.overuse }
    },
    warnings
  });
}
var init_audit = __esm({
  "action/src/commands/audit.ts"() {
    "use strict";
    init_anomalies();
    init_facts();
    init_lifecycle();
    init_report();
    init_clock();
    init_finding();
    init_model2();
    init_history();
    init_load_all();
    __name(settingsFrom, "settingsFrom");
    __name(factsBuilder, "factsBuilder");
    __name(audit, "audit");
  }
});

// action/src/audit/report-csv.ts
function csvCell(value) {
  let text2 = value === void 0 ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  if (FORMULA_START.test(text2)) text2 = `'${text2}`;
  return /[",\r\n]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
function csvRow(cells) {
  return cells.map(csvCell).join(",");
}
function reportCsv(r) {
  const flagged = /* @__PURE__ */ new Map();
  for (const a of r.anomalies) {
    const ids = a.grantId !== void 0 ? [a.grantId] : a.grants ?? [];
    for (const id of ids) {
      const list = flagged.get(id) ?? [];
      if (!list.includes(a.class)) list.push(a.class);
      flagged.set(id, list);
    }
  }
  const lines = [csvRow([...GRANT_FIELDS, "anomalies"])];
  for (const g of r.grants)
    lines.push(csvRow([...GRANT_FIELDS.map((k) => g[k]), flagged.get(g.id) ?? []]));
  return `${lines.join("\r\n")}\r
`;
}
var FORMULA_START;
var init_report_csv = __esm({
  "action/src/audit/report-csv.ts"() {
    "use strict";
    init_report();
    FORMULA_START = /^[=+\-@\t\r]/;
    __name(csvCell, "csvCell");
    __name(csvRow, "csvRow");
    __name(reportCsv, "reportCsv");
  }
});

// action/src/report/markdown.ts
function longestRun(s, ch) {
  let max = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > max) max = run;
  }
  return max;
}
function code(s) {
  const text2 = s.replace(/[\r\n]+/g, " ").slice(0, 300);
  const fence = "`".repeat(longestRun(text2, "`") + 1);
  const pad = text2.startsWith("`") || text2.endsWith("`") || text2 === "" ? " " : "";
  return `${fence}${pad}${text2}${pad}${fence}`;
}
function escapeText(s) {
  return s.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+\-.!|~])/g, "\\$1").replace(/@/g, "@\u2060").slice(0, MAX_TEXT);
}
var MAX_TEXT;
var init_markdown = __esm({
  "action/src/report/markdown.ts"() {
    "use strict";
    MAX_TEXT = 4e3;
    __name(longestRun, "longestRun");
    __name(code, "code");
    __name(escapeText, "escapeText");
  }
});

// action/src/audit/report-md.ts
function cell(value, max = 120) {
  if (value === void 0) return "";
  const text2 = Array.isArray(value) ? value.join(", ") : String(value);
  if (text2 === "") return "";
  const cut = text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
  return code(cut).replace(/\|/g, "\\|");
}
function lastRows(items, max) {
  return items.length > max ? { shown: items.slice(items.length - max), cut: items.length - max } : { shown: items, cut: 0 };
}
function grantRow(g) {
  const revoked = g.revokedAt ? `${g.revokedAt} (${g.revokeReason ?? ""})` : void 0;
  return row([
    cell(g.id, 64),
    cell(g.status),
    cell(g.requester, 40),
    cell(g.bundle, 64),
    cell(g.decision === "none" ? "none" : `${g.decision}${g.rule ? ` (${g.rule})` : ""}`, 80),
    cell(g.approvers, 80),
    cell(g.pr === void 0 ? void 0 : `#${g.pr}`, 12),
    cell(g.approvedAt),
    cell(g.expires),
    cell(g.appliedAt),
    cell(revoked),
    cell(g.reviewedAt ? `${g.reviewedAt} by ${g.reviewer ?? ""}` : void 0, 80),
    cell(g.incident, 64),
    cell(g.reason)
  ]);
}
function reportMarkdown(r, opts = {}) {
  const maxGrants = opts.maxGrantRows ?? 300;
  const maxAnomalies = opts.maxAnomalyRows ?? 500;
  const out = ["## Breakglass audit", ""];
  out.push(
    `Window: ${windowText(r)}. Statuses and overdue checks at ${code(r.at)}. Generated ${code(r.generatedAt)}.`,
    ""
  );
  for (const w of r.warnings) out.push(`> **Warning:** ${escapeText(w)}`, "");
  out.push(
    `**${r.counts.grants} grant(s), ${r.counts.anomalies} anomal${r.counts.anomalies === 1 ? "y" : "ies"}.** Limits: revoke within ${r.settings.lateRevokeMinutes} min of expiry; review within ${r.settings.reviewDueHours} h; at most ${r.settings.overuse.maxGrants} grants per person in ${r.settings.overuse.windowDays} days.`,
    ""
  );
  out.push(
    ...header(["status", ...GRANT_STATUSES]),
    row(["grants", ...GRANT_STATUSES.map((s) => String(r.counts.byStatus[s]))]),
    ""
  );
  out.push(`### Anomalies (${r.counts.anomalies})`, "");
  if (r.anomalies.length === 0) out.push("None found.", "");
  else {
    out.push(...header(["class", "count"]));
    for (const c of ANOMALY_CLASSES)
      if (r.counts.byClass[c] > 0) out.push(row([cell(c), String(r.counts.byClass[c])]));
    out.push("");
    const { shown, cut } = lastRows(r.anomalies, maxAnomalies);
    if (cut > 0)
      out.push(
        `Showing the ${shown.length} most recent; ${cut} earlier anomalies are in the JSON and CSV artifacts.`,
        ""
      );
    out.push(...header(["when", "class", "grant", "who", "PR", "commit", "detail"]));
    for (const a of shown) {
      const grant = a.grantId ?? (a.grants ? a.grants.join(", ") : void 0);
      out.push(
        row([
          cell(a.when),
          cell(a.class),
          cell(grant, 160),
          cell(a.who, 60),
          cell(a.pr === void 0 ? void 0 : `#${a.pr}`, 12),
          cell(a.commit?.slice(0, 12)),
          escapeText(a.detail.slice(0, 400))
        ])
      );
    }
    out.push("");
  }
  out.push(`### Grants (${r.counts.grants})`, "");
  if (r.grants.length === 0) out.push("No grants in this window.", "");
  else {
    const { shown, cut } = lastRows(r.grants, maxGrants);
    if (cut > 0)
      out.push(
        `Showing the ${shown.length} most recent; all ${r.grants.length} are in the CSV and JSON artifacts.`,
        ""
      );
    out.push(
      ...header([
        "grant",
        "status",
        "requester",
        "bundle",
        "decision",
        "approvers",
        "PR",
        "approved",
        "expires",
        "applied",
        "revoked",
        "reviewed",
        "incident",
        "reason"
      ])
    );
    for (const g of shown) out.push(grantRow(g));
    out.push("");
  }
  return out.join("\n");
}
var row, header, windowText;
var init_report_md = __esm({
  "action/src/audit/report-md.ts"() {
    "use strict";
    init_markdown();
    init_anomalies();
    init_lifecycle();
    __name(cell, "cell");
    row = /* @__PURE__ */ __name((cells) => `| ${cells.join(" | ")} |`, "row");
    header = /* @__PURE__ */ __name((names) => [row(names), row(names.map(() => "---"))], "header");
    __name(lastRows, "lastRows");
    windowText = /* @__PURE__ */ __name((r) => r.since === void 0 && r.until === void 0 ? "all history" : `${r.since ? code(r.since) : "the beginning"} to ${r.until ? code(r.until) : "now"}`, "windowText");
    __name(grantRow, "grantRow");
    __name(reportMarkdown, "reportMarkdown");
  }
});

// action/src/repo/blobs.ts
function start(cwd) {
  const child = (0, import_node_child_process3.spawn)("git", ["cat-file", "--batch", "--buffer"], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"]
  });
  const done = new Promise((resolve2, reject) => {
    const chunks = [];
    const errs = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => errs.push(c));
    child.on("error", reject);
    child.on("close", (code2) => {
      if (code2 === 0) resolve2(Buffer.concat(chunks));
      else {
        const stderr = Buffer.concat(errs).toString("utf8").trim();
        reject(new Error(`git cat-file failed: ${stderr || `exit ${code2}`}`));
      }
    });
  });
  child.stdin.on("error", () => {
  });
  done.catch(() => {
  });
  return { child, asked: [], seen: /* @__PURE__ */ new Set(), unsent: [], done };
}
function send(b) {
  if (b.unsent.length === 0) return;
  b.child.stdin.write(`${b.unsent.join("\n")}
`);
  b.unsent = [];
}
function ask(b, specs) {
  for (const s of specs) {
    if (b.seen.has(s) || !SPEC.test(s)) continue;
    b.seen.add(s);
    b.asked.push(s);
    if (b.unsent.push(s) >= BATCH) send(b);
  }
}
function gitBlobs(cwd) {
  let batch;
  return {
    prefetch(specs) {
      batch ??= start(cwd);
      ask(batch, specs);
    },
    async read(specs) {
      const b = batch;
      batch = void 0;
      const all = /* @__PURE__ */ new Map();
      if (b || specs.some((s) => SPEC.test(s))) {
        const run = b ?? start(cwd);
        ask(run, specs);
        send(run);
        run.child.stdin.end();
        parseBatch(await run.done, run.asked, all);
      }
      const out = /* @__PURE__ */ new Map();
      for (const s of specs) out.set(s, all.get(s));
      return out;
    }
  };
}
function parseBatch(raw, specs, out) {
  let pos = 0;
  for (const spec of specs) {
    const nl = raw.indexOf(10, pos);
    if (nl < 0) throw new Error("git cat-file: output ended early");
    const header2 = raw.toString("latin1", pos, nl);
    pos = nl + 1;
    const m = HEADER.exec(header2);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(spec, raw.subarray(pos, pos + size));
    pos += size + 1;
  }
}
var import_node_child_process3, SPEC, BATCH, HEADER;
var init_blobs = __esm({
  "action/src/repo/blobs.ts"() {
    "use strict";
    import_node_child_process3 = require("node:child_process");
    SPEC = /^[0-9a-f]{40}$|^[0-9a-f]{64}$|^[0-9a-f]{4,64}:[^\n\r]+$/;
    __name(start, "start");
    BATCH = 512;
    __name(send, "send");
    __name(ask, "ask");
    __name(gitBlobs, "gitBlobs");
    HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;
    __name(parseBatch, "parseBatch");
  }
});

// action/src/cli/audit-cmd.ts
var audit_cmd_exports = {};
__export(audit_cmd_exports, {
  auditCmd: () => auditCmd
});
async function auditCmd(argv, io) {
  const { values } = parse(argv, {
    since: { type: "string" },
    until: { type: "string" },
    at: { type: "string" },
    format: { type: "string" }
  });
  const format = oneOf("format", values.format, ["md", "json", "csv"], "md");
  const since = isoFlag("since", values.since);
  const until = isoFlag("until", values.until);
  if (since && until && since >= until) throw new UsageError("--since must be before --until");
  const report = await audit(
    {
      repo: localRepo(io.cwd),
      // Spooled: the one history read whose speed is measured (issue #8); nothing is revoked by it.
      history: gitHistory(io.cwd, "HEAD", { spool: true }),
      blobs: gitBlobs(io.cwd),
      clock: io.clock
    },
    { since, until, at: isoFlag("at", values.at) }
  );
  for (const w of report.warnings) io.err(`warning: ${w}`);
  if (format === "json") io.out(JSON.stringify(reportJson(report), null, 2));
  else if (format === "csv") io.out(reportCsv(report).replace(/\r\n$/, ""));
  else io.out(reportMarkdown(report));
  return report.anomalies.length > 0 ? EXIT.failed : EXIT.ok;
}
var init_audit_cmd = __esm({
  "action/src/cli/audit-cmd.ts"() {
    "use strict";
    init_audit();
    init_errors();
    init_report_csv();
    init_report_md();
    init_report();
    init_blobs();
    init_files();
    init_history();
    init_args();
    init_io();
    __name(auditCmd, "auditCmd");
  }
});

// action/src/commands/doctor.ts
async function readable2(fn) {
  try {
    return await fn();
  } catch (e) {
    return { ok: false, status: 0, message: errorMessage(e) };
  }
}
async function doctor(gh) {
  const branch = await gh.defaultBranch();
  const [rules, perms, env, workflow, owners] = await Promise.all([
    readable2(() => gh.getBranchRules(branch)),
    readable2(() => gh.getWorkflowPermissions()),
    readable2(() => gh.getEnvironmentBranchPolicy(APPLY_ENVIRONMENT)),
    readable2(() => gh.getWorkflowState(RECONCILE_WORKFLOW)),
    readCodeowners(gh, branch)
  ]);
  const checks = [];
  const cannot = /* @__PURE__ */ __name((id, r) => checks.push({ id, status: "unverified", message: `cannot read (${r.status || "error"}: ${r.message}); the token may lack permission` }), "cannot");
  if (!rules.ok) cannot("branch-rules", rules);
  else {
    const pr = rules.value.pullRequest;
    const need = [
      ["required-review", (pr?.requiredApprovingReviewCount ?? 0) >= 1, `pull requests to ${branch} require at least one approving review`],
      ["dismiss-stale-reviews", pr?.dismissStaleReviewsOnPush === true, "new pushes dismiss stale approvals"],
      ["code-owner-review", pr?.requireCodeOwnerReview === true, "code owners must review"],
      ["last-push-approval", pr?.requireLastPushApproval === true, "the last push must be approved by someone else"],
      ["no-force-push", rules.value.blocksForcePush, `force pushes to ${branch} are blocked (git history is the audit log)`],
      ["no-deletion", rules.value.blocksDeletion, `${branch} cannot be deleted`]
    ];
    for (const [id, ok, what] of need) checks.push({ id, status: ok ? "ok" : "weak", message: ok ? what : `not enforced: ${what}` });
  }
  if (!perms.ok) cannot("actions-cannot-approve", perms);
  else {
    const bad = perms.value.canApprovePullRequestReviews;
    checks.push({ id: "actions-cannot-approve", status: bad ? "weak" : "ok", message: bad ? '"Allow GitHub Actions to create and approve pull requests" is on: a workflow could satisfy a required review' : "GitHub Actions cannot approve pull requests" });
  }
  if (!env.ok) cannot("apply-environment", env);
  else {
    const v = env.value;
    const custom = v.customPolicies ?? [];
    const onlyDefault = v.customBranches && custom.length > 0 && custom.every((c) => c.type === "branch" && c.name === branch);
    const ok = v.exists && (v.protectedBranchesOnly || onlyDefault);
    const message2 = !v.exists ? `environment ${APPLY_ENVIRONMENT} does not exist: cloud credentials are not limited to ${branch}` : ok ? `environment ${APPLY_ENVIRONMENT} is limited to ${v.protectedBranchesOnly ? "protected branches" : branch}` : v.customBranches ? `environment ${APPLY_ENVIRONMENT} may deploy from ${custom.map((c) => `${c.type} ${c.name}`).join(", ") || "no named branch"}, not only ${branch}` : `environment ${APPLY_ENVIRONMENT} allows any branch to deploy`;
    checks.push({ id: "apply-environment", status: ok ? "ok" : "weak", message: message2 });
  }
  if (!workflow.ok) cannot("reconcile-workflow", workflow);
  else checks.push({ id: "reconcile-workflow", status: workflow.value === "active" ? "ok" : "weak", message: workflow.value === "active" ? "the reconcile workflow is active" : `the reconcile workflow is ${workflow.value}: expired grants are not cleaned up (the clouds still enforce expiry)` });
  checks.push(owners);
  return { checks, weak: checks.filter((c) => c.status === "weak"), unverified: checks.filter((c) => c.status === "unverified") };
}
async function readCodeowners(gh, branch) {
  try {
    for (const path of CODEOWNERS_PATHS) {
      const entry = await gh.getContent(path, branch);
      if (!entry) continue;
      if (entry.type !== "file") return { id: "codeowners", status: "weak", message: `${path} is a ${entry.type}, not a file` };
      if (entry.content.length >= CODEOWNERS_MAX_BYTES) return { id: "codeowners", status: "weak", message: `${path} is over 3 MB, so GitHub ignores it` };
      const missing = MUST_OWN.filter((dir) => !covers(new TextDecoder().decode(entry.content), dir));
      return missing.length === 0 ? { id: "codeowners", status: "ok", message: `${path} assigns owners to ${MUST_OWN.join(", ")}` } : { id: "codeowners", status: "weak", message: `${path} assigns no owner to ${missing.join(", ")}` };
    }
    return { id: "codeowners", status: "weak", message: "no CODEOWNERS file: changes to policies/, .github/ and action/ need no owner review" };
  } catch (e) {
    return { id: "codeowners", status: "unverified", message: `cannot read CODEOWNERS: ${errorMessage(e)}` };
  }
}
function covers(codeowners, dir) {
  const bare = dir.replace(/\/$/, "");
  let owned = false;
  for (const raw of codeowners.split("\n")) {
    const [pattern, ...owners] = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (!pattern) continue;
    const p = pattern.replace(/^\//, "");
    const whole = p === "*" || p === "**" || p === bare || p === `${bare}/` || p === `${bare}/**`;
    if (whole) owned = owners.length > 0;
    else if (owners.length === 0 && (p.startsWith(`${bare}/`) || mayMatchInside(p))) owned = false;
  }
  return owned;
}
function mayMatchInside(p) {
  const trimmed = p.replace(/\/$/, "");
  if (!trimmed.includes("/")) return true;
  return /[*?[]/.test(trimmed.split("/")[0] ?? "");
}
var APPLY_ENVIRONMENT, RECONCILE_WORKFLOW, CODEOWNERS_PATHS, MUST_OWN, CODEOWNERS_MAX_BYTES;
var init_doctor = __esm({
  "action/src/commands/doctor.ts"() {
    "use strict";
    init_errors();
    APPLY_ENVIRONMENT = "breakglass-apply";
    RECONCILE_WORKFLOW = "reconcile.yml";
    CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
    MUST_OWN = ["policies/", ".github/", "action/"];
    CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
    __name(readable2, "readable");
    __name(doctor, "doctor");
    __name(readCodeowners, "readCodeowners");
    __name(covers, "covers");
    __name(mayMatchInside, "mayMatchInside");
  }
});

// action/src/cli/doctor-cmd.ts
var doctor_cmd_exports = {};
__export(doctor_cmd_exports, {
  doctorCmd: () => doctorCmd
});
async function doctorCmd(argv, io) {
  const { values } = parse(argv, { repo: { type: "string" }, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const report = await doctor(githubFromEnv(io, values.repo));
  if (format === "json") io.out(JSON.stringify(report, null, 2));
  else {
    for (const c of report.checks) io.out(`${MARK[c.status]} ${c.id}: ${c.message}`);
    io.out(`${report.weak.length} weak, ${report.unverified.length} unverified (a token that cannot read a setting is reported, never guessed)`);
  }
  return report.weak.length > 0 ? EXIT.failed : EXIT.ok;
}
var MARK;
var init_doctor_cmd = __esm({
  "action/src/cli/doctor-cmd.ts"() {
    "use strict";
    init_doctor();
    init_args();
    init_github_from_env();
    init_io();
    MARK = { ok: "ok  ", weak: "WEAK", unverified: "??  " };
    __name(doctorCmd, "doctorCmd");
  }
});

// action/src/cli.ts
init_clock();

// action/src/cli/main.ts
init_errors();
init_io();
var COMMANDS = {
  validate: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_validate_cmd(), validate_cmd_exports))).validateCmd, "load"), summary: "check every policy and grant file" },
  decide: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_decide_cmd(), decide_cmd_exports))).decideCmd, "load"), summary: "the decision for one grant PR" },
  plan: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_plan_cmd(), plan_cmd_exports))).planCmd, "load"), summary: "what reconcile would change, with the exact AWS documents and GCP bindings" },
  reconcile: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_plan_cmd(), plan_cmd_exports))).reconcileCmd, "load"), summary: "apply what is due and revoke what has expired" },
  request: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_request_cmd(), request_cmd_exports))).requestCmd, "load"), summary: "open a grant PR (or print the file with --dry-run)" },
  audit: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_audit_cmd(), audit_cmd_exports))).auditCmd, "load"), summary: "the audit report from git history (exit 1 when it finds anomalies)" },
  demo: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => __toESM(require("./demo.cjs"), 1))).demoCmd, "load"), summary: "the whole lifecycle against local loopback services, narrated" },
  doctor: { load: /* @__PURE__ */ __name(async () => (await Promise.resolve().then(() => (init_doctor_cmd(), doctor_cmd_exports))).doctorCmd, "load"), summary: "name the repository's weak guardrails (exit 1 when any)" }
};
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return ["usage: breakglass <command> [options]", "", ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)].join("\n");
}
__name(usage, "usage");
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`unknown command "${name}"
${usage()}`);
    return EXIT.usage;
  }
  try {
    const run = await cmd.load();
    return await run(rest, io);
  } catch (e) {
    if (isUsageError(e)) {
      io.err(`breakglass ${name}: ${e.message}`);
      return EXIT.usage;
    }
    io.err(`breakglass ${name} failed: ${errorMessage(e)}`);
    if (io.env.SHOW_STACK_TRACE === "true" && e instanceof Error) io.err(e.stack ?? "");
    return EXIT.failed;
  }
}
__name(runCli, "runCli");

// action/src/cli.ts
var emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning2, ...rest) => {
  const text2 = warning2 instanceof Error ? `${warning2.name} ${warning2.message}` : String(warning2);
  const type = typeof rest[0] === "string" ? rest[0] : rest[0]?.type;
  if (type === "NodeVersionSupportWarning" || text2.includes("NodeVersionSupportWarning")) return;
  emitWarning(warning2, ...rest);
});
runCli(process.argv.slice(2), {
  out: /* @__PURE__ */ __name((t) => process.stdout.write(`${t}
`), "out"),
  err: /* @__PURE__ */ __name((t) => process.stderr.write(`${t}
`), "err"),
  env: process.env,
  cwd: process.cwd(),
  clock: systemClock,
  sleep: realSleep
}).then(
  (code2) => {
    process.exitCode = code2;
  },
  (e) => {
    process.stderr.write(`breakglass: ${e instanceof Error ? e.message : String(e)}
`);
    process.exitCode = 1;
  }
);
