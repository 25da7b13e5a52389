// Classification values from before styr followed KLASSA: a traceability
// (spårbarhet) aspect, which KLASSA does not have, and the old name of the top
// level. The schema rejects them; this turns the schema error into a problem
// that says what to write instead.
import type { ErrorObject } from 'ajv';
import { createProblem, shownValue } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';

const CLASSIFICATION = /\/classification$/;
const ASPECT = /\/classification\/(confidentiality|integrity|availability)$/;
const OLD_LEVELS: ReadonlySet<string> = new Set(['very-serious']);

/** The schema/klassa problem for an ajv error about an old classification value, else undefined. */
export function klassaProblem(e: ErrorObject, file: string, language: Language): Diagnostic | undefined {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties' && params.additionalProperty === 'traceability' && CLASSIFICATION.test(e.instancePath)) {
    return createProblem(
      language,
      { id: 'schema/klassa', message: 'traceability', data: {}, hint: 'removeTraceability' },
      { file, pointer: `${e.instancePath}/traceability`, pointsToKey: true },
    );
  }
  const aspect = ASPECT.exec(e.instancePath)?.[1];
  if (e.keyword === 'enum' && aspect && typeof e.data === 'string' && OLD_LEVELS.has(e.data)) {
    return createProblem(
      language,
      { id: 'schema/klassa', message: 'oldLevel', data: { value: shownValue(e.data, e.data), field: aspect }, hint: 'oldLevel' },
      { file, pointer: e.instancePath },
    );
  }
  return undefined;
}
