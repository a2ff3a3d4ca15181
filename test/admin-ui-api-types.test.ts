import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ts from 'typescript';
import { API_CONTRACT, UNDESCRIBED_ANSWERS } from './support/admin-ui-api-contract.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, type TestApp } from './support/app.js';

// The newsroom app declares the admin API's shapes in TypeScript; the server describes them in
// its OpenAPI document. This compares the two for every type test/support/admin-ui-api-contract.ts lists:
// property names both ways, optional against `required`, and the kind of each value (string,
// number, boolean, null, enum members, arrays, nested objects).

interface Schema {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
}
type OpenApi = { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>> };

const jsonSchema = (content: Record<string, { schema?: Schema }> | undefined) => content?.['application/json']?.schema;

/** The schema an `at` of the contract names, or a reason it has none. */
function schemaAt(doc: OpenApi, at: string): Schema | string {
  const [method, path, side, ...steps] = at.split(' ');
  const op = doc.paths[path!]?.[method!.toLowerCase()];
  if (!op) return `${method} ${path} is not in the document`;
  let schema =
    side === 'request'
      ? jsonSchema(op.requestBody?.content)
      : Object.entries(op.responses ?? {}).filter(([status]) => /^2/.test(status)).map(([, r]) => jsonSchema(r.content)).find(Boolean);
  for (const step of steps) schema = step === '[]' ? schema?.items : schema?.properties?.[step];
  return schema ?? `${at}: no schema`;
}

const types = (s: Schema) => new Set([...(Array.isArray(s.type) ? s.type : s.type ? [s.type] : []), ...(s.nullable ? ['null'] : [])]);

/**
 * `response`: the app reads what the server sends, so its type must declare every documented
 * field, each optional exactly when the schema does not require it. `request`: the app sends the
 * body, so it must declare every required field as required; it may always send an optional one.
 */
type Side = 'request' | 'response';

/** Differences between a TypeScript type and a schema, as `where: what` lines. */
function compare(checker: ts.TypeChecker, type: ts.Type, schema: Schema, where: string, out: string[], side: Side): void {
  const parts = type.isUnion() ? type.types : [type];
  const has = (flag: ts.TypeFlags) => parts.some((p) => p.flags & flag);
  const want = types(schema);
  const tsKinds = new Set<string>();
  if (has(ts.TypeFlags.Null)) tsKinds.add('null');
  if (has(ts.TypeFlags.StringLike)) tsKinds.add('string');
  if (has(ts.TypeFlags.NumberLike)) tsKinds.add('number');
  if (has(ts.TypeFlags.BooleanLike)) tsKinds.add('boolean');
  const objects = parts.filter((p) => p.flags & ts.TypeFlags.Object);
  const arrays = objects.filter((p) => checker.isArrayType(p));
  if (arrays.length) tsKinds.add('array');
  if (objects.length > arrays.length) tsKinds.add('object');
  const schemaKinds = new Set([...want].map((k) => (k === 'integer' ? 'number' : k)));
  const a = [...tsKinds].sort().join('|');
  const b = [...schemaKinds].sort().join('|');
  if (a !== b) out.push(`${where}: the app says ${a || checker.typeToString(type)}, the API ${b || 'anything'}`);

  if (schema.enum) {
    const literals = parts.filter((p) => p.isStringLiteral() || p.isNumberLiteral()).map((p) => String((p as ts.LiteralType).value));
    const members = schema.enum.filter((v) => v !== null).map(String);
    // `string` in the app accepts whatever the API lists; named members must be the same set.
    if (literals.length && literals.sort().join(',') !== members.sort().join(',')) out.push(`${where}: the app allows ${literals.join(', ')}, the API ${members.join(', ')}`);
  }
  const array = arrays[0];
  if (array && schema.items) compare(checker, checker.getTypeArguments(array as ts.TypeReference)[0]!, schema.items, `${where}[]`, out, side);
  const object = objects.find((p) => !checker.isArrayType(p));
  if (object && schema.properties) compareObject(checker, object, schema, where, out, side);
  else if (object && typeof schema.additionalProperties === 'object') {
    // A record keyed by something (a language): its values are what the schema's values are.
    const value = checker.getIndexTypeOfType(object, ts.IndexKind.String) ?? checker.getPropertiesOfType(object).map((p) => checker.getTypeOfSymbol(p))[0];
    if (value) compare(checker, value, schema.additionalProperties, `${where}.*`, out, side);
  }
}

function compareObject(checker: ts.TypeChecker, object: ts.Type, schema: Schema, where: string, out: string[], side: Side): void {
  const props = new Map(checker.getPropertiesOfType(object).map((p) => [p.name, p]));
  const documented = schema.properties ?? {};
  for (const name of props.keys()) if (!(name in documented)) out.push(`${where}.${name}: declared by the app, not in the API`);
  for (const name of Object.keys(documented)) {
    const needed = side === 'response' || schema.required?.includes(name);
    if (needed && !props.has(name)) out.push(`${where}.${name}: in the API, not declared by the app`);
  }
  for (const [name, prop] of props) {
    const sub = documented[name];
    if (!sub) continue;
    const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
    // A schema without `required` (an answer's serializer) does not say what is always there.
    const required = schema.required?.includes(name) ?? false;
    const wrong = side === 'response' ? schema.required !== undefined && optional === required : optional && required;
    if (wrong) out.push(`${where}.${name}: ${optional ? 'optional' : 'required'} in the app, not in the API`);
    // `undefined` (of an optional property) is not a kind the comparison counts.
    compare(checker, checker.getTypeOfSymbol(prop), sub, `${where}.${name}`, out, side);
  }
}

/** The named interface or type alias of a file, resolved by the compiler. */
function declaredType(program: ts.Program, file: string, name: string): ts.Type | undefined {
  const source = program.getSourceFile(file);
  if (!source) return undefined;
  const checker = program.getTypeChecker();
  for (const node of source.statements) {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === name) return checker.getTypeAtLocation(node.name);
  }
  return undefined;
}

const files = [...new Set(API_CONTRACT.map((e) => join('src/admin-ui', e.file)))];
const program = ts.createProgram(files, {
  strict: true, noEmit: true, skipLibCheck: true, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact',
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [],
});

/** Every difference between the app's types and the document, one line each. */
export function contractProblems(doc: OpenApi): string[] {
  const checker = program.getTypeChecker();
  const out: string[] = [];
  for (const entry of API_CONTRACT) {
    const type = declaredType(program, join('src/admin-ui', entry.file), entry.type);
    const schema = schemaAt(doc, entry.at);
    if (!type) out.push(`${entry.file}: no type ${entry.type}`);
    else if (typeof schema === 'string') out.push(schema);
    else compare(checker, type, schema, `${entry.type} as ${entry.at}`, out, entry.at.split(' ')[2] as Side);
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`the newsroom app's API types against the admin API's OpenAPI document on ${dialect}`, async () => {
    const skip = await dialectSkip(dialect);
    let t: TestApp;
    let doc: OpenApi;
    before(async () => {
      if (skip.skip) return;
      t = await buildTestApp(dialect);
      const res = await t.app.inject('/admin/api/openapi.json');
      assert.equal(res.statusCode, 200);
      doc = res.json() as OpenApi;
    });
    after(async () => t?.destroy());

    test('every type the contract lists matches the schema it names', skip, () => {
      assert.deepEqual(contractProblems(doc), []);
    });

    test('the comparison notices a renamed, dropped or retyped field', skip, () => {
      // The same document with one change in each direction: each must show up.
      const changed = structuredClone(doc);
      const user = changed.paths['/users']!.get!.responses!['200']!.content!['application/json']!.schema!.properties!.users!.items!;
      user.properties!.fullName = user.properties!.name!;
      delete user.properties!.name;
      user.properties!.id = { type: 'string' };
      const problems = contractProblems(changed);
      assert.ok(problems.some((p) => p.includes('.name: declared by the app')));
      assert.ok(problems.some((p) => p.includes('.fullName: in the API')));
      assert.ok(problems.some((p) => p.includes('.id: the app says number')));
    });

    test('answers without a schema are the ones listed as undescribed', skip, () => {
      for (const answer of UNDESCRIBED_ANSWERS) {
        const [method, path] = answer.split(' ');
        assert.ok(doc.paths[path!]?.[method!.toLowerCase()], `${answer} is in the document`);
        assert.equal(typeof schemaAt(doc, `${answer} response`), 'string', `${answer} has a response schema now: list its type in API_CONTRACT`);
      }
    });
  });
}
