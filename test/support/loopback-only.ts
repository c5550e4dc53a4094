/**
 * Loaded before every test file (see scripts/test.mjs): any connection that is not to the loopback
 * interface fails the test loudly, so no test can reach GitHub, AWS, Google, PagerDuty or Opsgenie.
 */
import net from 'node:net';
import dns from 'node:dns';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function refuse(target: string): never {
  throw new Error(`test network guard: connection to ${target} refused (only 127.0.0.1 is allowed)`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  // net.connect() hands over its normalised arguments as an array whose first element is the options.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  let host: string | undefined;
  if (typeof first === 'object' && first !== null) {
    const opts = first as { host?: string; path?: string };
    if (opts.path !== undefined) return originalConnect.apply(this, args as never);
    host = opts.host ?? 'localhost';
  } else if (typeof first === 'number' || typeof first === 'string') {
    if (typeof first === 'string' && !/^\d+$/.test(first)) return originalConnect.apply(this, args as never);
    host = typeof args[1] === 'string' ? args[1] : 'localhost';
  }
  if (host !== undefined && !LOOPBACK.test(host)) refuse(host);
  return originalConnect.apply(this, args as never);
} as typeof net.Socket.prototype.connect;

const originalLookup = dns.lookup;
(dns as { lookup: unknown }).lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
  if (!LOOPBACK.test(hostname)) refuse(hostname);
  return (originalLookup as (...a: unknown[]) => unknown).call(dns, hostname, ...rest);
};
process.env.METADATA_SERVER_DETECTION = 'none';
process.env.AWS_EC2_METADATA_DISABLED = 'true';
