// The kind registry: every record kind declared once. Loader, validator,
// reference checks, prompts and renderers all read from here.

export type KindName =
  | 'unit'
  | 'person'
  | 'role'
  | 'raci'
  | 'system'
  | 'service'
  | 'plan'
  | 'order'
  | 'decision'
  | 'contract'
  | 'direction'
  | 'maturity';

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

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const KINDS: readonly KindDefinition[] = [
  {
    name: 'unit',
    folder: 'units',
    schema: 'unit.schema.json',
    format: 'yaml',
    idPattern: SLUG,
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
    idPattern: SLUG,
    idExample: 'anna-exempelsson',
    titleField: 'name',
    references: [{ path: 'unit', target: 'unit' }],
  },
  {
    name: 'role',
    folder: 'roles',
    schema: 'role.schema.json',
    format: 'yaml',
    idPattern: SLUG,
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
    idPattern: SLUG,
    idExample: 'andringshantering',
    titleField: 'name',
    references: [{ path: 'activities/*/roles/{key}', target: 'role' }],
  },
  {
    name: 'system',
    folder: 'systems',
    schema: 'system.schema.json',
    format: 'yaml',
    idPattern: SLUG,
    idExample: 'ekonomisystem',
    titleField: 'name',
    references: [
      { path: 'unit', target: 'unit' },
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
    idPattern: SLUG,
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
    name: 'plan',
    folder: 'plans',
    schema: 'plan.schema.json',
    format: 'yaml',
    idPattern: /^[a-z0-9][a-z0-9-]{0,58}-[0-9]{4}$/,
    idExample: 'skolplattform-2027',
    titleField: 'name',
    references: [
      { path: 'systems/*', target: 'system' },
      { path: 'objectOwner', target: 'person' },
      { path: 'managementLeads/*', target: 'person' },
      { path: 'stakeholders/*', target: 'unit' },
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
    idPattern: /^ORD-[0-9]{6}-[0-9A-HJKMNP-TV-Z]{4}$/,
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
      { path: 'decision', target: 'decision' },
      { path: 'history/*/decision', target: 'decision' },
    ],
  },
  {
    name: 'decision',
    folder: 'decisions',
    schema: 'decision.schema.json',
    format: 'markdown',
    idPattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9][a-z0-9-]{0,53}$/,
    idExample: '2026-11-12-bit-november',
    titleField: 'title',
    references: [
      { path: 'deciders/*', target: 'person' },
      { path: 'consulted/*', target: 'person' },
      { path: 'informed/*', target: 'person' },
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
    idPattern: SLUG,
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
    idPattern: SLUG,
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
    idPattern: SLUG,
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
