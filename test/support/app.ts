import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { DialectName } from '../../src/storage/dialect.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { NOW, buildNewsroom, type SmallNewsroom } from './newsroom.js';

export const BASE_URL = 'https://news.example.com';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  newsroom: SmallNewsroom;
  /** Where the app serves /media/ from. */
  mediaDir: string;
  destroy(): Promise<void>;
}

/** A fresh app on a fresh database with the small newsroom, its clock fixed at NOW. */
export async function buildTestApp(
  dialect: DialectName,
  options: {
    now?: () => Date;
    baseUrl?: string;
    pageCacheMb?: number;
    timeZone?: string;
    env?: Record<string, string>;
    uploadIdleMs?: number;
    httpTimeouts?: AppDeps['httpTimeouts'];
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const newsroom = await buildNewsroom(db);
  const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-media-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    BASE_URL: options.baseUrl ?? BASE_URL,
    MEDIA_DIR: mediaDir,
    ...(options.pageCacheMb !== undefined ? { PAGE_CACHE_MB: String(options.pageCacheMb) } : {}),
    ...(options.timeZone !== undefined ? { TIME_ZONE: options.timeZone } : {}),
    // HIT_LANE=off runs the HTTP suites with every request on Node's way (scripts/run-tests.mjs).
    ...(process.env.HIT_LANE ? { HIT_LANE: process.env.HIT_LANE } : {}),
    ...options.env,
  });
  const app = await buildApp(config, {
    database: db,
    now: options.now ?? (() => NOW),
    ...(options.uploadIdleMs !== undefined ? { uploadIdleMs: options.uploadIdleMs } : {}),
    ...(options.httpTimeouts ? { httpTimeouts: options.httpTimeouts } : {}),
  });
  return {
    app,
    db,
    newsroom,
    mediaDir,
    destroy: async () => {
      await app.close();
      await db.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** GETs a page and parses it with a real HTML parser. */
export async function getPage(app: FastifyInstance, url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { res, $: cheerio.load(res.body) };
}
