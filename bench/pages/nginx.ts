/**
 * The ceiling for the article case: nginx serving the very bytes our server sent for the same
 * pages, as static files (`index.html` and the gzip `index.html.gz` next to it, served by
 * gzip_static), with as many worker processes as our server has workers.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { get } from './http.js';
import { BenchError, freePort, spawnGroup, stopGroup, tailOutput, temporaryDir } from './processes.js';

export interface RunningNginx {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const NGINX = process.env.BENCH_NGINX ?? (spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() || '/usr/sbin/nginx');

/** Fails at once, before any case runs, when nginx is missing. */
export function assertNginxInstalled(): void {
  const probe = spawnSync(NGINX, ['-v'], { stdio: 'ignore' });
  if (probe.error) throw new BenchError(`nginx is not installed (${NGINX}): apt-get install nginx`);
}

function config(prefix: string, port: number, workers: number): string {
  const temp = (name: string) => path.join(prefix, 'temp', name);
  return `daemon off;
worker_processes ${workers};
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 100000;
  keepalive_timeout 65s;
  types { text/html html; }
  default_type application/octet-stream;
  charset utf-8;
  gzip_static on;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${path.join(prefix, 'www')};
    index index.html;
  }
}
`;
}

/**
 * Writes the pages (path → gzip bytes as our server sent them) under a temporary prefix and starts
 * nginx on a free port. Any failure is one line, with `apt-get install nginx` when it is missing.
 */
export async function startNginx(pages: Map<string, Buffer>, workers: number): Promise<RunningNginx> {
  const temp = temporaryDir('nginx');
  const prefix = temp.dir;
  // nginx workers run as an unprivileged user when started by root: they must read the files.
  chmodSync(prefix, 0o755);
  const cleanUp = temp.remove;
  try {
    for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, 'temp', name), { recursive: true });
    for (const [urlPath, gz] of pages) {
      if (!urlPath.endsWith('/') || urlPath.includes('?') || urlPath.includes('..')) throw new BenchError(`nginx baseline: cannot store ${urlPath} as a file`);
      const dir = path.join(prefix, 'www', decodeURIComponent(urlPath));
      mkdirSync(dir, { recursive: true, mode: 0o755 });
      writeFileSync(path.join(dir, 'index.html.gz'), gz, { mode: 0o644 });
      writeFileSync(path.join(dir, 'index.html'), isGzip(gz) ? gunzipSync(gz) : gz, { mode: 0o644 });
    }
    const port = await freePort();
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, config(prefix, port, workers));
    const child = spawnGroup(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', conf]);
    const output = tailOutput(child);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) =>
        reject(new BenchError(error.code === 'ENOENT' ? 'nginx is not installed: apt-get install nginx' : `nginx failed to start: ${error.message}`)),
      );
      child.once('exit', (code) => reject(new BenchError(`nginx exited with ${code}: ${output().split('\n').pop() || 'see its error log'}`)));
    });
    failed.catch(() => {});
    const baseUrl = `http://127.0.0.1:${port}`;
    const stop = async () => {
      await stopGroup(child, 'SIGQUIT', 5000);
      cleanUp();
    };
    try {
      await Promise.race([failed, waitUntilServing(baseUrl, [...pages.keys()][0] ?? '/')]);
    } catch (error) {
      await stop();
      throw error;
    }
    return { baseUrl, pid: child.pid!, stop };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

function isGzip(b: Buffer): boolean {
  return b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
}

async function waitUntilServing(baseUrl: string, probe: string): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const res = await get(baseUrl, probe, { fresh: true }).catch(() => undefined);
    if (res) {
      if (res.status !== 200) throw new BenchError(`nginx answered ${probe} with ${res.status}`);
      if (!String(res.headers['content-type']).startsWith('text/html; charset=utf-8')) throw new BenchError(`nginx sent ${probe} as ${res.headers['content-type']}`);
      if (res.headers['content-encoding'] !== 'gzip') throw new BenchError(`nginx sent ${probe} without gzip`);
      return;
    }
    if (Date.now() > until) throw new BenchError('nginx did not answer within 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}
