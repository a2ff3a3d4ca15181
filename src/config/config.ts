import { isIP } from 'node:net';
import { isLang, type Lang } from '../domain/locale.js';

/** Everything Masthead reads from the environment, validated once at start-up and frozen. */
export interface Config {
  /** TCP port the server listens on. */
  port: number;
  /** Address to bind: 0.0.0.0 in containers, 127.0.0.1 for a local-only site. */
  host: string;
  /** `sqlite:./data/masthead.db` (default) or `postgres://user@host:5432/db`. */
  databaseUrl: string;
  /** Optional, PostgreSQL only: a streaming replica for reader traffic. */
  databaseReadUrl: string | undefined;
  /** Optional: change events across machines. */
  redisUrl: string | undefined;
  /** Folder for uploaded and generated images. */
  mediaDir: string;
  /** Public origin, without a trailing slash: absolute links in feeds, canonical URLs. */
  baseUrl: string;
  /** The edition served without a language prefix. */
  defaultLanguage: Lang;
  /** The newsroom's time zone for dates, URLs and the archive. */
  timeZone: string;
  /** `production` turns off pretty logs and dev conveniences. */
  env: 'development' | 'production' | 'test';
  /** Seed demo content when the database has no stories. */
  seedDemo: boolean;
  logLevel: string;
  /** Processes serving the port (node:cluster); 1 runs everything in this process. */
  workers: number;
  /** Bytes of rendered pages each process keeps in memory; 0 turns the page cache off. */
  pageCacheBytes: number;
  /** Optional: a CDN or Varnish URL that receives the surrogate keys of every change. */
  purgeUrl: string | undefined;
  /**
   * The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed: false (none: the
   * connection's own address is the client's), or their addresses and CIDR ranges.
   */
  trustProxy: false | readonly string[];
  /** With an https BASE_URL: ask browsers to put the site on their HSTS preload lists too. */
  hstsPreload: boolean;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

const DEFAULTS = {
  PORT: '3000',
  HOST: '0.0.0.0',
  DATABASE_URL: 'sqlite:./data/masthead.db',
  MEDIA_DIR: './data/media',
  DEFAULT_LANGUAGE: 'uk',
  TIME_ZONE: 'Europe/Kyiv',
  NODE_ENV: 'development',
  SEED_DEMO: 'true',
  LOG_LEVEL: 'info',
  /** Processes; `npm start -- --workers N` sets it too. */
  WORKERS: '1',
  /** Megabytes of the in-memory page cache per process. */
  PAGE_CACHE_MB: '64',
} as const;

/**
 * Reads and validates the environment. Throws a ConfigError naming the first bad variable.
 *
 * @example const config = loadConfig({ PORT: '8080' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const get = (name: keyof typeof DEFAULTS) => env[name]?.trim() || DEFAULTS[name];

  const port = Number(get('PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);

  const databaseUrl = get('DATABASE_URL');
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl))
    throw new ConfigError('DATABASE_URL must be sqlite:<file> or postgres://user@host:port/db');

  const databaseReadUrl = env.DATABASE_READ_URL?.trim() || undefined;
  if (databaseReadUrl !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(databaseReadUrl)) throw new ConfigError('DATABASE_READ_URL must be postgres://user@host:port/db (a streaming replica)');
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL on PostgreSQL: SQLite has no replicas');
  }

  const defaultLanguage = get('DEFAULT_LANGUAGE');
  if (!isLang(defaultLanguage)) throw new ConfigError(`DEFAULT_LANGUAGE must be uk, ru or en, got "${defaultLanguage}"`);

  const timeZone = get('TIME_ZONE');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`TIME_ZONE must be an IANA zone such as Europe/Kyiv, got "${timeZone}"`);
  }

  const nodeEnv = get('NODE_ENV');
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test')
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);

  const baseUrl = (env.BASE_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    const u = new URL(baseUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError(`BASE_URL must be an http(s) URL, got "${env.BASE_URL}"`);
  }

  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must start with redis://');

  const workers = Number(get('WORKERS'));
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new ConfigError(`WORKERS must be a whole number from 1 to 64, got "${env.WORKERS}"`);

  const pageCacheMb = Number(get('PAGE_CACHE_MB'));
  if (!Number.isFinite(pageCacheMb) || pageCacheMb < 0 || pageCacheMb > 16384)
    throw new ConfigError(`PAGE_CACHE_MB must be a number of megabytes from 0 to 16384, got "${env.PAGE_CACHE_MB}"`);

  const purgeUrl = env.PURGE_URL?.trim() || undefined;
  if (purgeUrl) {
    try {
      const u = new URL(purgeUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new ConfigError(`PURGE_URL must be an http(s) URL, got "${purgeUrl}"`);
    }
  }

  const trustProxy = parseTrustProxy(env.TRUST_PROXY?.trim() ?? '');

  const preload = (env.HSTS_PRELOAD?.trim() || 'false').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(preload)) throw new ConfigError('HSTS_PRELOAD must be true or false');
  if ((preload === 'true' || preload === '1') && !baseUrl.startsWith('https://')) throw new ConfigError('HSTS_PRELOAD needs an https BASE_URL');

  const seed = get('SEED_DEMO').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(seed)) throw new ConfigError('SEED_DEMO must be true or false');

  return Object.freeze({
    port,
    host: get('HOST'),
    databaseUrl,
    databaseReadUrl,
    redisUrl,
    mediaDir: get('MEDIA_DIR'),
    baseUrl,
    defaultLanguage,
    timeZone,
    env: nodeEnv,
    seedDemo: seed === 'true' || seed === '1',
    logLevel: get('LOG_LEVEL'),
    workers,
    pageCacheBytes: Math.round(pageCacheMb * 1024 * 1024),
    purgeUrl,
    trustProxy,
    hstsPreload: preload === 'true' || preload === '1',
  });
}

/** proxy-addr's names for ranges: 127.0.0.1/8 and ::1, 169.254.0.0/16 and fe80::/10, private networks. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: empty trusts no proxy; `127.0.0.1, 10.1.0.0/16, loopback` trusts those addresses
 * as proxies. Neither "every address" nor a number of hops: either would believe a client that
 * reaches the port directly and sends X-Forwarded-For itself, choosing the address sign-in
 * throttling counts by (Fastify, too, ignores a bare hop count).
 *
 * @example parseTrustProxy('127.0.0.1, 10.0.0.0/8') // ['127.0.0.1', '10.0.0.0/8']
 */
export function parseTrustProxy(value: string): false | readonly string[] {
  if (value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true' || /^\d+$/.test(value)) {
    throw new ConfigError(`TRUST_PROXY must list the proxies' addresses or CIDR ranges (e.g. 127.0.0.1 or 10.0.0.0/8), not "${value}": anyone could claim to be behind a proxy`);
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (PROXY_RANGES.has(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    // A /0 range is every address: the same as trusting any client.
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new ConfigError(`TRUST_PROXY must be a comma list of addresses and CIDR ranges (or loopback, linklocal, uniquelocal), got "${entry}"`);
    }
  }
  return Object.freeze(entries);
}
