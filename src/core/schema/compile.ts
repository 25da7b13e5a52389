// Compiling the schemas at run time with ajv — the fallback when the precompiled
// validators (scripts/build-validators.mjs) are absent, and what unit tests use.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { useAudienceKeyword } from './audience-keyword.js';
import { useLinearUniqueItems } from './unique-items.js';
import type { ValidatorLookup } from './validate-schema.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

/** Options shared with the build script, so both paths validate alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

export function compileSchemas(schemas: ReadonlyMap<string, object>): ValidatorLookup {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv);
  useLinearUniqueItems(ajv);
  useAudienceKeyword(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return (name) => {
    let fn = compiled.get(name);
    if (!fn) {
      const schema = schemas.get(name);
      if (!schema) throw new Error(`schema ${name} is not loaded`);
      fn = ajv.compile(schema);
      compiled.set(name, fn);
    }
    return fn;
  };
}
