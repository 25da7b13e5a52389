// Layering rules for styr, checked by `npm run lint:deps` (dependency-cruiser).
// The shape they protect is the one in README/style: a pure core, IO at the edge,
// and labels that domain modules return as ids for the caller to translate.

/** Domain modules: they return ids, enums and data, never translated text. */
const DOMAIN = ['^src/core/(orders|contracts|model|query|rules|kinds|validate|schema|source|diagnostics|create|text|change)/', '^src/core/dates\\.ts$'];

/** The label tables: the assembled catalogue, its sections and the translator over them. */
const LABEL_TABLES = ['^src/core/i18n/catalog\\.ts$', '^src/core/i18n/catalog/', '^src/core/i18n/translate\\.ts$'];

/**
 * The rule runner and diagnostic creation turn a message id and its parameters into the
 * diagnostic's `message` text in the output language when the diagnostic is made (the
 * shared contract of issue 11, "Diagnostics"), so they may call `translate`. Keep this
 * list to the files that create diagnostics.
 */
const CREATES_DIAGNOSTICS = [
  '^src/core/validate/load-repository\\.ts$', // runs the rules; reference and repository problems
  '^src/core/schema/', // ajv errors → diagnostics
  '^src/core/source/', // parse problems
  '^src/core/model/references\\.ts$', // reference problems
  '^src/core/rules/catalog\\.ts$', // the rules' declared messages, for --explain
  '^src/core/diagnostics/', // the Diagnostic type and its creation
];

/** Modules that are run, not imported: the CLI entry and the HTML worker thread. */
const ENTRY_POINTS = ['^src/cli/bin\\.ts$', '^src/cli/commands/render-html-worker\\.ts$'];

const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core never touches files, processes, git or colours: it imports neither io, git, cli nor formatters, ' +
        'nor node:fs, node:child_process, node:worker_threads, simple-git or chalk. The edge (cli, io, git) calls the core.',
      severity: 'error',
      // Unit tests may read fixtures and schemas from disk.
      from: { path: '^src/core/', pathNot: TESTS },
      to: {
        path: ['^src/(io|git|cli|formatters)/', '^(node:)?(fs|fs/promises|child_process|worker_threads)$', '(^|/)node_modules/(simple-git|chalk)/'],
      },
    },
    {
      name: 'domain-no-label-tables',
      comment:
        'Domain modules return message ids, enums and data; renderers, describers, formatters and the CLI translate. ' +
        'Importing a type (MessageKey, Language) is fine; importing the tables or the translator is not. ' +
        'The files that create diagnostics translate when they create them (see CREATES_DIAGNOSTICS).',
      severity: 'error',
      from: { path: DOMAIN, pathNot: [...CREATES_DIAGNOSTICS, TESTS] },
      to: { path: LABEL_TABLES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle ties modules into one unit that cannot be understood, tested or loaded lazily on its own.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-through-types',
      comment:
        'A cycle with a type-only step does not break loading, but still ties the modules together: a warning. ' +
        'The command declarations (cli/program.ts) load each handler lazily and each handler takes its option type ' +
        'from them; that cycle is the design (options declared once, types derived), not a tangle.',
      severity: 'warn',
      from: {},
      to: { circular: true, via: { dependencyTypes: ['type-only'] }, viaNot: '^src/cli/program\\.ts$' },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entry points, tests and declaration files aside).',
      severity: 'error',
      from: { orphan: true, pathNot: [...ENTRY_POINTS, TESTS, '\\.d\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve fails at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      comment: 'Every package src imports is declared in package.json.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'Shipped code (src without its tests) uses only runtime dependencies; dev dependencies are not installed for users.',
      severity: 'error',
      from: { path: '^src/', pathNot: TESTS },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-test',
      comment: 'Code does not import tests.',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: TESTS },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle through types is still a cycle, and a type keeps a module alive.
    tsPreCompilationDeps: true,
    // NodeNext: `./x.js` specifiers resolve to `./x.ts` through the TypeScript configuration.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
