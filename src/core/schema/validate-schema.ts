// Compiled JSON Schema validators and the translation of ajv errors into
// Diagnostics with a pointer, a plain message and a "did you mean" hint.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../text/suggest.js';

/** Looks up the compiled validator of a schema file ('order.schema.json'). */
export type ValidatorLookup = (schemaFile: string) => ValidateFunction;

export interface SchemaValidator {
  /** Validate `data` against schema `name`; returns diagnostics (pointer set, no range). */
  validate(name: string, data: unknown, file: string): Diagnostic[];
}

export function createSchemaValidator(lookup: ValidatorLookup): SchemaValidator {
  return {
    validate(name, data, file) {
      const fn = lookup(name);
      if (fn(data)) return [];
      return translateErrors(fn.errors ?? [], file);
    },
  };
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? value.slice(0, 57) + '...' : value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function fieldName(instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return parts.length ? parts[parts.length - 1]!.replace(/~1/g, '/').replace(/~0/g, '~') : 'record';
}

function titleOf(schema: unknown): string | undefined {
  if (schema && typeof schema === 'object' && 'title' in schema) {
    const t = (schema as { title?: unknown }).title;
    return typeof t === 'string' ? t : undefined;
  }
  return undefined;
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function translateErrors(errors: readonly ErrorObject[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // `if` only says "must match then"; the `then` branch reports what is missing.
    if (e.keyword === 'if') continue;
    const d = translateError(e, file);
    const key = `${d.rule}|${d.pointer}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function translateError(e: ErrorObject, file: string): Diagnostic {
  const base = { severity: 'error' as const, file };
  const field = fieldName(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const title = titleOf(props?.[missing]);
      return {
        ...base,
        rule: 'schema/required',
        pointer: e.instancePath,
        message: `missing required field '${missing}'${e.instancePath ? ` in '${field}'` : ''}`,
        hint: title ? `Add \`${missing}:\` (${title}).` : `Add \`${missing}:\`.`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = suggest(extra, allowed);
      return {
        ...base,
        rule: 'schema/unknown-field',
        pointer: `${e.instancePath}/${escapeSegment(extra)}`,
        message: `unknown field '${extra}'${e.instancePath ? ` in '${field}'` : ''}`,
        hint: guess
          ? `Did you mean '${guess}'?`
          : allowed.length
            ? `Allowed fields: ${allowed.join(', ')}.`
            : undefined,
        pointsToKey: true,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      return {
        ...base,
        rule: 'schema/enum',
        pointer: e.instancePath,
        message: `${describeValue(e.data)} is not an allowed value for '${field}'`,
        hint: `${guess ? `Did you mean '${guess}'? ` : ''}Allowed: ${allowed.join(', ')}.`,
      };
    }
    case 'const':
      return {
        ...base,
        rule: 'schema/enum',
        pointer: e.instancePath,
        message: `'${field}' must be ${describeValue(params.allowedValue)}`,
      };
    case 'type':
      return {
        ...base,
        rule: 'schema/type',
        pointer: e.instancePath,
        message: `'${field}' must be ${article(String(params.type))}, not ${describeValue(e.data)}`,
      };
    case 'pattern': {
      const isId = field === 'id';
      const title = titleOf(e.parentSchema);
      return {
        ...base,
        rule: isId ? 'schema/id-format' : 'schema/pattern',
        pointer: e.instancePath,
        message: isId
          ? `id ${describeValue(e.data)} is not a valid id for this kind`
          : `${describeValue(e.data)} has the wrong format for '${field}'`,
        hint: `Expected a value matching ${String(params.pattern)}${title && !isId ? ` (${title})` : ''}.`,
      };
    }
    case 'propertyNames':
      return {
        ...base,
        rule: 'schema/pattern',
        pointer: `${e.instancePath}/${escapeSegment(String(params.propertyName))}`,
        message: `'${String(params.propertyName)}' is not a valid key in '${field}'`,
        pointsToKey: true,
      };
    case 'format':
      return {
        ...base,
        rule: 'schema/format',
        pointer: e.instancePath,
        message: `${describeValue(e.data)} is not a valid ${String(params.format)} for '${field}'`,
        hint: params.format === 'date' ? 'Write dates as YYYY-MM-DD, e.g. 2027-03-31.' : undefined,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...base,
        rule: 'schema/range',
        pointer: e.instancePath,
        message: `'${field}' ${e.message ?? 'is out of range'} (is ${describeValue(e.data)})`,
      };
    case 'uniqueItems':
      return {
        ...base,
        rule: 'schema/unique',
        pointer: e.instancePath,
        message: `'${field}' lists the same value twice (items ${String(params.j)} and ${String(params.i)})`,
      };
    default:
      return {
        ...base,
        rule: `schema/${e.keyword.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`,
        pointer: e.instancePath,
        message: `'${field}' ${e.message ?? 'is invalid'}`,
      };
  }
}

function article(type: string): string {
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  if (type === 'integer') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
