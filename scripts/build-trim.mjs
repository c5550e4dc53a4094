// Trims @actions/core for the bundles: three of its imports load far more than Breakglass uses, on
// every start (about 45 ms of a cold validate run on Node 20):
// - oidc-utils.js (core.getIDToken) imports @actions/http-client, and with it undici and tunnel:
//   0.8 MB of code and the networking built-ins;
// - platform.js (core.platform) imports @actions/exec and child_process;
// - file-command.js imports crypto for one randomUUID() per output it writes.
// Breakglass never calls the first two (scripts/eslint.config.mjs forbids them), so the bundles get
// stand-ins with the same exports that fail with a message naming this file; crypto is loaded
// when the first output is written instead.
const STAND_INS = {
  'oidc-utils.js': `export class OidcClient {
  static getIDToken() {
    return Promise.reject(new Error('core.getIDToken is not in the Breakglass bundles (scripts/build-trim.mjs)'));
  }
}`,
  'platform.js': `import os from 'node:os';
export const platform = os.platform();
export const arch = os.arch();
export const isWindows = platform === 'win32';
export const isMacOS = platform === 'darwin';
export const isLinux = platform === 'linux';
export function getDetails() {
  return Promise.reject(new Error('core.platform.getDetails is not in the Breakglass bundles (scripts/build-trim.mjs)'));
}`,
  crypto: `export function randomUUID() {
  return require('node:crypto').randomUUID();
}`,
};

const CORE_LIB = /[/\\]node_modules[/\\]@actions[/\\]core[/\\]lib[/\\]([a-z-]+\.js)$/;

export const trimActionsCore = {
  name: 'breakglass-trim-actions-core',
  setup(b) {
    const standIn = (path) => ({ path, namespace: 'breakglass-stand-in' });
    b.onResolve({ filter: /^(\.\/(oidc-utils|platform)\.js|crypto)$/ }, (args) => {
      const from = CORE_LIB.exec(args.importer)?.[1];
      if (from === undefined) return undefined;
      if (args.path === 'crypto') return from === 'file-command.js' ? standIn('crypto') : undefined;
      return standIn(args.path.slice(2));
    });
    b.onLoad({ filter: /.*/, namespace: 'breakglass-stand-in' }, (args) => ({
      contents: STAND_INS[args.path],
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
