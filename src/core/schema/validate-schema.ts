// Compiled JSON Schema validators and the translation of ajv errors into
// Diagnostics with a pointer, a message in the output language and a "did you
// mean" hint. Field titles in the schemas are bilingual ("Rubrik / Title"):
// a hint takes the half in the output language.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createProblem, labelValue, shownValue } from '../diagnostics/create.js';
import type { ProblemValue } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageKey } from '../i18n/catalog.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { suggest } from '../text/suggest.js';
import { klassaProblem } from './klassa.js';

/** Looks up the compiled validator of a schema file ('order.schema.json'). */
export type ValidatorLookup = (schemaFile: string) => ValidateFunction;

export interface SchemaValidator {
  /** Validate `data` against schema `name`; returns diagnostics (pointer set, no range) in `language` (default Swedish). */
  validate(name: string, data: unknown, file: string, language?: Language): Diagnostic[];
}

export function createSchemaValidator(lookup: ValidatorLookup): SchemaValidator {
  return {
    validate(name, data, file, language = DEFAULT_LANGUAGE) {
      const fn = lookup(name);
      if (fn(data)) return [];
      return translateErrors(fn.errors ?? [], file, language);
    },
  };
}

/** A value as a message shows it: text quoted, a list or a mapping by its label; `data` keeps a text as it is. */
function describeValue(value: unknown): ProblemValue {
  if (typeof value === 'string') return shownValue(`'${value.length > 60 ? value.slice(0, 57) + '...' : value}'`, value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return labelValue('validate.value.list', 'list');
  if (typeof value === 'object') return labelValue('validate.value.mapping', 'mapping');
  return String(value);
}

const TYPE_LABEL: Readonly<Record<string, MessageKey>> = {
  string: 'validate.type.string',
  number: 'validate.type.number',
  integer: 'validate.type.integer',
  boolean: 'validate.type.boolean',
  object: 'validate.type.object',
  array: 'validate.type.array',
  null: 'validate.type.null',
};

const FORMAT_LABEL: Readonly<Record<string, MessageKey>> = {
  date: 'validate.format.date',
  email: 'validate.format.email',
  uri: 'validate.format.uri',
};

/** A value of a small vocabulary by its label ('a list'), or as ajv named it when there is none ('string,number'). */
function labelled(labels: Readonly<Record<string, MessageKey>>, value: string): ProblemValue {
  const key = Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : undefined;
  return key ? labelValue(key, value) : value;
}

function fieldName(instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return parts.length ? parts[parts.length - 1]!.replace(/~1/g, '/').replace(/~0/g, '~') : 'record';
}

/** The schema's title in one language: titles are written "Svensk rubrik / English title". */
function titleOf(schema: unknown, language: Language): string | undefined {
  if (schema && typeof schema === 'object' && 'title' in schema) {
    const t = (schema as { title?: unknown }).title;
    if (typeof t !== 'string') return undefined;
    const halves = t.split(' / ');
    if (halves.length !== 2) return t;
    return (language === 'sv' ? halves[0] : halves[1])!.trim();
  }
  return undefined;
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function translateErrors(errors: readonly ErrorObject[], file: string, language: Language = DEFAULT_LANGUAGE): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // `if` only says "must match then"; the `then` branch reports what is missing.
    if (e.keyword === 'if') continue;
    const d = klassaProblem(e, file, language) ?? translateError(e, file, language);
    const key = `${d.rule}|${d.pointer}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

const COMPARISON: Record<string, string> = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' };

function translateError(e: ErrorObject, file: string, language: Language): Diagnostic {
  const field = fieldName(e.instancePath);
  const at = { file, pointer: e.instancePath };
  const params = e.params as Record<string, unknown>;
  // The parent is named when the problem is inside the record, not at its top.
  const inParent = e.instancePath !== '';
  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const title = titleOf(props?.[missing], language);
      const hint = title ? 'addTitled' : 'add';
      const data = { field: missing, ...(title ? { title } : {}) };
      return inParent
        ? createProblem(language, { id: 'schema/required', message: 'missingIn', data: { ...data, parent: field }, hint }, at)
        : createProblem(language, { id: 'schema/required', message: 'missing', data, hint }, at);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = suggest(extra, allowed);
      const data = { field: extra, ...(guess ? { suggestion: guess } : allowed.length ? { allowed: allowed.join(', ') } : {}) };
      const hint = guess ? 'didYouMean' : allowed.length ? 'allowed' : null;
      const where = { file, pointer: `${e.instancePath}/${escapeSegment(extra)}`, pointsToKey: true };
      return inParent
        ? createProblem(language, { id: 'schema/unknown-field', message: 'unknownIn', data: { ...data, parent: field }, hint }, where)
        : createProblem(language, { id: 'schema/unknown-field', message: 'unknown', data, hint }, where);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      const data = { value: describeValue(e.data), field, allowed: allowed.join(', '), ...(guess ? { suggestion: guess } : {}) };
      return createProblem(language, { id: 'schema/enum', message: 'notAllowed', data, hint: guess ? 'didYouMean' : 'allowed' }, at);
    }
    case 'const':
      return createProblem(language, { id: 'schema/enum', message: 'constant', data: { field, expected: describeValue(params.allowedValue) } }, at);
    case 'type':
      return createProblem(
        language,
        { id: 'schema/type', message: 'wrongType', data: { field, expected: labelled(TYPE_LABEL, String(params.type)), value: describeValue(e.data) } },
        at,
      );
    case 'pattern': {
      const pattern = String(params.pattern);
      if (field === 'id') {
        return createProblem(language, { id: 'schema/id-format', message: 'invalid', data: { value: describeValue(e.data), pattern }, hint: 'expected' }, at);
      }
      const title = titleOf(e.parentSchema, language);
      return createProblem(
        language,
        {
          id: 'schema/pattern',
          message: 'pattern',
          data: { value: describeValue(e.data), field, pattern, ...(title ? { title } : {}) },
          hint: title ? 'expectedTitled' : 'expected',
        },
        at,
      );
    }
    case 'propertyNames':
      return createProblem(
        language,
        { id: 'schema/pattern', message: 'key', data: { key: String(params.propertyName), field } },
        { file, pointer: `${e.instancePath}/${escapeSegment(String(params.propertyName))}`, pointsToKey: true },
      );
    case 'format': {
      const format = String(params.format);
      return createProblem(
        language,
        {
          id: 'schema/format',
          message: 'invalid',
          data: { value: describeValue(e.data), format: labelled(FORMAT_LABEL, format), field },
          hint: format === 'date' ? 'date' : null,
        },
        at,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return createProblem(
        language,
        {
          id: 'schema/range',
          message: 'outOfRange',
          data: { field, comparison: COMPARISON[e.keyword]!, limit: Number(params.limit), value: describeValue(e.data) },
        },
        at,
      );
    case 'uniqueItems':
      return createProblem(language, { id: 'schema/unique', message: 'duplicate', data: { field, first: Number(params.j), second: Number(params.i) } }, at);
    case 'minLength': {
      const limit = Number(params.limit);
      return limit === 1
        ? createProblem(language, { id: 'schema/min-length', message: 'empty', data: { field } }, at)
        : createProblem(language, { id: 'schema/min-length', message: 'tooShort', data: { field, limit } }, at);
    }
    case 'maxLength':
      return createProblem(language, { id: 'schema/max-length', message: 'tooLong', data: { field, limit: Number(params.limit) } }, at);
    case 'minItems':
      return createProblem(language, { id: 'schema/min-items', message: 'tooFew', data: { field, limit: Number(params.limit) } }, at);
    case 'minProperties':
      return createProblem(language, { id: 'schema/min-properties', message: 'tooFew', data: { field, limit: Number(params.limit) } }, at);
    case 'anyOf':
      return createProblem(language, { id: 'schema/any-of', message: 'noMatch', data: { field } }, at);
    default:
      return createProblem(language, { id: 'schema/invalid', message: 'invalid', data: { field, keyword: e.keyword } }, at);
  }
}
