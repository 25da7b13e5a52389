// styr.yaml's `audience.fields`: every key names a kind and a field of its
// schema. A key that names neither is an error with the line of the key: a
// misspelt narrowing would otherwise publish the field it was meant to hide.
import { createProblem } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { CONFIG_FILE, KINDS } from '../kinds/registry.js';
import { allFields, audienceTree, fieldAt } from '../model/audience.js';
import type { StyrConfig } from '../model/types.js';
import { suggest } from '../text/suggest.js';

/** Problems with the keys of `audience.fields`; `schemas` by file name ('person.schema.json'). */
export function audienceConfigProblems(config: StyrConfig, schemas: ReadonlyMap<string, object>, language: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const kindNames = KINDS.map((k) => k.name);
  for (const key of Object.keys(config.audience?.fields ?? {})) {
    const dot = key.indexOf('.');
    const kindName = key.slice(0, dot);
    const path = key.slice(dot + 1);
    const where = { file: CONFIG_FILE, pointer: toPointer(['audience', 'fields', key]), pointsToKey: true };
    const kind = KINDS.find((k) => k.name === kindName);
    const schema = kind ? schemas.get(kind.schema) : undefined;
    if (!kind || !schema) {
      const guess = suggest(kindName, kindNames);
      out.push(
        createProblem(
          language,
          {
            id: 'config/unknown-audience-field',
            message: 'unknownKind',
            data: { kind: kindName, key, ...(guess ? { suggestion: `${guess}.${path}` } : { kinds: kindNames.join(', ') }) },
            hint: guess ? 'didYouMean' : 'kinds',
          },
          where,
        ),
      );
      continue;
    }
    const tree = audienceTree(schema);
    if (fieldAt(tree, path)) continue;
    const guess = suggest(
      path,
      [...allFields(tree)].map((f) => f.path),
    );
    out.push(
      createProblem(
        language,
        {
          id: 'config/unknown-audience-field',
          message: 'unknownField',
          data: { kind: kindName, path, key, ...(guess ? { suggestion: `${kindName}.${guess}` } : {}) },
          ...(guess ? { hint: 'didYouMean' } : {}),
        },
        where,
      ),
    );
  }
  return out;
}
