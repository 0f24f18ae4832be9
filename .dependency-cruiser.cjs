/**
 * The layering rules (DEVELOPERS.md, "Layers"), checked by `npm run lint:deps` (part of `npm test`).
 * core is pure (no React, state, storage, DOM-only packages or Node built-ins); ui talks to state, never to workers;
 * workers are entered through Comlink only; nothing imports in a cycle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle: split the shared part out (a cycle makes initialisation order and ownership unclear).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core runs in workers and in Node: no React, zustand, IndexedDB, charts, Comlink, Node built-ins or app layers.',
      from: { path: '^src/core/' },
      to: {
        path: ['^src/(ui|state|workers)/', 'node_modules/(react|react-dom|zustand|idb-keyval|recharts|comlink)/'],
      },
    },
    {
      name: 'core-without-node',
      severity: 'error',
      comment: 'src/core must not use Node built-ins (it runs in the browser too); the CLI passes what it needs in.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'ui-not-workers',
      severity: 'error',
      comment: 'The UI talks to state (zustand stores), which talks to the workers.',
      from: { path: '^src/ui/' },
      to: { path: '^src/workers/' },
    },
    {
      name: 'workers-only-via-comlink',
      severity: 'error',
      comment: 'A *.worker.ts module is started as a worker (new Worker(new URL(…))), never imported; its API type may be.',
      from: {},
      to: { path: '\\.worker\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.corpus|bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
