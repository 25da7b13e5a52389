// The record schemas: they compile under ajv strict mode, document every field in
// Swedish and English, close every object, accept a minimal record of each kind and
// reject the typical mistakes. Also checks that the enum arrays in
// src/core/model/types.ts match the schemas' enums.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import * as types from '../src/core/model/types.js';
import { useAudienceKeyword } from '../src/core/schema/audience-keyword.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;

type Json = Record<string, unknown>;

const KINDS = ['unit', 'person', 'role', 'raci', 'system', 'service', 'object', 'plan', 'order', 'decision', 'contract', 'direction', 'maturity'] as const;
type Kind = (typeof KINDS)[number];
const SCHEMA_NAMES = [...KINDS, 'config'] as const;
type SchemaName = (typeof SCHEMA_NAMES)[number];

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const schemas = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, JSON.parse(readFileSync(`${schemaDir}${name}.schema.json`, 'utf8')) as Json])) as Record<
  SchemaName,
  Json
>;

/** The one place an object schema may keep additionalProperties open: the RACI role → letter map. */
const OPEN_MAPS: Partial<Record<SchemaName, string[]>> = {
  raci: ['/$defs/raciActivity/properties/roles'],
};

const ID_PATTERNS: Record<Kind, string> = {
  unit: '^[a-z0-9][a-z0-9-]*$',
  person: '^[a-z0-9][a-z0-9-]*$',
  role: '^[a-z0-9][a-z0-9-]*$',
  raci: '^[a-z0-9][a-z0-9-]*$',
  system: '^[a-z0-9][a-z0-9-]*$',
  service: '^[a-z0-9][a-z0-9-]*$',
  object: '^[a-z0-9][a-z0-9-]*$',
  contract: '^[a-z0-9][a-z0-9-]*$',
  direction: '^[a-z0-9][a-z0-9-]*$',
  maturity: '^[a-z0-9][a-z0-9-]*$',
  plan: '^[a-z0-9][a-z0-9-]*-[0-9]{4}$',
  order: '^ORD-[0-9]{6}-[0-9A-HJKMNP-TV-Z]{4}$',
  decision: '^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9][a-z0-9-]*$',
};

function newAjv(warnings: string[] = []): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    logger: { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args.join(' ')), error: (...args: unknown[]) => warnings.push(args.join(' ')) },
  });
  addFormats(ajv);
  useAudienceKeyword(ajv);
  return ajv;
}

const shared = newAjv();
for (const schema of Object.values(schemas)) shared.addSchema(schema);
function validator(name: SchemaName): ValidateFunction {
  const validate = shared.getSchema(`${name}.schema.json`);
  if (!validate) throw new Error(`schema ${name} not registered`);
  return validate;
}
function errorsOf(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validator(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object closed, every property (and map value) documented as "sv / en" and "sv\nen". */
function documentationProblems(schema: Json, openMaps: string[]): string[] {
  const problems: string[] = [];
  const checkDoc = (node: unknown, pointer: string) => {
    if (!isObject(node)) return problems.push(`${pointer}: not a schema object`);
    const { title, description } = node;
    const titleParts = typeof title === 'string' ? title.split(' / ') : [];
    if (titleParts.length !== 2 || titleParts.some((part) => part.trim() === '')) problems.push(`${pointer}: title must be "<sv> / <en>", got ${JSON.stringify(title)}`);
    const descParts = typeof description === 'string' ? description.split('\n') : [];
    if (descParts.length !== 2 || descParts.some((part) => part.trim() === ''))
      problems.push(`${pointer}: description must be "<sv>\\n<en>", got ${JSON.stringify(description)}`);
  };
  // Conditions (if/then/else, not) restate properties rather than declare them, so they are not walked.
  const visit = (node: unknown, pointer: string) => {
    if (!isObject(node)) return;
    if (node.type === 'object' && node.additionalProperties !== false && !openMaps.includes(pointer)) {
      problems.push(`${pointer}: object schema without additionalProperties: false`);
    }
    for (const [name, property] of Object.entries(isObject(node.properties) ? node.properties : {})) {
      checkDoc(property, `${pointer}/properties/${name}`);
      visit(property, `${pointer}/properties/${name}`);
    }
    for (const [pattern, value] of Object.entries(isObject(node.patternProperties) ? node.patternProperties : {})) {
      checkDoc(value, `${pointer}/patternProperties/${pattern}`);
      visit(value, `${pointer}/patternProperties/${pattern}`);
    }
    if (isObject(node.additionalProperties)) {
      checkDoc(node.additionalProperties, `${pointer}/additionalProperties`);
      visit(node.additionalProperties, `${pointer}/additionalProperties`);
    }
    if (isObject(node.items)) visit(node.items, `${pointer}/items`);
    for (const [name, def] of Object.entries(isObject(node.$defs) ? node.$defs : {})) visit(def, `${pointer}/$defs/${name}`);
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((branch, i) => visit(branch, `${pointer}/${keyword}/${i}`));
    }
  };
  visit(schema, '');
  return problems;
}

function collectEnums(node: unknown, found: unknown[][] = []): unknown[][] {
  if (Array.isArray(node)) node.forEach((child) => collectEnums(child, found));
  else if (isObject(node)) {
    if (Array.isArray(node.enum)) found.push(node.enum);
    Object.values(node).forEach((child) => collectEnums(child, found));
  }
  return found;
}

// ---------------------------------------------------------------- fixtures

const minimal: Record<SchemaName, Json> = {
  unit: { id: 'it-enheten', name: 'IT-enheten', kind: 'it-unit' },
  person: { id: 'anna-lindqvist', name: 'Anna Lindqvist', email: 'anna.lindqvist@exempelby.se' },
  role: { id: 'forandringsledare', name: 'Förändringsledare', level: 'tactical', side: 'ordering-function', staffing: 'vacant' },
  raci: {
    id: 'bestallning',
    name: 'Beställningsprocessen',
    activities: [{ id: 'bereda', name: 'Bereda beställning', roles: { forandringsledare: 'H', kravanalytiker: 'U' } }],
  },
  system: { id: 'ekonomisystem', name: 'Ekonomisystemet', businessArea: 'Ekonomi', lifecycle: 'production' },
  service: { id: 'e-post', name: 'E-post', area: 'Kommunikation', description: 'E-post och kalender för alla medarbetare.', status: 'active' },
  plan: { id: 'ekonomi-2025', name: 'Förvaltningsplan Ekonomi 2025', managedObject: 'ekonomi', year: 2025, status: 'draft', systems: ['ekonomisystem'] },
  order: {
    id: 'ORD-250312-7KQ2',
    title: 'Ny e-tjänst för skolskjuts',
    description: 'Vårdnadshavare ska kunna ansöka om skolskjuts digitalt.',
    orderer: 'anna-lindqvist',
    unit: 'barn-och-utbildning',
    type: 'project',
    status: 'received',
    created: '2025-03-12',
  },
  decision: { id: '2025-03-12-bit-mars', title: 'Beslutsråd IT mars 2025', date: '2025-03-12', forum: 'decision-council', status: 'accepted' },
  contract: { id: 'ekonomisystem-2021', number: '2021-0042', title: 'Ekonomisystem', supplier: 'Leverantören AB', start: '2021-01-01', initialTermMonths: 48 },
  direction: {
    id: 'it-inriktning-2025-2027',
    type: 'direction',
    title: 'IT-inriktning 2025–2027',
    period: { from: 2025, to: 2027 },
    goals: [{ id: 'M1', title: 'Tydlig styrning av IT' }],
  },
  object: { id: 'socialtjanst-system', name: 'Socialtjänstens verksamhetssystem' },
  maturity: { id: 'nulage-2025', title: 'Nuläge och börläge 2025', date: '2025-02-01', areas: [{ id: 'bestallning', name: 'Beställning', current: 20, target: 70 }] },
  config: { organisation: 'Exempelby kommun', language: 'sv', planningYear: 2025 },
};

/** A wrong value for one enum field of each kind (person, object and maturity have none; they get another error). */
const badValue: Record<SchemaName, [field: string, value: unknown, keyword: string]> = {
  unit: ['kind', 'förvaltning', 'enum'],
  person: ['email', 'inte-en-adress', 'format'],
  role: ['level', 'medium', 'enum'],
  raci: ['process', 'ordering-process', 'enum'],
  system: ['lifecycle', 'live', 'enum'],
  service: ['status', 'aktiv', 'enum'],
  object: ['managementLeads', 'anna-exempelsson', 'type'],
  plan: ['status', 'final', 'enum'],
  order: ['status', 'decided', 'enum'],
  decision: ['forum', 'BIT', 'enum'],
  contract: ['initialTermMonths', 0, 'minimum'],
  direction: ['type', 'strategy', 'enum'],
  maturity: ['date', '2025-02-30', 'format'],
  config: ['language', 'fi', 'enum'],
};

const badId: Record<Kind, string> = {
  unit: 'IT-enheten',
  person: 'anna lindqvist',
  role: '-forandringsledare',
  raci: 'beställning',
  system: 'Ekonomisystem',
  service: 'e_post',
  object: 'Socialtjänst',
  plan: 'ekonomi',
  order: 'ORD-250312-7KQI',
  decision: 'bit-mars-2025',
  contract: 'avtal/2021',
  direction: 'IT-inriktning',
  maturity: 'nuläge-2025',
};

// ---------------------------------------------------------------- tests

describe('schema files', () => {
  it('exist for every record kind and styr.yaml, and nothing else', () => {
    const files = readdirSync(schemaDir)
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(files).toEqual(SCHEMA_NAMES.map((name) => `${name}.schema.json`).sort());
  });

  it.each(SCHEMA_NAMES)('%s compiles with Ajv2020 in strict mode without warnings', (name) => {
    const warnings: string[] = [];
    const ajv = newAjv(warnings);
    expect(() => ajv.compile(schemas[name])).not.toThrow();
    expect(warnings).toEqual([]);
    expect(schemas[name].$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemas[name].$id).toBe(`${name}.schema.json`);
  });

  it.each(SCHEMA_NAMES)('%s closes every object and documents every property in Swedish and English', (name) => {
    const schema = schemas[name];
    const problems = documentationProblems(schema, OPEN_MAPS[name] ?? []);
    for (const keyword of ['title', 'description'] as const) if (typeof schema[keyword] !== 'string') problems.push(`top-level ${keyword} missing`);
    expect(problems).toEqual([]);
  });

  it.each(KINDS)("%s requires an id with the kind's pattern", (kind) => {
    const schema = schemas[kind] as { required: string[]; properties: { id: { type: string; pattern: string } } };
    expect(schema.required).toContain('id');
    expect(schema.properties.id.type).toBe('string');
    expect(schema.properties.id.pattern).toBe(ID_PATTERNS[kind]);
  });

  it('config has no id', () => {
    expect((schemas.config.properties as Json).id).toBeUndefined();
  });
});

describe('minimal and invalid records', () => {
  it.each(SCHEMA_NAMES)('%s: a minimal record is valid', (name) => {
    expect(errorsOf(name, minimal[name])).toEqual([]);
  });

  it.each(SCHEMA_NAMES)('%s: an unknown field is rejected', (name) => {
    const errors = errorsOf(name, { ...minimal[name], colour: 'blå' });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'colour' } }));
  });

  it.each(SCHEMA_NAMES)('%s: a bad value is rejected', (name) => {
    const [field, value, keyword] = badValue[name];
    const errors = errorsOf(name, { ...minimal[name], [field]: value });
    expect(errors).toContainEqual(expect.objectContaining({ keyword, instancePath: `/${field}` }));
  });

  it.each(KINDS)('%s: a malformed id is rejected', (kind) => {
    const errors = errorsOf(kind, { ...minimal[kind], id: badId[kind] });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'pattern', instancePath: '/id' }));
  });

  it.each(SCHEMA_NAMES)('%s: every required field is enforced', (name) => {
    for (const field of (schemas[name].required as string[]) ?? []) {
      const { [field]: _removed, ...rest } = minimal[name];
      expect(errorsOf(name, rest)).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: field } }));
    }
  });
});

describe('record details', () => {
  it('order has no score field: the score is computed', () => {
    expect(errorsOf('order', { ...minimal.order, score: 42 })).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties' }));
  });

  it('order ids use Crockford base32 after the date, upper case only', () => {
    for (const id of ['ORD-250312-0000', 'ORD-250312-ZZZZ', 'ORD-991231-HJKM']) expect(errorsOf('order', { ...minimal.order, id })).toEqual([]);
    for (const id of ['ORD-250312-7KQL', 'ORD-250312-7KQO', 'ORD-250312-7KQU', 'ORD-250312-7kq2', 'ORD-2503-7KQ2', 'ORD-250312-7KQ22']) {
      expect(errorsOf('order', { ...minimal.order, id })).not.toEqual([]);
    }
  });

  it('a fully described order is valid', () => {
    const order = {
      ...minimal.order,
      category: 'strategic',
      systems: ['skolskjuts', 'e-tjanstplattform'],
      team: 'utveckling',
      handler: 'erik-holm',
      wantedBy: '2025-08-01',
      goal: 'M2',
      legalRequirement: false,
      estimates: { benefit: 4, strategicFit: 5, riskIfNotDone: 2, riskIfDone: 2, costOneOff: 150000, costYearly: 20000, effortDays: 40, size: 'M' },
      dependsOn: ['ORD-250101-ABCD'],
      status: 'approved',
      decision: '2025-03-12-bit-mars',
      rationale: 'Stöder målet om digitala tjänster.',
      history: [
        { date: '2025-03-12', to: 'received', actor: 'erik-holm' },
        { date: '2025-03-20', from: 'received', to: 'in-preparation', actor: 'erik-holm', note: 'Bereds av kravanalytiker.' },
        { date: '2025-04-09', from: 'prepared', to: 'approved', actor: 'beslutsrad-it', decision: '2025-03-12-bit-mars' },
      ],
    };
    expect(errorsOf('order', order)).toEqual([]);
    expect(errorsOf('order', { ...order, estimates: { ...order.estimates, benefit: 6 } })).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/estimates/benefit' }),
    );
    expect(errorsOf('order', { ...order, dependsOn: ['ORD-250101-ABCD', 'ORD-250101-ABCD'] })).toContainEqual(expect.objectContaining({ keyword: 'uniqueItems' }));
    expect(errorsOf('order', { ...order, history: [{ date: '2025-03-12', to: 'archived', actor: 'x' }] })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/history/0/to' }),
    );
  });

  it('dates must be real calendar dates', () => {
    expect(errorsOf('order', { ...minimal.order, created: '2025-02-29' })).toContainEqual(expect.objectContaining({ keyword: 'format', instancePath: '/created' }));
    expect(errorsOf('order', { ...minimal.order, created: '2024-02-29' })).toEqual([]);
    expect(errorsOf('order', { ...minimal.order, created: '12/3/2025' })).not.toEqual([]);
  });

  it('raci roles map role ids to H, U, K or I', () => {
    const withRoles = (roles: Json) => ({ ...minimal.raci, activities: [{ id: 'bereda', name: 'Bereda', roles }] });
    expect(errorsOf('raci', withRoles({ forandringsledare: 'H', 'it-chef': 'I' }))).toEqual([]);
    expect(errorsOf('raci', withRoles({ forandringsledare: 'A' }))).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/activities/0/roles/forandringsledare' }),
    );
    expect(errorsOf('raci', withRoles({ Förändringsledare: 'H' }))).toContainEqual(expect.objectContaining({ keyword: 'pattern' }));
    expect(errorsOf('raci', withRoles({}))).toContainEqual(expect.objectContaining({ keyword: 'minProperties' }));
    expect(errorsOf('raci', { ...minimal.raci, activities: [] })).toContainEqual(expect.objectContaining({ keyword: 'minItems' }));
  });

  it('a fully described system is valid, and classification needs C, I and A', () => {
    const system = {
      ...minimal.system,
      description: 'Redovisning, budget och leverantörsreskontra.',
      unit: 'ekonomienheten',
      managedObject: 'ekonomi',
      owner: 'karin-berg',
      administrator: 'johan-ek',
      technicalContact: 'lisa-nord',
      supplier: 'Leverantören AB',
      product: 'Ekonomi Plus 7',
      contracts: ['ekonomisystem-2021'],
      hosting: 'municipal-platform',
      users: 250,
      personalData: true,
      migrated: false,
      classification: { confidentiality: 'moderate', integrity: 'serious', availability: 'significant', assessed: '2024-11-05' },
      documentation: [{ title: 'Driftdokumentation', url: 'https://intranat.exempelby.se/it/ekonomi' }],
      integrations: [{ target: 'lonesystem', direction: 'inbound', protocol: 'SFTP', format: 'CSV', data: 'Lönetransaktioner', frequency: 'monthly', status: 'active' }],
      internal: false,
      internalNote: 'Uppgradering planerad hösten 2025.',
    };
    expect(errorsOf('system', system)).toEqual([]);
    expect(errorsOf('system', { ...system, classification: { confidentiality: 'moderate', integrity: 'serious' } })).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'availability' } }),
    );
    expect(errorsOf('system', { ...system, documentation: [{ title: 'Manual', url: 'inte en länk' }] })).toContainEqual(expect.objectContaining({ keyword: 'format' }));
  });

  it('a fully described service with SLA and KPIs is valid', () => {
    const service = {
      ...minimal.service,
      audience: 'Alla medarbetare',
      departments: ['barn-och-utbildning'],
      owner: 'karin-berg',
      contacts: [{ person: 'lisa-nord', role: 'Frågor om behörighet' }],
      howToOrder: 'Beställs av chef via självservice.',
      systems: ['e-postsystem'],
      plan: 'e-post-2025',
      sla: {
        serviceHours: 'Vardagar 07.30–16.30',
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
        reviewDate: '2025-10-01',
        targets: [
          { priority: 1, kind: 'response', value: 30, unit: 'minutes' },
          { priority: 1, kind: 'availability', value: 99.5, unit: 'percent' },
        ],
      },
      kpis: [
        {
          id: 'losta-inom-tid',
          name: 'Andel ärenden lösta inom avtalad tid',
          unit: '%',
          direction: 'higher-is-better',
          target: 90,
          owner: 'karin-berg',
          frequency: 'quarterly',
          measurements: [
            { period: '2025-Q1', value: 87 },
            { period: '2025-04', value: 91 },
            { period: '2024', value: 85 },
          ],
        },
      ],
    };
    expect(errorsOf('service', service)).toEqual([]);
    expect(errorsOf('service', { ...service, sla: { targets: [{ priority: 5, kind: 'response', value: 1, unit: 'minutes' }] } })).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/sla/targets/0/priority' }),
    );
    expect(errorsOf('service', { ...service, kpis: [{ ...service.kpis[0], measurements: [{ period: '2025-Q5', value: 1 }] }] })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/kpis/0/measurements/0/period' }),
    );
  });

  it('a fully described management plan with continuity is valid', () => {
    const plan = {
      ...minimal.plan,
      status: 'approved',
      objectOwner: 'karin-berg',
      managementLeads: ['johan-ek', 'lisa-nord'],
      stakeholders: ['ekonomienheten'],
      goals: [{ text: 'Alla leverantörsfakturor hanteras digitalt.', goal: 'M2' }],
      budget: { total: 1000000, staff: 600000, operations: 200000, development: 200000 },
      activities: [{ name: 'Uppgradera till version 8', quarter: 'Q3', order: 'ORD-250312-7KQ2', cost: 120000 }],
      forums: ['Förvaltningsgrupp ekonomi'],
      releasePlan: 'Två releaser per år, i april och oktober.',
      risks: [{ description: 'Nyckelperson slutar.', likelihood: 'medium', impact: 'high', control: 'Dokumentera rutiner.', owner: 'johan-ek' }],
      approved: { by: 'karin-berg', date: '2025-01-15' },
      continuity: {
        scenarios: [{ type: 'it-outage', description: 'Systemet är nere en hel dag.', consequence: 'Fakturor betalas sent.', fallback: 'Manuell attest.' }],
        maxTolerableOutageHours: 48,
        recoveryTimeHours: 24,
        recoveryPointHours: 4,
        dependencies: ['Nätverk', 'Lönesystemet'],
        fallbackRoutine: 'Pappersblankett för brådskande betalningar.',
        recoveryRoutine: 'Återläs senaste säkerhetskopia.',
        returnToNormalRoutine: 'Efterregistrera manuella betalningar.',
        lastReviewed: '2025-01-10',
        lastExercised: '2024-05-20',
      },
    };
    expect(errorsOf('plan', plan)).toEqual([]);
    expect(errorsOf('plan', { ...plan, systems: [] })).toContainEqual(expect.objectContaining({ keyword: 'minItems', instancePath: '/systems' }));
    expect(errorsOf('plan', { ...plan, risks: [{ description: 'x', likelihood: 'likely' }] })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/risks/0/likelihood' }),
    );
    expect(errorsOf('plan', { ...plan, approved: { by: 'karin-berg' } })).toContainEqual(expect.objectContaining({ keyword: 'required', instancePath: '/approved' }));
  });

  it('a fully described contract with licences is valid', () => {
    const contract = {
      ...minimal.contract,
      procurementRef: 'KS 2020/123',
      unit: 'ekonomienheten',
      owner: 'karin-berg',
      renewal: { type: 'option', periodMonths: 12, maxRenewals: 2 },
      latestEnd: '2026-12-31',
      noticeMonths: 6,
      noticeDecision: { decision: '2025-03-12-bit-mars', outcome: 'renew', date: '2025-03-12' },
      systems: ['ekonomisystem'],
      yearlyCost: 450000,
      costAllocation: [
        { unit: 'ekonomienheten', share: 60 },
        { unit: 'barn-och-utbildning', share: 40 },
      ],
      dataProcessingAgreement: true,
      internal: false,
      licences: [{ product: 'Ekonomi Plus', metric: 'user', quantity: 250, used: 231, perpetual: false, endDate: '2026-12-31' }],
    };
    expect(errorsOf('contract', contract)).toEqual([]);
    expect(errorsOf('contract', { ...contract, costAllocation: [{ unit: 'ekonomienheten', share: 120 }] })).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/costAllocation/0/share' }),
    );
    expect(errorsOf('contract', { ...contract, licences: [{ product: 'X', metric: 'seat', quantity: 1 }] })).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/licences/0/metric' }),
    );
  });

  // Found by the fuzzer: a notice period of 2.28e123 months is an integer, and
  // the contract's date arithmetic never finished. Month counts have a ceiling.
  it('bounds every month count of a contract, so its dates can be computed', () => {
    for (const [field, max] of [
      ['noticeMonths', 120],
      ['initialTermMonths', 600],
    ] as const) {
      expect(errorsOf('contract', { ...minimal.contract, [field]: max })).toEqual([]);
      expect(errorsOf('contract', { ...minimal.contract, [field]: 2.2799709628092553e123 })).toContainEqual(
        expect.objectContaining({ keyword: 'maximum', instancePath: `/${field}` }),
      );
    }
    expect(errorsOf('contract', { ...minimal.contract, renewal: { type: 'automatic', periodMonths: 121 } })).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/renewal/periodMonths' }),
    );
  });

  it('a direction needs period and goals; a tactical plan needs year, direction and initiatives', () => {
    const { period: _period, goals: _goals, ...bareDirection } = minimal.direction;
    const directionErrors = errorsOf('direction', bareDirection);
    expect(directionErrors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'period' } }));
    expect(directionErrors).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'goals' } }));

    const tacticalPlan = {
      id: 'taktisk-plan-2025',
      type: 'tactical-plan',
      title: 'Taktisk plan 2025',
      decidedBy: 'Ledningsgruppen',
      decided: '2024-12-10',
      year: 2025,
      direction: 'it-inriktning-2025-2027',
      introduction: '## Inledning\n\nPlanen styr IT-enhetens arbete under 2025.',
      initiatives: [
        {
          id: 'infor-huki',
          title: 'Inför HUKI-matriser',
          area: 'raci',
          goal: 'M1',
          ownerRole: 'forandringsledare',
          quarters: ['Q1', 'Q2'],
          status: 'in-progress',
          orders: ['ORD-250312-7KQ2'],
        },
      ],
      kpis: [
        { name: 'Förvaltningar med IT-samordnare', target: 100, unit: '%', owner: 'it-chef' },
        { name: 'Beslutsrådsmöten', target: 'minst ett per månad' },
      ],
      risks: [{ description: 'Rekryteringen drar ut på tiden.', likelihood: 'high', impact: 'medium' }],
    };
    expect(errorsOf('direction', tacticalPlan)).toEqual([]);
    const { initiatives: _initiatives, ...withoutInitiatives } = tacticalPlan;
    expect(errorsOf('direction', withoutInitiatives)).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'initiatives' } }));
    expect(errorsOf('direction', { ...tacticalPlan, initiatives: [{ ...tacticalPlan.initiatives[0], quarters: ['Q1', 'Q1'] }] })).toContainEqual(
      expect.objectContaining({ keyword: 'uniqueItems' }),
    );
    expect(errorsOf('direction', { ...minimal.direction, goals: [{ id: 'm1', title: 'x' }] })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/goals/0/id' }),
    );
  });

  it('maturity values are percentages', () => {
    const area = { id: 'bestallning', name: 'Beställning', current: 20, target: 70 };
    expect(errorsOf('maturity', { ...minimal.maturity, areas: [{ ...area, current: 101 }] })).toContainEqual(
      expect.objectContaining({ keyword: 'maximum', instancePath: '/areas/0/current' }),
    );
    expect(errorsOf('maturity', { ...minimal.maturity, areas: [{ ...area, target: -1 }] })).toContainEqual(
      expect.objectContaining({ keyword: 'minimum', instancePath: '/areas/0/target' }),
    );
  });

  it('a full styr.yaml is valid; rule ids, statuses and capacities are checked', () => {
    const config = {
      ...minimal.config,
      currency: 'SEK',
      teams: [{ id: 'utveckling', name: 'Utveckling', capacity: { Q1: 120, Q2: 110, Q3: 60, Q4: 115 } }],
      weights: { benefit: 3, strategicFit: 2, riskIfNotDone: 2, cost: 1, effort: 1 },
      statusLimits: { received: 14, 'in-preparation': 30, prepared: 45 },
      noticeLeadDays: 120,
      continuityReviewMonths: 12,
      continuityExerciseMonths: 24,
      rules: { 'raci/single-accountable': 'error', 'order/status-age': 'warning', 'plan/continuity-stale': 'off' },
      councilMeetings: ['2025-01-15', '2025-02-12'],
    };
    expect(errorsOf('config', config)).toEqual([]);
    expect(errorsOf('config', { ...config, rules: { 'raci/single-accountable': 'info' } })).toContainEqual(expect.objectContaining({ keyword: 'enum' }));
    expect(errorsOf('config', { ...config, rules: { SingleAccountable: 'error' } })).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/rules' }),
    );
    expect(errorsOf('config', { ...config, statusLimits: { decided: 10 } })).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/statusLimits' }),
    );
    expect(errorsOf('config', { ...config, statusLimits: { received: 0 } })).toContainEqual(expect.objectContaining({ keyword: 'minimum' }));
    expect(errorsOf('config', { ...config, teams: [{ id: 'drift', name: 'Drift', capacity: { Q1: 10, Q2: 10, Q3: 10 } }] })).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'Q4' } }),
    );
  });
});

describe('types.ts enum arrays', () => {
  const exportedArrays = Object.entries(types as Record<string, unknown>).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

  it('every enum in the schemas has a matching exported const array', () => {
    const missing = Object.entries(schemas).flatMap(([name, schema]) =>
      collectEnums(schema)
        .filter((values) => !exportedArrays.some(([, exported]) => JSON.stringify(exported) === JSON.stringify(values)))
        .map((values) => `${name}: ${JSON.stringify(values)}`),
    );
    expect(missing).toEqual([]);
  });

  it('every exported const array is an enum of some schema', () => {
    const allEnums = Object.values(schemas).flatMap((schema) => collectEnums(schema).map((values) => JSON.stringify(values)));
    const unused = exportedArrays.filter(([, values]) => !allEnums.includes(JSON.stringify(values))).map(([name]) => name);
    expect(unused).toEqual([]);
  });

  it('order statuses in styr.yaml statusLimits are exactly ORDER_STATUSES', () => {
    const statusLimits = (schemas.config.properties as Record<string, { properties: Json }>).statusLimits!;
    expect(Object.keys(statusLimits.properties)).toEqual([...types.ORDER_STATUSES]);
  });
});
