// The kind registry: every record kind declared once. Loader, validator,
// reference checks, prompts and renderers all read from here.
import { ID_PATTERNS } from './generated/id-patterns.js';

export type KindName = 'unit' | 'person' | 'role' | 'raci' | 'system' | 'service' | 'object' | 'plan' | 'order' | 'decision' | 'contract' | 'direction' | 'maturity';

/** Things a reference can point at: a record kind, a goal inside a direction, a team in styr.yaml. */
export type RefTarget = KindName | 'goal' | 'team';

export interface ReferenceField {
  /**
   * Path into the record: segments separated by '/'; '*' walks every array
   * item, '{key}' takes every key of a map as the reference itself.
   */
  path: string;
  target: RefTarget;
}

export interface KindDefinition {
  name: KindName;
  folder: string;
  /** File in schemas/. */
  schema: string;
  /** 'markdown' records keep YAML front matter and a body. */
  format: 'yaml' | 'markdown';
  idPattern: RegExp;
  /** A human example of the id, used in hints. */
  idExample: string;
  /** Field shown as the record's name. */
  titleField: string;
  references: readonly ReferenceField[];
}

/**
 * A kind's id pattern as its schema declares it (generated from `properties.id`).
 * A maximum length becomes a lookahead, so that one RegExp checks both; the `u`
 * flag counts characters as ajv does.
 */
function schemaIdPattern(kind: KindName): RegExp {
  const spec: { pattern: string; maxLength?: number } = ID_PATTERNS[kind];
  return new RegExp(spec.maxLength === undefined ? spec.pattern : `(?=^[\\s\\S]{0,${spec.maxLength}}$)${spec.pattern}`, 'u');
}

export const KINDS: readonly KindDefinition[] = [
  {
    name: 'unit',
    folder: 'units',
    schema: 'unit.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('unit'),
    idExample: 'socialforvaltningen',
    titleField: 'name',
    references: [
      { path: 'manager', target: 'person' },
      { path: 'parent', target: 'unit' },
      { path: 'orderers/*', target: 'person' },
      { path: 'itContact', target: 'person' },
    ],
  },
  {
    name: 'person',
    folder: 'people',
    schema: 'person.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('person'),
    idExample: 'anna-exempelsson',
    titleField: 'name',
    references: [{ path: 'unit', target: 'unit' }],
  },
  {
    name: 'role',
    folder: 'roles',
    schema: 'role.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('role'),
    idExample: 'it-arkitekt',
    titleField: 'name',
    references: [
      { path: 'unit', target: 'unit' },
      { path: 'reportsTo', target: 'role' },
      { path: 'holders/*', target: 'person' },
      { path: 'deputy', target: 'person' },
    ],
  },
  {
    name: 'raci',
    folder: 'raci',
    schema: 'raci.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('raci'),
    idExample: 'andringshantering',
    titleField: 'name',
    references: [{ path: 'activities/*/roles/{key}', target: 'role' }],
  },
  {
    name: 'system',
    folder: 'systems',
    schema: 'system.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('system'),
    idExample: 'ekonomisystem',
    titleField: 'name',
    references: [
      { path: 'unit', target: 'unit' },
      { path: 'managedObject', target: 'object' },
      { path: 'owner', target: 'person' },
      { path: 'administrator', target: 'person' },
      { path: 'technicalContact', target: 'person' },
      { path: 'contracts/*', target: 'contract' },
      { path: 'integrations/*/target', target: 'system' },
    ],
  },
  {
    name: 'service',
    folder: 'services',
    schema: 'service.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('service'),
    idExample: 'e-post',
    titleField: 'name',
    references: [
      { path: 'departments/*', target: 'unit' },
      { path: 'owner', target: 'person' },
      { path: 'contacts/*/person', target: 'person' },
      { path: 'systems/*', target: 'system' },
      { path: 'plan', target: 'plan' },
      { path: 'kpis/*/owner', target: 'person' },
    ],
  },
  {
    name: 'object',
    folder: 'objects',
    schema: 'object.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('object'),
    idExample: 'socialtjanst-system',
    titleField: 'name',
    references: [
      { path: 'objectOwner', target: 'person' },
      { path: 'managementLeads/*', target: 'person' },
      { path: 'units/*', target: 'unit' },
    ],
  },
  {
    name: 'plan',
    folder: 'plans',
    schema: 'plan.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('plan'),
    idExample: 'skolplattform-2027',
    titleField: 'name',
    references: [
      { path: 'managedObject', target: 'object' },
      { path: 'systems/*', target: 'system' },
      { path: 'objectOwner', target: 'person' },
      { path: 'managementLeads/*', target: 'person' },
      { path: 'stakeholders/*', target: 'unit' },
      { path: 'costAllocation/*/unit', target: 'unit' },
      { path: 'goals/*/goal', target: 'goal' },
      { path: 'activities/*/order', target: 'order' },
      { path: 'risks/*/owner', target: 'person' },
      { path: 'approved/by', target: 'person' },
    ],
  },
  {
    name: 'order',
    folder: 'orders',
    schema: 'order.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('order'),
    idExample: 'ORD-261128-7KQ2',
    titleField: 'title',
    references: [
      { path: 'orderer', target: 'person' },
      { path: 'unit', target: 'unit' },
      { path: 'systems/*', target: 'system' },
      { path: 'team', target: 'team' },
      { path: 'handler', target: 'person' },
      { path: 'goal', target: 'goal' },
      { path: 'dependsOn/*', target: 'order' },
      { path: 'financing/unit', target: 'unit' },
      { path: 'yearlyFinancing/unit', target: 'unit' },
      { path: 'decision', target: 'decision' },
      { path: 'history/*/decision', target: 'decision' },
      { path: 'reviews/*/by', target: 'person' },
      { path: 'benefitFollowUp/by', target: 'person' },
    ],
  },
  {
    name: 'decision',
    folder: 'decisions',
    schema: 'decision.schema.json',
    format: 'markdown',
    idPattern: schemaIdPattern('decision'),
    idExample: '2026-11-12-bit-november',
    titleField: 'title',
    references: [
      { path: 'deciders/*', target: 'person' },
      { path: 'consulted/*', target: 'person' },
      { path: 'informed/*', target: 'person' },
      { path: 'chair', target: 'person' },
      { path: 'attendees/*', target: 'person' },
      { path: 'orders/*/order', target: 'order' },
      { path: 'supersedes/*', target: 'decision' },
      { path: 'supersededBy', target: 'decision' },
    ],
  },
  {
    name: 'contract',
    folder: 'contracts',
    schema: 'contract.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('contract'),
    idExample: 'avtal-ekonomisystem',
    titleField: 'title',
    references: [
      { path: 'unit', target: 'unit' },
      { path: 'owner', target: 'person' },
      { path: 'noticeDecision/decision', target: 'decision' },
      { path: 'systems/*', target: 'system' },
      { path: 'costAllocation/*/unit', target: 'unit' },
    ],
  },
  {
    name: 'direction',
    folder: 'strategy',
    schema: 'direction.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('direction'),
    idExample: 'it-inriktning-2026-2028',
    titleField: 'title',
    references: [
      { path: 'direction', target: 'direction' },
      { path: 'initiatives/*/goal', target: 'goal' },
      { path: 'initiatives/*/ownerRole', target: 'role' },
      { path: 'initiatives/*/orders/*', target: 'order' },
      { path: 'kpis/*/owner', target: 'role' },
      { path: 'risks/*/owner', target: 'person' },
    ],
  },
  {
    name: 'maturity',
    folder: 'maturity',
    schema: 'maturity.schema.json',
    format: 'yaml',
    idPattern: schemaIdPattern('maturity'),
    idExample: 'mognad-2026-03',
    titleField: 'title',
    references: [{ path: 'assessedBy', target: 'person' }],
  },
];

const BY_NAME = new Map<KindName, KindDefinition>(KINDS.map((k) => [k.name, k]));
const BY_FOLDER = new Map<string, KindDefinition>(KINDS.map((k) => [k.folder, k]));

export function kindByName(name: KindName): KindDefinition {
  const kind = BY_NAME.get(name);
  if (!kind) throw new Error(`unknown kind ${name}`);
  return kind;
}

export function findKind(name: string): KindDefinition | undefined {
  return BY_NAME.get(name as KindName);
}

export function kindForFolder(folder: string): KindDefinition | undefined {
  return BY_FOLDER.get(folder);
}

export const KIND_NAMES: readonly KindName[] = KINDS.map((k) => k.name);

export const CONFIG_FILE = 'styr.yaml';
export const CONFIG_SCHEMA = 'config.schema.json';

/** File extensions a kind's records may have. */
export function recordExtensions(kind: KindDefinition): readonly string[] {
  return kind.format === 'markdown' ? ['.md'] : ['.yaml', '.yml'];
}
