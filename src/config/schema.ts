/**
 * Every environment variable Masthead reads, in one table: its default, what it means, and how
 * its text becomes a value or a one-line error. `loadConfig` (config.ts) reads exactly these, the
 * README's Configuration table lists exactly these (test/config.test.ts keeps them in step), and
 * nothing else in the code reads `process.env`.
 */
import { isIP } from 'node:net';
import { LANGUAGES } from '../domain/locale.js';

/** Turns a variable's text (trimmed, the default when unset or blank) into its value, or throws a message. */
type Parse<T> = (text: string) => T;

export interface Variable<T> {
  /** The text used when the variable is unset or blank; undefined: the variable is optional. */
  default: string | undefined;
  parse: Parse<T>;
}

/** A variable with a default. */
function withDefault<T>(value: string, parse: Parse<T>): Variable<T> {
  return { default: value, parse };
}

/** A variable that may be left unset (its value is then undefined). */
function optional<T>(parse: Parse<T>): Variable<T | undefined> {
  return { default: undefined, parse };
}

class Invalid extends Error {}

/** The message a bad value gets: `PORT must be …, got "x"`. */
export function invalid(what: string): never {
  throw new Invalid(what);
}
export const isInvalid = (error: unknown): error is Error => error instanceof Invalid;

const wholeNumber = (min: number, max: number, what: string) => (text: string) => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) invalid(`must be ${what}`);
  return n;
};

const number = (min: number, max: number, what: string) => (text: string) => {
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < min || n > max) invalid(`must be ${what}`);
  return n;
};

const oneOf = <T extends string>(values: readonly T[]) => (text: string): T => {
  if (!(values as readonly string[]).includes(text)) invalid(`must be ${values.join(', ')}`);
  return text as T;
};

const url = (protocols: string[], what: string) => (text: string) => {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return invalid(`must be ${what}`);
  }
  if (!protocols.includes(parsed.protocol)) invalid(`must be ${what}`);
  return text;
};

const boolean = (text: string) => {
  const t = text.toLowerCase();
  if (!['true', 'false', '1', '0'].includes(t)) invalid('must be true or false');
  return t === 'true' || t === '1';
};

const timeZone = (text: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
  } catch {
    invalid('must be an IANA zone such as Europe/Kyiv');
  }
  return text;
};

/** proxy-addr's names for ranges: 127.0.0.1/8 and ::1, 169.254.0.0/16 and fe80::/10, private networks. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset trusts no proxy; `127.0.0.1, 10.1.0.0/16, loopback` trusts those addresses
 * as proxies. Neither "every address" nor a number of hops: either would believe a client that
 * reaches the port directly and sends X-Forwarded-For itself, choosing the address sign-in
 * throttling counts by (Fastify, too, ignores a bare hop count).
 *
 * @example trustedProxies('127.0.0.1, 10.0.0.0/8') // ['127.0.0.1', '10.0.0.0/8']
 */
export function trustedProxies(value: string): false | readonly string[] {
  if (value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true' || /^\d+$/.test(value)) {
    invalid("must list the proxies' addresses or CIDR ranges (e.g. 127.0.0.1 or 10.0.0.0/8), not a hop count or true: anyone could claim to be behind a proxy");
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (PROXY_RANGES.has(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    // A /0 range is every address: the same as trusting any client.
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= bits);
    if (family === 0 || !prefixOk || rest.length > 0) invalid('must be a comma list of addresses and CIDR ranges (or loopback, linklocal, uniquelocal)');
  }
  return Object.freeze(entries);
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The variables, by name; the README's Configuration table follows this order. */
export const VARIABLES = {
  /** TCP port; 0 picks a free one (one process only). */
  PORT: withDefault('3000', wholeNumber(0, 65535, 'a port number')),
  /** Address to listen on. */
  HOST: withDefault('0.0.0.0', (text) => text),
  DATABASE_URL: withDefault('sqlite:./data/masthead.db', (text) =>
    /^(sqlite:|postgres(ql)?:\/\/)/.test(text) ? text : invalid('must be sqlite:<file> or postgres://user@host:port/db'),
  ),
  DATABASE_READ_URL: optional((text) => (/^postgres(ql)?:\/\//.test(text) ? text : invalid('must be postgres://user@host:port/db (a streaming replica)'))),
  MEDIA_DIR: withDefault('./data/media', (text) => text),
  /** Public origin; the default is http://localhost:$PORT. */
  BASE_URL: optional(url(['http:', 'https:'], 'an http(s) URL')),
  DEFAULT_LANGUAGE: withDefault('uk', oneOf(LANGUAGES)),
  TIME_ZONE: withDefault('Europe/Kyiv', timeZone),
  SEED_DEMO: withDefault('true', boolean),
  /** Processes; `npm start -- --workers N` sets it too. */
  WORKERS: withDefault('1', wholeNumber(1, 64, 'a whole number from 1 to 64')),
  /** Megabytes of the in-memory page cache per process. */
  PAGE_CACHE_MB: withDefault('64', number(0, 16384, 'a number of megabytes from 0 to 16384')),
  /** `on` or `off`: the hit lane in front of Node's HTTP server (decision 0015). */
  HIT_LANE: withDefault('on', (text) => oneOf(['on', 'off'] as const)(text.toLowerCase()) === 'on'),
  REDIS_URL: optional(url(['redis:', 'rediss:'], 'a redis:// URL')),
  PURGE_URL: optional(url(['http:', 'https:'], 'an http(s) URL')),
  /** Minutes before the media sweep removes what a dead upload left (longer than any upload takes). */
  MEDIA_LEFTOVER_MINUTES: withDefault('15', wholeNumber(1, 10080, 'a whole number of minutes from 1 to 10080')),
  /** Reverse proxies whose X-Forwarded-* headers are believed (see trustedProxies). */
  TRUST_PROXY: optional(trustedProxies),
  /** With an https BASE_URL: also ask browsers to put the site on their HSTS preload lists. */
  HSTS_PRELOAD: withDefault('false', boolean),
  LOG_LEVEL: withDefault('info', oneOf(LOG_LEVELS)),
  NODE_ENV: withDefault('development', oneOf(['development', 'production', 'test'] as const)),
} satisfies Record<string, Variable<unknown>>;

export type VariableName = keyof typeof VARIABLES;
/** Each variable's parsed value. */
export type Values = { [K in VariableName]: ReturnType<(typeof VARIABLES)[K]['parse']> };
