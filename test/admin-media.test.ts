import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { makeAvifHandler, MAKE_AVIF_JOB } from '../src/jobs/make-avif.js';
import { runDueJobs } from '../src/jobs/publish-scheduled.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { MediaRepository } from '../src/storage/media-repository.js';
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

for (const dialect of DIALECTS) {
  describe(`photo uploads on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let cookie: string;
    let csrf: string;
    before(async () => {
      t = await buildTestApp(dialect);
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
      const count = async () => Number((await t.db.db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
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
