// discover → parse → validate → model. Pure: takes file contents, returns the
// model and every problem found, never stopping at the first.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { sortDiagnostics, toPointer } from '../diagnostics/diagnostic.js';
import { isMessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import { CONFIG_FILE, CONFIG_SCHEMA, kindForFolder, recordExtensions } from '../kinds/registry.js';
import type { KindDefinition, KindName } from '../kinds/registry.js';
import { checkReferences } from '../model/references.js';
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
}

export interface LoadOptions {
  validator: SchemaValidator;
  /** YYYY-MM-DD */
  today: string;
  /** Run the rules (default true). */
  rules?: boolean;
}

export interface LoadResult {
  model: RepositoryModel;
  diagnostics: Diagnostic[];
  sources: Map<string, ParsedSource>;
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

  // Configuration first: rules and references (teams) depend on it.
  let rawConfig: StyrConfig | undefined;
  if (!input.config) {
    diagnostics.push({
      rule: 'repo/missing-config',
      severity: 'error',
      message: `no ${CONFIG_FILE} in the data folder`,
      file: CONFIG_FILE,
      pointer: '',
      range: { line: 1, column: 1 },
      hint: 'Create styr.yaml with organisation, language and planningYear (styr init makes one).',
    });
  } else {
    const parsed = parseSource(input.config, 'yaml');
    if (!parsed.ok) diagnostics.push(parsed.diagnostic);
    else {
      sources.set(CONFIG_FILE, parsed.source);
      const problems = validator.validate(CONFIG_SCHEMA, parsed.source.data, CONFIG_FILE);
      diagnostics.push(...problems);
      if (problems.length === 0) rawConfig = parsed.source.data as StyrConfig;
    }
  }
  const config = resolveConfig(rawConfig, Number(options.today.slice(0, 4)));

  const model: RepositoryModel = { config, records: emptyRecords(), goals: new Map(), fileCount: 0 };
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstFileOfId = new Map<string, string>();

  for (const file of files) {
    const folder = file.path.split('/')[0] ?? '';
    const kind = kindForFolder(folder);
    if (!kind || isIgnorable(file.path)) continue;
    if (!recordExtensions(kind).includes(extension(file.path))) {
      diagnostics.push({
        rule: 'repo/unexpected-file',
        severity: 'warning',
        message: `'${file.path}' is not a ${kind.format === 'markdown' ? 'Markdown (.md)' : 'YAML (.yaml)'} file and is not read`,
        file: file.path,
        pointer: '',
        range: { line: 1, column: 1 },
        hint: `Records in ${kind.folder}/ end in ${recordExtensions(kind).join(' or ')}.`,
      });
      continue;
    }
    model.fileCount++;
    const parsed = parseSource(file, kind.format);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      continue;
    }
    sources.set(file.path, parsed.source);
    addRecord(model, kind, parsed.source, validator, diagnostics, firstFileOfId);
  }

  indexGoals(model, diagnostics);
  diagnostics.push(...configureReferenceSeverity(checkReferences(model), model.config));
  if (options.rules !== false) diagnostics.push(...runRules(model, options.today, model.config.language));
  applyRanges(diagnostics, sources);
  return { model, diagnostics: sortDiagnostics(diagnostics.map(stripInternal)), sources };
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
): void {
  const problems = validator.validate(kind.schema, source.data, source.path);
  diagnostics.push(...problems);
  // The file name is the record's identity: references resolve against it even
  // when the id field is wrong or missing, so one typo does not cascade.
  const id = baseName(source.path);
  const declared = (source.data as Record<string, unknown>).id;
  if (typeof declared === 'string' && declared !== id) {
    diagnostics.push({
      rule: 'repo/id-mismatch',
      severity: 'error',
      message: `id '${declared}' does not match the file name '${id}'`,
      file: source.path,
      pointer: '/id',
      hint: kind.idPattern.test(declared)
        ? `Rename the file to '${declared}${recordExtensions(kind)[0]}' or set id to '${id}'.`
        : `Set id to '${id}'.`,
    });
  }
  const key = `${kind.name}:${id}`;
  const first = firstFileOfId.get(key);
  if (first !== undefined) {
    diagnostics.push({
      rule: 'repo/duplicate-id',
      severity: 'error',
      message: `${translate('en', `kind.${kind.name}` as const)} id '${id}' is already used by ${first}`,
      file: source.path,
      pointer: '/id',
      hint: 'Ids must be unique within a kind; give this record a new id (styr new makes collision-free order ids).',
    });
    return;
  }
  firstFileOfId.set(key, source.path);
  const record: LoadedRecord = {
    kind: kind.name,
    id,
    file: source.path,
    data: source.data as never,
    valid: problems.length === 0,
  };
  if (source.body !== undefined) record.body = source.body;
  (model.records[kind.name] as Map<string, LoadedRecord>).set(id, record);
}

function indexGoals(model: RepositoryModel, diagnostics: Diagnostic[]): void {
  for (const rec of model.records.direction.values()) {
    if (!rec.valid) continue;
    const direction = rec.data as Direction;
    (direction.goals ?? []).forEach((goal, index) => {
      const existing = model.goals.get(goal.id);
      if (existing) {
        diagnostics.push({
          rule: 'direction/duplicate-goal',
          severity: 'error',
          message: `goal id '${goal.id}' is already defined in ${existing.direction.file}`,
          file: rec.file,
          pointer: toPointer(['goals', index, 'id']),
          hint: 'Goal ids are referenced from orders, plans and initiatives, so they must be unique.',
        });
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
      out.push({
        rule: 'config/rule-not-configurable',
        severity: 'warning',
        message: `'${ruleId}' cannot be set to '${level}': parse, schema and repository structure problems are always errors`,
        file: CONFIG_FILE,
        pointer: toPointer(['rules', ruleId]),
        pointsToKey: true,
      });
    } else if (!known.has(ruleId) && !ruleId.startsWith('ref/')) {
      const guess = suggest(ruleId, known);
      out.push({
        rule: 'config/unknown-rule',
        severity: 'warning',
        message: `unknown rule '${ruleId}' in styr.yaml`,
        file: CONFIG_FILE,
        pointer: toPointer(['rules', ruleId]),
        hint: guess ? `Did you mean '${guess}'?` : 'styr validate --explain lists the rules.',
        pointsToKey: true,
      });
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
      out.push({
        rule: 'internal/rule-failed',
        severity: 'error',
        message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        file: CONFIG_FILE,
        pointer: '',
        hint: 'This is a bug in styr; please report it with the record that triggers it.',
      });
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
  const data: Record<string, string | number> = {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.data ?? {})) {
    if (typeof value === 'object') {
      const key = `${value.group}.${value.value}`;
      data[name] = value.value;
      values[name] = isMessageKey(key) ? translate(language, key) : value.value;
    } else {
      data[name] = value;
      values[name] = value;
    }
  }
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
