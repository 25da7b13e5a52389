// Shared by commands: read the data folder and build the validated model.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { createSchemaValidator } from '../core/schema/validate-schema.js';
import type { SchemaValidator, ValidatorLookup } from '../core/schema/validate-schema.js';
import { loadRepository } from '../core/validate/load-repository.js';
import type { LoadResult, RepositoryInput } from '../core/validate/load-repository.js';
import { loadSchemas, readRepository } from '../io/files.js';
import type { CliContext } from './context.js';

export interface DiskLoad {
  input: RepositoryInput;
  validator: SchemaValidator;
  result: LoadResult;
  /** Every record file read, relative to the data folder. */
  files: string[];
}

const PRECOMPILED = new URL('../schema-validators.cjs', import.meta.url);

/** The precompiled validators if the build made them, else ajv at run time. */
export async function schemaValidators(): Promise<ValidatorLookup> {
  if (existsSync(PRECOMPILED)) {
    const module = createRequire(import.meta.url)(PRECOMPILED.pathname) as Record<string, ValidateFunction>;
    return (file) => {
      const fn = module[file.replace('.schema.json', '').replace(/[^A-Za-z0-9]/g, '_')];
      if (!fn) throw new Error(`no precompiled validator for ${file}; run npm run build`);
      return fn;
    };
  }
  // Compiled once per process: run() may be called many times (tests, the fuzzer).
  compiled ??= import('../core/schema/compile.js').then(({ compileSchemas }) => compileSchemas(loadSchemas()));
  return compiled;
}

let compiled: Promise<ValidatorLookup> | undefined;

/** Read the data folder and load it; `rules: false` skips the rules (listings that only need valid records). */
export async function loadRepositoryFromDisk(context: CliContext, options: { rules?: boolean } = {}): Promise<DiskLoad> {
  // A missing data folder or an unreadable file: main.ts names it and the reason.
  const input = readRepository(context.dataDir);
  const validator = createSchemaValidator(await schemaValidators());
  // Diagnostics are written in --lang when given, else in styr.yaml's language.
  const result = loadRepository(input, {
    validator,
    today: context.today,
    rules: options.rules !== false,
    schemas: loadSchemas,
    ...(context.lang ? { language: context.lang } : {}),
  });
  const files = input.files.map((f) => f.path);
  if (input.config) files.push(input.config.path);
  return { input, validator, result, files };
}
