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
  /** Cache hits answered on the connection, before Node's HTTP layer (decision 0015); only with a page cache. */
  hitLane: boolean;
  /** Optional: a CDN or Varnish URL that receives the surrogate keys of every change. */
  purgeUrl: string | undefined;
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
  /** `on` or `off`: the hit lane in front of Node's HTTP server. */
  HIT_LANE: 'on',
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

  const hitLane = get('HIT_LANE').toLowerCase();
  if (hitLane !== 'on' && hitLane !== 'off') throw new ConfigError(`HIT_LANE must be on or off, got "${env.HIT_LANE}"`);

  const purgeUrl = env.PURGE_URL?.trim() || undefined;
  if (purgeUrl) {
    try {
      const u = new URL(purgeUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new ConfigError(`PURGE_URL must be an http(s) URL, got "${purgeUrl}"`);
    }
  }

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
    hitLane: hitLane === 'on',
    purgeUrl,
  });
}
