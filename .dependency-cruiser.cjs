// Which folder of src/ may import which: the layering of STYLE.md and docs/decisions/0024,
// checked by `npm run check:imports` (and so by `npm test`). Every rule is an error: a new
// import against the grain fails CI at once instead of piling up as warnings.
//
//   web → services → storage → domain      web → render → domain      jobs → services
//   config reads the environment (may use domain); admin-ui is the browser app (domain only);
//   app.ts, server.ts, cli/ and seed/ are entry points and wiring: they may import anything,
//   and nothing in the layers imports them.
//
// Type-only imports count (tsPreCompilationDeps): a type taken from a lower layer's internals
// ties the layers together as firmly as a value does.

/** Folders (and root files) of src/, as path patterns. */
const ENTRY_POINTS = '^src/(app|server)[.]ts$|^src/(cli|seed)/';
const layer = (...names) => `^src/(${names.join('|')})/`;

/** Packages domain/ may use: pure functions without I/O. Add one here only if it is pure. */
const DOMAIN_PACKAGES = ['@orama/stemmers'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules import each other in a circle at run time: one of them is used before it has finished loading. ' +
        'A circle closed only by `import type` is erased by the build (a route file naming the options type of ' +
        'the plugin that registers it) and is allowed (docs/decisions/0024).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-imports-nothing-from-the-app',
      severity: 'error',
      comment: 'domain/ holds newsroom words and rules without I/O: it may import domain/ and node built-ins only.',
      from: { path: layer('domain') },
      to: { path: '^src/', pathNot: layer('domain') },
    },
    {
      name: 'domain-uses-only-pure-packages',
      severity: 'error',
      comment: 'domain/ does no I/O: a package it imports must be one of DOMAIN_PACKAGES in .dependency-cruiser.cjs.',
      from: { path: layer('domain') },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown'], pathNot: `^node_modules/(${DOMAIN_PACKAGES.join('|')})/` },
    },
    {
      name: 'config-uses-only-domain',
      severity: 'error',
      comment: 'config/ reads and validates the environment; it may use domain/ (languages, zones), nothing else of the app.',
      from: { path: layer('config') },
      to: { path: '^src/', pathNot: layer('config', 'domain') },
    },
    {
      name: 'storage-below-services',
      severity: 'error',
      comment: 'storage/ is called by services; it may use domain/ (and config/ types), never the layers above it.',
      from: { path: layer('storage') },
      to: { path: `${layer('services', 'web', 'render', 'jobs', 'admin-ui')}|${ENTRY_POINTS}` },
    },
    {
      name: 'render-is-pure',
      severity: 'error',
      comment: 'render/ turns view data into HTML: it may use domain/, never query (storage/), compose (services/) or serve (web/).',
      from: { path: layer('render') },
      to: { path: `${layer('storage', 'services', 'web', 'jobs', 'config', 'admin-ui')}|${ENTRY_POINTS}` },
    },
    {
      name: 'services-below-web',
      severity: 'error',
      comment:
        'services/ return view data and domain values; they know nothing of HTTP (web/) or HTML (render/). ' +
        'A view-model type both sides need belongs in domain/ or is declared by the service that builds it.',
      from: { path: layer('services') },
      to: { path: `${layer('web', 'render', 'jobs', 'admin-ui')}|${ENTRY_POINTS}` },
    },
    {
      name: 'web-goes-through-services',
      severity: 'error',
      comment: 'A route calls a service, never a repository: web/ may not import storage/ (types included).',
      from: { path: layer('web') },
      to: { path: layer('storage') },
    },
    {
      name: 'web-does-not-run-jobs-or-wiring',
      severity: 'error',
      comment: 'web/ is handed what it needs by app.ts; it does not import jobs, the command line, the seed or the browser app.',
      from: { path: layer('web') },
      to: { path: `${layer('jobs', 'admin-ui')}|${ENTRY_POINTS}` },
    },
    {
      name: 'jobs-below-web',
      severity: 'error',
      comment: 'jobs/ run use cases (services/) on a schedule or an event; they never call into web/.',
      from: { path: layer('jobs') },
      to: { path: `${layer('web', 'admin-ui')}|${ENTRY_POINTS}` },
    },
    {
      name: 'admin-ui-is-the-browser-app',
      severity: 'error',
      comment: 'admin-ui/ is bundled for the browser and talks to the server over HTTP only: it may use domain/, nothing else of src/.',
      from: { path: layer('admin-ui') },
      to: { path: '^src/', pathNot: layer('admin-ui', 'domain') },
    },
    {
      name: 'entry-points-are-not-imported',
      severity: 'error',
      comment: 'app.ts, server.ts, cli/ and seed/ wire the layers together; no layer imports them.',
      from: { path: layer('domain', 'config', 'storage', 'services', 'render', 'web', 'jobs', 'admin-ui') },
      to: { path: ENTRY_POINTS },
    },
    {
      name: 'src-does-not-import-tests-or-tools',
      severity: 'error',
      comment: 'The shipped code must not depend on test support, developer tools, benchmarks or build scripts (unit tests beside it may use test support).',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|tools|bench|scripts)/' },
    },
  ],
  options: {
    // Resolve as tsc does (NodeNext: `./x.js` names `./x.ts`), and count `import type` too.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Packages with an "exports" map (@orama/stemmers/english) resolve through it, as Node does.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
