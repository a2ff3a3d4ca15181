import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { makeAvifHandler, MAKE_AVIF_JOB } from '../src/jobs/make-avif.js';
import { runDueJobs } from '../src/jobs/publish-scheduled.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { MediaRepository } from '../src/storage/media-repository.js';
import { ContentWriter } from '../src/storage/content-writer.js';
import { StagedFiles } from '../src/storage/media-files.js';
import { JobRepository } from '../src/storage/job-repository.js';
import { scheduleMediaSweep, sweepMediaHandler, SWEEP_MEDIA_JOB } from '../src/jobs/sweep-media.js';
import { NOW } from './support/newsroom.js';
import { createMembers, PASSWORD } from './support/members.js';

/** A multipart body by hand: one file part and text fields. */
function multipart(file: Buffer | undefined, fields: Record<string, string>, filename = 'photo.jpg', fileField = 'file') {
  const boundary = `----masthead${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`), file, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The sweep's job as the queue hands it over (its handler does not read it). */
const sweepJob = { id: 0, kind: SWEEP_MEDIA_JOB, payload: { start: true }, runAt: new Date(), attempts: 1 };

/** Every file under the media folder's uploads/, as media paths ("uploads/2025/03/x-800.jpg"). */
function uploadedFiles(mediaDir: string): string[] {
  const root = join(mediaDir, 'uploads');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(mediaDir.length + 1))
    .sort();
}

/** Sends raw bytes to a listening app and resolves with the status line's code and the error code. */
function rawRequest(port: number, head: string, body: Buffer): Promise<{ status: number; code: string | undefined }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(got.split(' ')[1]), code: /"code":"([A-Z_]+)"/.exec(got)?.[1] }));
    socket.write(Buffer.concat([Buffer.from(head), body]));
  });
}

for (const dialect of DIALECTS) {
  describe(`photo uploads on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let cookie: string;
    let csrf: string;
    before(async () => {
      t = await buildTestApp(dialect, { uploadIdleMs: 1000 });
      await createMembers(t.db);
      const res = await t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: 'author@example.com', password: PASSWORD } });
      cookie = res.cookies.find((c) => c.name === 'mh_session')!.value;
      csrf = res.json().csrfToken;
    });
    after(() => t?.destroy());

    const upload = (body: ReturnType<typeof multipart>, withCsrf = true) =>
      t.app.inject({ method: 'POST', url: '/admin/api/media', payload: body.payload, headers: { ...body.headers, ...(withCsrf ? { 'x-csrf-token': csrf } : {}) }, cookies: { mh_session: cookie } });

    test('a photo is stored upright, without its EXIF location, with WebP and JPEG variants and texts per language', async () => {
      const photo = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#446688' } })
        .jpeg()
        .withExif({ IFD0: { Copyright: 'Agency' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1' } })
        .toBuffer();
      assert.ok((await sharp(photo).metadata()).exif, 'the test photo carries EXIF');
      const res = await upload(multipart(photo, { caption_uk: 'Майдан Незалежності', credit_uk: 'Фото: Агенція', alt_uk: 'Площа вночі', caption_en: 'Independence Square', credit_en: 'Photo: Agency', alt_en: 'The square at night' }));
      assert.equal(res.statusCode, 201, res.body);
      const media = res.json().media;
      assert.equal(media.width, 1800);
      assert.equal(media.texts.uk.caption, 'Майдан Незалежності');
      assert.equal(media.texts.en.credit, 'Photo: Agency');
      const files = [media.path, ...media.variants.map((v: { path: string }) => v.path)];
      assert.ok(media.variants.some((v: { mime: string }) => v.mime === 'image/webp'));
      assert.ok(media.variants.some((v: { mime: string; width: number }) => v.mime === 'image/jpeg' && v.width === 800));
      for (const f of files) {
        const path = join(t.mediaDir, f);
        assert.ok(existsSync(path), f);
        assert.equal((await sharp(path).metadata()).exif, undefined, `${f} has no EXIF`);
      }
      const served = await t.app.inject(`/media/${media.path}`);
      assert.equal(served.statusCode, 200);
      const library = await t.app.inject({ url: '/admin/api/media', cookies: { mh_session: cookie } });
      assert.equal(library.json().items[0].id, media.id);
    });

    test('AVIF copies are made in the background; readers get AVIF and WebP sources before the JPEG', async () => {
      const photo = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#336699' } }).jpeg().toBuffer();
      const { media } = (await upload(multipart(photo, { caption_en: 'Rooftops' }))).json();
      const deps = { db: t.db.db, audit: new AuditRepository(t.db.db), events: t.app.changeEvents, now: () => NOW, timeZone: 'Europe/Kyiv' };
      const ran = await runDueJobs(deps, { [MAKE_AVIF_JOB]: makeAvifHandler(t.mediaDir, new MediaRepository(t.db.db)) });
      assert.ok(ran.done >= 1 && ran.failed === 0, JSON.stringify(ran));
      const [stored] = (await t.app.inject({ url: `/admin/api/media?before=${media.id + 1}&limit=1`, cookies: { mh_session: cookie } })).json().items;
      const avif = stored.variants.filter((v: { mime: string }) => v.mime === 'image/avif');
      assert.deepEqual(avif.map((v: { width: number }) => v.width).sort((a: number, b: number) => a - b), [400, 800, 1000]);
      for (const v of avif) assert.equal((await sharp(join(t.mediaDir, v.path)).metadata()).format, 'heif');
      // A second run finds nothing left to do.
      assert.equal((await runDueJobs(deps, { [MAKE_AVIF_JOB]: makeAvifHandler(t.mediaDir, new MediaRepository(t.db.db)) })).done, 0);
      const id = await t.newsroom.story({ versions: { en: { leadMediaId: media.id } } });
      const page = await getPage(t.app, `/en/news/2025/03/01/${id}/`);
      const types = page.$('article figure picture source').map((_, el) => page.$(el).attr('type')).get();
      assert.deepEqual(types, ['image/avif', 'image/webp']);
      assert.match(page.$('article figure picture img').attr('srcset')!, /\.jpg 400w/);
    });

    test('a fake image, a missing file, an oversized one or a missing CSRF token is refused and stores nothing', async () => {
      const count = mediaCount;
      const before = await count();
      const fake = await upload(multipart(Buffer.from('<?php echo "not a photo"; ?>'), {}, 'photo.jpg'));
      assert.equal(fake.statusCode, 422);
      assert.equal(fake.json().error.code, 'UNSUPPORTED_IMAGE');
      const none = await upload(multipart(undefined, { caption_uk: 'x' }));
      assert.equal(none.statusCode, 400);
      assert.equal(none.json().error.code, 'PHOTO_MISSING');
      const svg = await upload(multipart(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><script>alert(1)</script></svg>'), {}, 'x.jpg'));
      assert.equal(svg.statusCode, 422);
      const tiny = await upload(multipart(await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } }).png().toBuffer(), {}));
      assert.equal(tiny.statusCode, 422);
      const big = await upload(multipart(Buffer.alloc(21 * 1024 * 1024, 1), {}));
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'PHOTO_TOO_LARGE');
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#123456' } }).jpeg().toBuffer();
      assert.equal((await upload(multipart(photo, {}), false)).statusCode, 403);
      assert.equal(await count(), before);
    });

    const mediaCount = async () => Number((await t.db.db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    test('every malformed multipart body is a 4xx with an error code, and stores nothing', async () => {
      const before = await mediaCount();
      const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#224466' } }).jpeg().toBuffer();
      const good = multipart(photo, { caption_en: 'x' });
      const boundary = /boundary=(.*)$/.exec(good.headers['content-type'])![1]!;
      const filePart = (name: string, extra = '') =>
        Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="a.jpg"\r\n${extra}Content-Type: image/jpeg\r\n\r\n`), photo, Buffer.from('\r\n')]);
      const closing = Buffer.from(`--${boundary}--\r\n`);
      const cases: [string, Buffer, string, number, string][] = [
        ['a boundary other than the header says', good.payload, 'multipart/form-data; boundary=another', 400, 'MALFORMED_UPLOAD'],
        ['no boundary', good.payload, 'multipart/form-data', 400, 'MALFORMED_UPLOAD'],
        ['an empty boundary', good.payload, 'multipart/form-data; boundary=', 400, 'MALFORMED_UPLOAD'],
        ['a body cut off inside the file', good.payload.subarray(0, 2000), good.headers['content-type'], 400, 'MALFORMED_UPLOAD'],
        ['two file parts', Buffer.concat([filePart('file'), filePart('file'), closing]), good.headers['content-type'], 400, 'MALFORMED_UPLOAD'],
        ['an empty body', Buffer.alloc(0), good.headers['content-type'], 400, 'PHOTO_MISSING'],
        ['only the closing boundary', closing, good.headers['content-type'], 400, 'PHOTO_MISSING'],
      ];
      for (const [what, payload, type, status, code] of cases) {
        const res = await t.app.inject({ method: 'POST', url: '/admin/api/media', payload, headers: { 'content-type': type, 'x-csrf-token': csrf }, cookies: { mh_session: cookie } });
        assert.equal(res.statusCode, status, `${what}: ${res.body}`);
        assert.equal(res.json().error.code, code, what);
      }
      // A part without a filename is a text field, so the photo is missing.
      const noName = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\n`), Buffer.from('not a file'), Buffer.from(`\r\n`), closing]);
      const res = await t.app.inject({ method: 'POST', url: '/admin/api/media', payload: noName, headers: { 'content-type': good.headers['content-type'], 'x-csrf-token': csrf }, cookies: { mh_session: cookie } });
      assert.equal(res.json().error.code, 'PHOTO_MISSING');
      assert.equal(await mediaCount(), before);
      assert.deepEqual(uploadedFiles(t.mediaDir).filter((f) => f.endsWith('.tmp')), []);
    });

    test('an upload whose body stops coming is answered 408 and its connection closed', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#224466' } }).jpeg().toBuffer();
      const body = multipart(photo, {});
      // Content-Length promises more than is ever sent.
      const head = `POST /admin/api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: mh_session=${cookie}\r\nx-csrf-token: ${csrf}\r\nContent-Type: ${body.headers['content-type']}\r\nContent-Length: ${body.payload.length + 1000}\r\n\r\n`;
      const res = await rawRequest(port, head, body.payload);
      assert.equal(res.status, 408);
      assert.equal(res.code, 'UPLOAD_STALLED');
    });

    test('a photo that fails in any stage of decoding or making variants is UNSUPPORTED_IMAGE and leaves no file or row', async () => {
      const before = await mediaCount();
      const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#335577' } }).jpeg().toBuffer();
      // A JPEG cut in half has a good header: it fails while decoding, after the metadata read.
      const truncated = await upload(multipart(photo.subarray(0, Math.floor(photo.length / 2)), {}));
      assert.equal(truncated.statusCode, 422, truncated.body);
      assert.equal(truncated.json().error.code, 'UNSUPPORTED_IMAGE');
      // libvips failing at the nth encode, for every n an upload makes: the original, each variant, each crop.
      const proto = (sharp as unknown as { prototype: { toBuffer: (...args: unknown[]) => Promise<unknown> } }).prototype;
      const real = proto.toBuffer;
      let calls = 0;
      proto.toBuffer = function (this: unknown, ...args: unknown[]) {
        calls++;
        return real.apply(this, args);
      };
      try {
        assert.equal((await upload(multipart(photo, {}))).statusCode, 201);
      } finally {
        proto.toBuffer = real;
      }
      const stages = calls;
      // The original, JPEG and WebP at 400 and 800 px, full-size WebP, three crops.
      assert.equal(stages, 9, `an upload makes ${stages} encodes`);
      const count = await mediaCount();
      const files = uploadedFiles(t.mediaDir);
      for (let failing = 1; failing <= stages; failing++) {
        let n = 0;
        proto.toBuffer = function (this: unknown, ...args: unknown[]) {
          return ++n === failing ? Promise.reject(new Error('VipsJpeg: out of order read')) : real.apply(this, args);
        };
        try {
          const res = await upload(multipart(photo, {}));
          assert.equal(res.statusCode, 422, `encode ${failing}: ${res.body}`);
          assert.equal(res.json().error.code, 'UNSUPPORTED_IMAGE');
        } finally {
          proto.toBuffer = real;
        }
        assert.deepEqual(uploadedFiles(t.mediaDir), files, `encode ${failing} leaves no file`);
      }
      assert.equal(await mediaCount(), count);
      assert.equal(count, before + 1);
    });

    test('an upload cut short before its row is stored leaves only temporary files, which the sweep removes', async () => {
      const files = uploadedFiles(t.mediaDir);
      const writer = ContentWriter.prototype;
      const staged = StagedFiles.prototype;
      const [realInsert, realDiscard] = [writer.createMedia, staged.discard];
      // The process dies at the insert: what is on disk then is what it leaves, and no clean-up runs.
      let atInsert: string[] = [];
      writer.createMedia = async function () {
        atInsert = uploadedFiles(t.mediaDir);
        throw new Error('killed');
      };
      staged.discard = async () => {};
      const photo = await sharp({ create: { width: 1700, height: 1000, channels: 3, background: '#557799' } }).jpeg().toBuffer();
      try {
        assert.equal((await upload(multipart(photo, {}))).statusCode, 500);
      } finally {
        [writer.createMedia, staged.discard] = [realInsert, realDiscard];
      }
      const written = atInsert.filter((f) => !files.includes(f));
      assert.ok(written.length >= 10, `the upload wrote ${written.length} files`);
      assert.deepEqual(written.filter((f) => !f.endsWith('.tmp')), [], 'no file has its real name before the row is stored');
      const left = uploadedFiles(t.mediaDir).filter((f) => !files.includes(f));
      assert.ok(left.length >= 10, `the upload wrote ${left.length} files`);
      assert.deepEqual(left.filter((f) => !f.endsWith('.tmp')), [], 'no file has its real name before the row is stored');
      // Older than the leftover age: the sweep takes them for a dead upload's.
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const f of left) await utimes(join(t.mediaDir, f), hourAgo, hourAgo);
      const deps = { db: t.db.db, audit: new AuditRepository(t.db.db), events: t.app.changeEvents, now: () => new Date() };
      await sweepMediaHandler(t.mediaDir, new MediaRepository(t.db.db))(deps, sweepJob);
      assert.deepEqual(uploadedFiles(t.mediaDir), files);
    });

    test('the sweep finishes a stored photo\'s renames, removes files no row names, and spares young files and other folders', async () => {
      const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#778899' } }).jpeg().toBuffer();
      const { media } = (await upload(multipart(photo, {}))).json();
      // As if the process died between the commit and the rename of its 800 px JPEG.
      const renamed = media.variants.find((v: { width: number; mime: string }) => v.width === 800 && v.mime === 'image/jpeg').path as string;
      const { rename } = await import('node:fs/promises');
      await rename(join(t.mediaDir, renamed), join(t.mediaDir, `${renamed}.0a1b2c3d.tmp`));
      const folder = media.path.slice(0, media.path.lastIndexOf('/'));
      const orphan = `${folder}/zz-orphan-1200.jpg`;
      const orphanTemp = `${folder}/zz-gone-800.webp.12345678.tmp`;
      const young = `${folder}/zz-young-400.jpg.abcdef01.tmp`;
      const elsewhere = 'demo/not-swept.jpg';
      await mkdir(join(t.mediaDir, 'demo'), { recursive: true });
      for (const f of [orphan, orphanTemp, young, elsewhere]) await writeFile(join(t.mediaDir, f), 'x');
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const f of [orphan, orphanTemp, elsewhere, `${renamed}.0a1b2c3d.tmp`, media.path]) await utimes(join(t.mediaDir, f), hourAgo, hourAgo);
      const sweep = sweepMediaHandler(t.mediaDir, new MediaRepository(t.db.db));
      const deps = { db: t.db.db, audit: new AuditRepository(t.db.db), events: t.app.changeEvents, now: () => new Date() };
      const jobs = new JobRepository(t.db.db);
      const sweeps = async () => (await jobs.pending(SWEEP_MEDIA_JOB)).filter((j) => JSON.stringify(j.payload) === '{"start":true}');
      await scheduleMediaSweep(t.db.db, new Date());
      await scheduleMediaSweep(t.db.db, new Date());
      assert.equal((await sweeps()).length, 1, 'processes starting together ask for one sweep');
      const [started] = await sweeps();
      await sweep(deps, started!);
      await jobs.markDone(started!.id, new Date());
      const files = uploadedFiles(t.mediaDir);
      assert.ok(files.includes(renamed), 'the stored row\'s file got its name');
      assert.ok(!files.includes(`${renamed}.0a1b2c3d.tmp`));
      assert.ok(!files.includes(orphan) && !files.includes(orphanTemp), 'leftovers are removed');
      assert.ok(files.includes(young), 'a file being written now is left alone');
      assert.ok(files.includes(media.path));
      for (const v of media.variants) assert.ok(files.includes(v.path), v.path);
      assert.ok(existsSync(join(t.mediaDir, elsewhere)), 'only uploads/ is swept');
      // The next sweep is waiting, once, however many sweeps asked for it.
      await sweep(deps, started!);
      const next = await jobs.pending(SWEEP_MEDIA_JOB);
      assert.equal(next.length, 1);
      assert.ok(next[0]!.runAt.getTime() > Date.now());
    });

    test('editors change captions per language; authors may not', async () => {
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#654321' } }).jpeg().toBuffer();
      const { media } = (await upload(multipart(photo, {}))).json();
      const texts = { ru: { caption: 'Подпись', credit: 'Фото: Агентство', alt: 'Описание' } };
      const refused = await t.app.inject({ method: 'PATCH', url: `/admin/api/media/${media.id}`, payload: texts, headers: { 'x-csrf-token': csrf }, cookies: { mh_session: cookie } });
      assert.equal(refused.statusCode, 403);
      const ed = await t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: 'editor@example.com', password: PASSWORD } });
      const edCookie = ed.cookies.find((c) => c.name === 'mh_session')!.value;
      const ok = await t.app.inject({ method: 'PATCH', url: `/admin/api/media/${media.id}`, payload: texts, headers: { 'x-csrf-token': ed.json().csrfToken }, cookies: { mh_session: edCookie } });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().media.texts.ru.caption, 'Подпись');
    });
  });
}
