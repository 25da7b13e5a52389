// discover → parse → validate → model. Pure: takes file contents, returns the
// model and every problem found, never stopping at the first.
import { createProblem, labelValue, messageValues } from '../diagnostics/create.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { ID_LABEL } from '../diagnostics/problems.js';
import { sortDiagnostics, toPointer } from '../diagnostics/diagnostic.js';
import { isMessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language.js';
import { CONFIG_FILE, CONFIG_SCHEMA, kindForFolder, recordExtensions } from '../kinds/registry.js';
import type { KindDefinition, KindName } from '../kinds/registry.js';
import { checkReferences } from '../model/references.js';
import { audienceConfigProblems } from './audience-config.js';
import { emptyRecords, resolveConfig } from '../model/repository.js';
import type { LoadedRecord, RepositoryModel } from '../model/repository.js';
import type { Direction, StyrConfig } from '../model/types.js';
import { ALL_RULES, isConfigurableRule } from '../rules/index.js';
import { ruleHintKey, ruleMessageKey } from '../rules/rule.js';
import type { Finding, Rule, RuleContext } from '../rules/rule.js';
import type { SchemaValidator } from '../schema/validate-schema.js';
import { parseSource } from '../source/parse.js';
import type { ParsedSource, SourceFile } from '../source/parse.js';
import { createLocator } from '../source/positions.js';
import { suggest } from '../text/suggest.js';

export interface RepositoryInput {
  /** styr.yaml, if the folder has one. */
  config?: SourceFile;
  /** Record files, paths relative to the data folder ('orders/ORD-….yaml'). */
  files: readonly SourceFile[];
  /** Entries of the record folders that are symbolic links: not read, reported. */
  links?: readonly string[];
}

export interface LoadOptions {
  validator: SchemaValidator;
  /** YYYY-MM-DD */
  today: string;
  /** Run the rules (default true). */
  rules?: boolean;
  /** The language of the diagnostics' messages; by default styr.yaml's (Swedish when it is missing or broken). */
  language?: Language;
  /** The schemas by file name, read only when styr.yaml sets `audience.fields` (whose keys name schema fields). */
  schemas?: () => ReadonlyMap<string, object>;
}

export interface LoadResult {
  model: RepositoryModel;
  diagnostics: Diagnostic[];
  sources: Map<string, ParsedSource>;
  /** The language the diagnostics are written in. */
  language: Language;
}

function baseName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function extension(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot).toLowerCase() : '';
}

/** Files in record folders that are not records and are skipped silently. */
function isIgnorable(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.startsWith('.') || /^readme(\.[a-z]+)?$/i.test(file);
}

export function loadRepository(input: RepositoryInput, options: LoadOptions): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, ParsedSource>();
  const { validator } = options;

  // Configuration first: the language, rules and references (teams) depend on it.
  let rawConfig: StyrConfig | undefined;
  let language: Language = options.language ?? DEFAULT_LANGUAGE;
  if (!input.config) {
    diagnostics.push(
      createProblem(language, { id: 'repo/missing-config', message: 'missing', data: { file: CONFIG_FILE } }, { file: CONFIG_FILE, range: { line: 1, column: 1 } }),
    );
  } else {
    const parsed = parseSource(input.config, 'yaml', language);
    if (!parsed.ok) diagnostics.push(parsed.diagnostic);
    else {
      sources.set(CONFIG_FILE, parsed.source);
      const declared = (parsed.source.data as { language?: unknown }).language;
      const configLanguage = options.language ?? (isLanguage(declared) ? declared : DEFAULT_LANGUAGE);
      let problems = validator.validate(CONFIG_SCHEMA, parsed.source.data, CONFIG_FILE, configLanguage);
      if (problems.length === 0) {
        rawConfig = parsed.source.data as StyrConfig;
        language = configLanguage;
      } else if (configLanguage !== language) {
        // A broken styr.yaml does not set the language: its own problems are in Swedish too.
        problems = validator.validate(CONFIG_SCHEMA, parsed.source.data, CONFIG_FILE, language);
      }
      diagnostics.push(...problems);
    }
  }
  const config = resolveConfig(rawConfig, Number(options.today.slice(0, 4)));
  if (rawConfig?.audience?.fields && options.schemas) diagnostics.push(...audienceConfigProblems(rawConfig, options.schemas(), language));

  const model: RepositoryModel = { config, records: emptyRecords(), goals: new Map(), fileCount: 0 };
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstFileOfId = new Map<string, string>();

  for (const file of files) {
    const folder = file.path.split('/')[0] ?? '';
    const kind = kindForFolder(folder);
    if (!kind || isIgnorable(file.path)) continue;
    if (!recordExtensions(kind).includes(extension(file.path))) {
      diagnostics.push(
        createProblem(
          language,
          {
            id: 'repo/unexpected-file',
            message: kind.format === 'markdown' ? 'notMarkdown' : 'notYaml',
            data: { file: file.path, folder: kind.folder, extensions: recordExtensions(kind).join(', ') },
            hint: 'extensions',
          },
          { file: file.path, range: { line: 1, column: 1 } },
        ),
      );
      continue;
    }
    model.fileCount++;
    const parsed = parseSource(file, kind.format, language);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      continue;
    }
    sources.set(file.path, parsed.source);
    addRecord(model, kind, parsed.source, validator, diagnostics, firstFileOfId, language);
  }

  for (const link of input.links ?? []) {
    if (isIgnorable(link)) continue;
    diagnostics.push(createProblem(language, { id: 'repo/symbolic-link', message: 'link', data: { file: link } }, { file: link, range: { line: 1, column: 1 } }));
  }

  indexGoals(model, diagnostics, language);
  diagnostics.push(...configureReferenceSeverity(checkReferences(model, language), model.config));
  if (options.rules !== false) diagnostics.push(...runRules(model, options.today, language));
  applyRanges(diagnostics, sources);
  return { model, diagnostics: sortDiagnostics(diagnostics.map(stripInternal)), sources, language };
}

function stripInternal(d: Diagnostic): Diagnostic {
  if (!('pointsToKey' in d)) return d;
  const { pointsToKey: _ignored, ...rest } = d;
  return rest;
}

function addRecord(
  model: RepositoryModel,
  kind: KindDefinition,
  source: ParsedSource,
  validator: SchemaValidator,
  diagnostics: Diagnostic[],
  firstFileOfId: Map<string, string>,
  language: Language,
): void {
  const problems = validator.validate(kind.schema, source.data, source.path, language);
  diagnostics.push(...problems);
  // The file name is the record's identity: references resolve against it even
  // when the id field is wrong or missing, so one typo does not cascade.
  const id = baseName(source.path);
  const declared = (source.data as Record<string, unknown>).id;
  if (typeof declared === 'string' && declared !== id) {
    const renamable = kind.idPattern.test(declared);
    diagnostics.push(
      createProblem(
        language,
        {
          id: 'repo/id-mismatch',
          message: 'mismatch',
          data: { declared, expected: id, ...(renamable ? { file: `${declared}${recordExtensions(kind)[0]}` } : {}) },
          hint: renamable ? 'rename' : 'setId',
        },
        { file: source.path, pointer: '/id' },
      ),
    );
  }
  const key = `${kind.name}:${id}`;
  const first = firstFileOfId.get(key);
  if (first !== undefined) {
    diagnostics.push(
      createProblem(
        language,
        { id: 'repo/duplicate-id', message: 'duplicate', data: { kind: labelValue(ID_LABEL[kind.name], kind.name), id, first } },
        { file: source.path, pointer: '/id' },
      ),
    );
    return;
  }
  firstFileOfId.set(key, source.path);
  const record: LoadedRecord = {
    kind: kind.name,
    id,
    file: source.path,
    data: source.data as never,
    // A file name that is not a valid id (`x](javascript:…).yaml`) is reported above as an id
    // mismatch; the record is not valid, so no page path or link is ever made from it.
    valid: problems.length === 0 && kind.idPattern.test(id),
  };
  if (source.body !== undefined) record.body = source.body;
  (model.records[kind.name] as Map<string, LoadedRecord>).set(id, record);
}

function indexGoals(model: RepositoryModel, diagnostics: Diagnostic[], language: Language): void {
  for (const rec of model.records.direction.values()) {
    if (!rec.valid) continue;
    const direction = rec.data as Direction;
    (direction.goals ?? []).forEach((goal, index) => {
      const existing = model.goals.get(goal.id);
      if (existing) {
        diagnostics.push(
          createProblem(
            language,
            { id: 'direction/duplicate-goal', message: 'duplicate', data: { id: goal.id, first: existing.direction.file } },
            { file: rec.file, pointer: toPointer(['goals', index, 'id']) },
          ),
        );
        return;
      }
      model.goals.set(goal.id, { goal, direction: rec, index });
    });
  }
}

/** Reference problems are errors unless styr.yaml lowers (or switches off) one ref/* rule. */
function configureReferenceSeverity(found: Diagnostic[], config: RepositoryModel['config']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of found) {
    const level = config.rules?.[d.rule];
    if (level === 'off') continue;
    out.push(level ? { ...d, severity: level } : d);
  }
  return out;
}

export function effectiveSeverity(rule: Rule, config: RepositoryModel['config']): Severity | 'off' {
  return config.rules?.[rule.id] ?? rule.severity;
}

function runRules(model: RepositoryModel, today: string, language: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const configured = model.config.rules ?? {};
  const known = new Set(ALL_RULES.map((r) => r.id));
  for (const [ruleId, level] of Object.entries(configured)) {
    if (!isConfigurableRule(ruleId)) {
      out.push(
        createProblem(
          language,
          { id: 'config/rule-not-configurable', message: 'notConfigurable', data: { rule: ruleId, level } },
          { file: CONFIG_FILE, pointer: toPointer(['rules', ruleId]), pointsToKey: true },
        ),
      );
    } else if (!known.has(ruleId) && !ruleId.startsWith('ref/')) {
      const guess = suggest(ruleId, known);
      out.push(
        createProblem(
          language,
          { id: 'config/unknown-rule', message: 'unknown', data: { rule: ruleId, ...(guess ? { suggestion: guess } : {}) }, hint: guess ? 'didYouMean' : 'list' },
          { file: CONFIG_FILE, pointer: toPointer(['rules', ruleId]), pointsToKey: true },
        ),
      );
    }
  }
  for (const rule of ALL_RULES) {
    const severity = effectiveSeverity(rule, model.config);
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      model,
      today,
      report(finding) {
        out.push(ruleDiagnostic(rule, finding, configured[rule.id] ? severity : (finding.severity ?? severity), language));
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      out.push(
        createProblem(
          language,
          { id: 'internal/rule-failed', message: 'failed', data: { rule: rule.id, detail: error instanceof Error ? error.message : String(error) } },
          { file: CONFIG_FILE },
        ),
      );
    }
  }
  return out;
}

/**
 * A rule's finding as a Diagnostic: the message and hint in the output language
 * from the catalogue (`rule.<id>.<message>`, `….hint`); `data` keeps the values
 * (an enum's value, not its label) for machine-readable output.
 */
function ruleDiagnostic(rule: Rule, finding: Finding, severity: Severity, language: Language): Diagnostic {
  const at = finding.at ?? '';
  const messageId = ruleMessageKey(rule.id, finding.messageId);
  const { data, values } = messageValues(language, finding.data ?? {});
  const d: Diagnostic = {
    rule: rule.id,
    severity,
    messageId,
    data,
    message: translateRuleText(language, messageId, values),
    file: finding.record.file,
    pointer: typeof at === 'string' ? at : toPointer(at),
  };
  if (rule.hints[finding.messageId]) d.hint = translateRuleText(language, ruleHintKey(rule.id, finding.messageId), values);
  return d;
}

function translateRuleText(language: Language, key: string, values: Record<string, string | number>): string {
  // Every declared message has a key in both languages (rules.test.ts checks it).
  return isMessageKey(key) ? translate(language, key, values) : key;
}

function applyRanges(diagnostics: Diagnostic[], sources: Map<string, ParsedSource>): void {
  const locators = new Map<string, ReturnType<typeof createLocator>>();
  for (const d of diagnostics) {
    if (d.range) continue;
    const source = sources.get(d.file);
    if (!source) {
      d.range = { line: 1, column: 1 };
      continue;
    }
    let locator = locators.get(d.file);
    if (!locator) {
      locator = createLocator(source.yamlText, source.yamlLineOffset);
      locators.set(d.file, locator);
    }
    d.range = locator.locate(d.pointer, d.pointsToKey === true);
  }
}

export type { KindName };
