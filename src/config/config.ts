import { MastheadError } from '../domain/errors.js';
import type { Lang } from '../domain/locale.js';
import { isInvalid, VARIABLES, type LOG_LEVELS, type Values, type Variable, type VariableName } from './schema.js';

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
  logLevel: (typeof LOG_LEVELS)[number];
  /** Processes serving the port (node:cluster); 1 runs everything in this process. */
  workers: number;
  /** Bytes of rendered pages each process keeps in memory; 0 turns the page cache off. */
  pageCacheBytes: number;
  /** Optional: a CDN or Varnish URL that receives the surrogate keys of every change. */
  purgeUrl: string | undefined;
  /** Cache hits answered on the connection, before Node's HTTP layer (decision 0015); only with a page cache. */
  hitLane: boolean;
  /** Age after which the media sweep takes an unfinished or unreferenced upload file for a leftover (ms). */
  mediaLeftoverMs: number;
  /**
   * The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed: false (none: the
   * connection's own address is the client's), or their addresses and CIDR ranges.
   */
  trustProxy: false | readonly string[];
  /** With an https BASE_URL: ask browsers to put the site on their HSTS preload lists too. */
  hstsPreload: boolean;
}

/** A malformed environment variable: the process stops with its one-line message. */
export class ConfigError extends MastheadError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

/**
 * Reads and validates the environment against the one table of variables (schema.ts). Throws a
 * ConfigError naming the first bad variable.
 *
 * @example const config = loadConfig({ PORT: '8080' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const v = readVariables(env);
  if (v.DATABASE_READ_URL !== undefined && !/^postgres(ql)?:\/\//.test(v.DATABASE_URL))
    throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL on PostgreSQL: SQLite has no replicas');
  const baseUrl = (v.BASE_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, '');
  if (v.HSTS_PRELOAD && !baseUrl.startsWith('https://')) throw new ConfigError('HSTS_PRELOAD needs an https BASE_URL');
  return Object.freeze({
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    databaseReadUrl: v.DATABASE_READ_URL,
    redisUrl: v.REDIS_URL,
    mediaDir: v.MEDIA_DIR,
    baseUrl,
    defaultLanguage: v.DEFAULT_LANGUAGE,
    timeZone: v.TIME_ZONE,
    env: v.NODE_ENV,
    seedDemo: v.SEED_DEMO,
    logLevel: v.LOG_LEVEL,
    workers: v.WORKERS,
    pageCacheBytes: Math.round(v.PAGE_CACHE_MB * 1024 * 1024),
    purgeUrl: v.PURGE_URL,
    hitLane: v.HIT_LANE,
    mediaLeftoverMs: v.MEDIA_LEFTOVER_MINUTES * 60_000,
    trustProxy: v.TRUST_PROXY ?? false,
    hstsPreload: v.HSTS_PRELOAD,
  });
}

/** Every variable of the table, parsed: unset or blank ones get their default. */
function readVariables(env: Record<string, string | undefined>): Values {
  const values: Partial<Record<VariableName, unknown>> = {};
  for (const name of Object.keys(VARIABLES) as VariableName[]) {
    const variable: Variable<unknown> = VARIABLES[name];
    const given = env[name]?.trim();
    const text = given || variable.default;
    if (text === undefined) {
      values[name] = undefined;
      continue;
    }
    try {
      values[name] = variable.parse(text);
    } catch (error) {
      if (!isInvalid(error)) throw error;
      throw new ConfigError(`${name} ${error.message}, got "${(env[name] ?? '').slice(0, 200)}"`);
    }
  }
  return values as Values;
}
