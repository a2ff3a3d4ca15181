import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fastify from 'fastify';
import { LazySchemas } from '../src/web/lazy-schemas.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp } from './support/app.js';

/**
 * Route schemas compile at their route's first request or when the server has started
 * (src/web/lazy-schemas.ts): requests are validated and answers serialized as before, and a
 * schema that does not compile is still found, with its route named.
 */

async function tinyApp(schemas: LazySchemas) {
  const app = Fastify({ schemaController: schemas.controller });
  app.get<{ Querystring: { limit: number } }>(
    '/items',
    {
      schema: {
        querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } }, required: ['limit'] },
        response: { 200: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer' } } } },
      },
    },
    async (req) => ({ limit: req.query.limit, secret: 'not in the schema' }),
  );
  await app.ready();
  return app;
}

test('a route validates its request and serializes its answer before anything was compiled', async () => {
  const schemas = new LazySchemas();
  const app = await tinyApp(schemas);
  try {
    assert.equal(schemas.waiting, 4, 'the query and the 200 answer, of GET and of HEAD, wait to be compiled');
    const bad = await app.inject('/items?limit=1000');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /querystring\/limit must be <= 100/);
    const missing = await app.inject('/items');
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().message, /must have required property 'limit'/);
    const good = await app.inject('/items?limit=7');
    assert.equal(good.statusCode, 200);
    // Coerced to a number by the validator, and the field outside the schema left out by the serializer.
    assert.deepEqual(good.json(), { limit: 7 });
    await schemas.compileAll();
    assert.equal(schemas.waiting, 0);
    assert.equal((await app.inject('/items?limit=0')).statusCode, 400);
  } finally {
    await app.close();
  }
});

test('a schema that does not compile still starts the app, and compileAll names its route', async () => {
  const schemas = new LazySchemas();
  const app = Fastify({ schemaController: schemas.controller });
  app.post('/broken', { schema: { body: { type: 'object', properties: { n: { type: 'no-such-type' } } } } }, async () => ({}));
  try {
    await app.ready();
    await assert.rejects(schemas.compileAll(), /the POST \/broken body schema does not compile: schema is invalid: data\/properties\/n\/type/);
  } finally {
    await app.close();
  }
});

for (const dialect of DIALECTS) {
  describe(`the app's route schemas, on ${dialect}`, await dialectSkip(dialect), () => {
    test('every one compiles', async () => {
      const t = await buildTestApp(dialect);
      try {
        await t.app.compileSchemas();
      } finally {
        await t.destroy();
      }
    });
  });
}
