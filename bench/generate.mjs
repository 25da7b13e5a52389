#!/usr/bin/env node
// Writes a valid synthetic governance repository for the benchmark:
//   npm run bench:generate -- --out DIR --orders N [--today YYYY-MM-DD]
// N orders and proportional other kinds: N/10 systems, N/20 managed objects and
// their plans, N/20 contracts, N/20 decisions; roles and RACI at municipal size.
// Deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    orders: { type: 'string', default: '1000' },
    year: { type: 'string', default: '2027' },
  },
});
if (!values.out) {
  console.error('usage: npm run bench:generate -- --out DIR --orders N');
  process.exit(2);
}
const out = resolve(values.out);
const N = Number(values.orders);
const YEAR = Number(values.year);
if (!Number.isInteger(N) || N < 20) {
  console.error('--orders must be a whole number ≥ 20');
  process.exit(2);
}

let seed = 20271;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n, w = 2) => String(n).padStart(w, '0');
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const b32 = (n, w) => {
  let s = '';
  for (let i = 0; i < w; i++) {
    s = CROCKFORD[n % 32] + s;
    n = Math.floor(n / 32);
  }
  return s;
};

const q = (s) => JSON.stringify(s); // JSON strings are valid YAML scalars
function yaml(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value
      .map((item) => {
        if (item !== null && typeof item === 'object') {
          const body = yaml(item, indent + '  ').replace(/^\n\s*/, '');
          return `\n${indent}- ${body}`;
        }
        return `\n${indent}- ${scalar(item)}`;
      })
      .join('');
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const key = /^[A-Za-z0-9_-]+$/.test(k) ? k : q(k);
        return v !== null && typeof v === 'object' ? `\n${indent}${key}:${yaml(v, indent + '  ')}` : `\n${indent}${key}: ${scalar(v)}`;
      })
      .join('');
  }
  return ' ' + scalar(value);
}
function scalar(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^[A-Za-zÅÄÖåäö][\wÅÄÖåäö .,()\-–/]*$/.test(v) && !/: |\s#|^(true|false|null|yes|no)$/i.test(v)) return v;
  return q(v);
}
function write(folder, id, record, comment) {
  const dir = join(out, folder);
  mkdirSync(dir, { recursive: true });
  const header = `# yaml-language-server: $schema=../../schemas/${folder === 'strategy' ? 'direction' : kindOf[folder]}.schema.json\n${comment ? `# ${comment}\n` : ''}`;
  writeFileSync(join(dir, `${id}.yaml`), header + yaml(record).replace(/^\n/, '') + '\n');
}
const kindOf = {
  units: 'unit',
  people: 'person',
  roles: 'role',
  raci: 'raci',
  systems: 'system',
  services: 'service',
  objects: 'object',
  plans: 'plan',
  orders: 'order',
  contracts: 'contract',
  strategy: 'direction',
  maturity: 'maturity',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Nils', 'Lena', 'Olof', 'Ida', 'Gustav', 'Elsa'];
const LAST = ['Exempelsson', 'Testberg', 'Provlund', 'Fiktivström', 'Demodahl', 'Påhittson', 'Låtsasby'];
const AREAS = ['Utbildning', 'Socialtjänst', 'Samhällsbyggnad', 'Ekonomi', 'HR', 'Kultur och fritid', 'Gemensam IT', 'Ärendehantering'];

// styr.yaml
const teams = [
  {
    id: 'drift',
    name: 'Drift och infrastruktur',
    capacity: { Q1: 60 * Math.ceil(N / 100), Q2: 60 * Math.ceil(N / 100), Q3: 40 * Math.ceil(N / 100), Q4: 60 * Math.ceil(N / 100) },
  },
  {
    id: 'utveckling',
    name: 'Utveckling och integration',
    capacity: { Q1: 80 * Math.ceil(N / 100), Q2: 80 * Math.ceil(N / 100), Q3: 50 * Math.ceil(N / 100), Q4: 80 * Math.ceil(N / 100) },
  },
];
writeFileSync(
  join(out, 'styr.yaml'),
  `# Synthetic benchmark repository: ${N} orders\n` +
    yaml({
      organisation: 'Benchmark kommun',
      language: 'sv',
      planningYear: YEAR,
      currency: 'SEK',
      teams,
      weights: { benefit: 3, strategicFit: 2, riskIfNotDone: 2, cost: 1, effort: 1 },
      statusLimits: { received: 3650, 'in-preparation': 3650, prepared: 3650 },
      noticeLeadDays: 90,
    }).replace(/^\n/, '') +
    '\n',
);

// units and people
const unitCount = Math.max(8, Math.ceil(N / 500));
const peopleCount = Math.max(60, Math.ceil(N / 20));
const people = [];
for (let i = 0; i < peopleCount; i++) people.push(`person-${pad(i, 5)}`);
const units = [];
for (let u = 0; u < unitCount; u++) units.push(u === 0 ? 'it-enheten' : u === 1 ? 'bestallarfunktionen' : `forvaltning-${pad(u, 3)}`);
units.forEach((id, u) => {
  write('units', id, {
    id,
    name: u === 0 ? 'IT-enheten' : u === 1 ? 'Beställarfunktionen' : `Förvaltning ${u}`,
    kind: u === 0 ? 'it-unit' : u === 1 ? 'ordering-function' : 'department',
    manager: people[u],
    orderers: [people[(u * 3 + 1) % peopleCount], people[(u * 3 + 2) % peopleCount]],
    itContact: people[(u * 3 + 3) % peopleCount],
  });
});
people.forEach((id, i) => {
  write('people', id, {
    id,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
    email: `${id}@benchmark.example`,
    unit: units[i % unitCount],
    title: pick(['Handläggare', 'Systemförvaltare', 'IT-samordnare', 'Verksamhetsutvecklare']),
  });
});

// roles and RACI
const roleNames = [
  'IT-chef',
  'Biträdande IT-chef',
  'IT-arkitekt',
  'Leverantörsansvarig',
  'IT-samordnare',
  'Kravanalytiker',
  'Ändringsansvarig',
  'Driftchef',
  'Servicedesk',
  'Drifttekniker',
  'Beställare',
  'Systemägare',
  'Systemförvaltare',
];
const roles = roleNames.map((name, i) => ({ id: `roll-${pad(i)}`, name }));
roles.forEach((r, i) => {
  write('roles', r.id, {
    id: r.id,
    name: r.name,
    level: i < 2 ? 'strategic' : i < 8 ? 'tactical' : 'operational',
    side: i >= 10 ? 'orderer' : i < 8 && i >= 4 ? 'ordering-function' : 'provider',
    unit: i >= 10 ? units[2] : units[0],
    purpose: `Syfte för rollen ${r.name}.`,
    responsibilities: ['Ansvar ett', 'Ansvar två'],
    competencies: ['Kompetens ett'],
    holders: [people[10 + i]],
    staffing: 'filled',
  });
});
const processes = ['ordering', 'change', 'incident', 'service-desk', 'contract'];
processes.forEach((process, p) => {
  const activities = [];
  for (let a = 0; a < 10; a++) {
    const rolesMap = {};
    const h = roles[(p + a) % roles.length].id;
    const u = roles[(p + a + 1) % roles.length].id;
    rolesMap[h] = 'H';
    rolesMap[u] = 'U';
    rolesMap[roles[(p + a + 2) % roles.length].id] = 'K';
    rolesMap[roles[(p + a + 3) % roles.length].id] = 'I';
    activities.push({ id: `aktivitet-${a + 1}`, name: `Aktivitet ${a + 1}`, roles: rolesMap });
  }
  write('raci', `process-${process}`, { id: `process-${process}`, name: `Process ${process}`, process, activities });
});

// systems, plans, contracts
const systemCount = Math.ceil(N / 10);
const planCount = Math.ceil(N / 20);
const contractCount = Math.ceil(N / 20);
const systems = [];
for (let s = 0; s < systemCount; s++) systems.push(`system-${pad(s, 5)}`);
const planOf = (s) => Math.floor((s * planCount) / systemCount);
systems.forEach((id, s) => {
  const integrations = [];
  for (let k = 0; k < 2; k++) {
    const target = systems[(s + 1 + k * 7) % systemCount];
    if (target !== id)
      integrations.push({
        target,
        direction: pick(['outbound', 'inbound', 'bidirectional']),
        protocol: pick(['REST', 'SFTP', 'SOAP']),
        data: 'Personuppgifter och ärendestatus',
        frequency: pick(['realtime', 'daily']),
      });
  }
  write('systems', id, {
    id,
    name: `Verksamhetssystem ${s}`,
    description: 'Stödjer verksamhetens handläggning och uppföljning.',
    businessArea: AREAS[s % AREAS.length],
    unit: units[2 + (s % (unitCount - 2))],
    managedObject: `objekt-${pad(planOf(s), 5)}`,
    owner: people[(s * 7) % peopleCount],
    administrator: people[(s * 7 + 1) % peopleCount],
    supplier: `Leverantör ${s % 40} AB`,
    contracts: [`avtal-${pad(s % contractCount, 5)}`],
    hosting: pick(['on-premises', 'municipal-platform', 'saas', 'supplier-hosted']),
    lifecycle: 'production',
    users: int(10, 3000),
    personalData: rand() < 0.6,
    classification: {
      confidentiality: pick(['moderate', 'significant', 'serious']),
      integrity: 'significant',
      availability: pick(['moderate', 'significant', 'serious']),
      assessed: `${YEAR - 1}-0${int(1, 9)}-15`,
    },
    documentation: [{ title: 'Systemdokumentation', url: `https://intranat.benchmark.example/system/${id}` }],
    integrations,
  });
});
for (let p = 0; p < planCount; p++) {
  const covered = systems.filter((_, s) => planOf(s) === p);
  const object = `objekt-${pad(p, 5)}`;
  write('objects', object, {
    id: object,
    name: `Förvaltningsobjekt ${p}`,
    objectOwner: people[(p * 5) % peopleCount],
    managementLeads: [people[(p * 5 + 2) % peopleCount]],
    units: [units[2 + (p % (unitCount - 2))]],
  });
  const id = `${object}-${YEAR}`;
  write('plans', id, {
    id,
    name: `Förvaltningsplan objekt ${p} ${YEAR}`,
    managedObject: `objekt-${pad(p, 5)}`,
    year: YEAR,
    status: 'approved',
    systems: covered,
    goals: [{ text: 'Stabil drift och nöjda användare' }],
    budget: { maintain: int(100, 900) * 1000, develop: int(0, 500) * 1000 },
    activities: [{ name: 'Uppgradering till ny version', quarter: `Q${int(1, 4)}` }],
    risks: [{ description: 'Nyckelperson slutar', likelihood: 'medium', impact: 'high', control: 'Dokumentera rutiner och utse ersättare' }],
    approved: { by: people[(p * 5) % peopleCount], date: `${YEAR - 1}-11-20` },
    continuity: {
      scenarios: [{ type: 'it-outage', description: 'Systemet är otillgängligt', fallback: 'Manuell hantering på papper' }],
      maxTolerableOutageHours: 48,
      recoveryTimeHours: 24,
      recoveryPointHours: 24,
      fallbackRoutine: 'Blanketter i pärm hos enhetschef.',
      lastReviewed: `${YEAR - 1}-10-01`,
      lastExercised: `${YEAR - 1}-05-01`,
    },
  });
}
for (let c = 0; c < contractCount; c++) {
  const id = `avtal-${pad(c, 5)}`;
  write('contracts', id, {
    id,
    number: `AVT-${YEAR - 3}-${pad(c, 5)}`,
    title: `Licens och support, system ${c}`,
    supplier: `Leverantör ${c % 40} AB`,
    procurementRef: `KS ${YEAR - 3}/${pad(c, 4)}`,
    owner: people[(c * 3) % peopleCount],
    start: `${YEAR - 1}-07-01`,
    initialTermMonths: 48,
    renewal: { type: pick(['none', 'automatic', 'option']), periodMonths: 12, maxRenewals: 2 },
    noticeMonths: 6,
    systems: systems.filter((_, s) => s % contractCount === c).slice(0, 5),
    yearlyCost: int(50, 2000) * 1000,
    costAllocation: [{ unit: units[2 + (c % (unitCount - 2))], share: 100 }],
    dataProcessingAgreement: true,
    licences: [{ product: `Produkt ${c}`, metric: 'user', quantity: 500, used: int(100, 500) }],
  });
}

// direction and tactical plan
const goals = [1, 2, 3, 4, 5, 6].map((g) => ({ id: `M${g}`, title: `Mål ${g}`, description: 'Ett mål i IT-inriktningen.' }));
write('strategy', `it-inriktning-${YEAR - 1}-${YEAR + 1}`, {
  id: `it-inriktning-${YEAR - 1}-${YEAR + 1}`,
  type: 'direction',
  title: 'IT-inriktning',
  decidedBy: 'Kommunledningsgruppen',
  decided: `${YEAR - 2}-12-10`,
  period: { from: YEAR - 1, to: YEAR + 1 },
  goals,
});

// decisions and orders
const decisionCount = Math.ceil(N / 20);
const decisionIds = [];
for (let d = 0; d < decisionCount; d++) {
  const date = new Date(Date.UTC(YEAR - 1, 0, 10 + Math.floor((d * 330) / decisionCount)));
  decisionIds.push(`${date.toISOString().slice(0, 10)}-bit-${pad(d, 5)}`);
}
const decided = new Map(decisionIds.map((id) => [id, []]));
const STATUSES = ['received', 'in-preparation', 'prepared', 'approved', 'planned', 'in-progress', 'delivered', 'closed', 'deferred', 'rejected', 'withdrawn'];
const PATH = ['received', 'in-preparation', 'prepared', 'approved', 'planned', 'in-progress', 'delivered', 'closed'];
const orderIds = [];
for (let o = 0; o < N; o++) {
  const date = new Date(Date.UTC(YEAR - 1, 0, 1 + Math.floor((o * 360) / N)));
  const yymmdd = date.toISOString().slice(2, 10).replace(/-/g, '');
  orderIds.push(`ORD-${yymmdd}-${b32(o, 4)}`);
}
orderIds.forEach((id, o) => {
  const status = STATUSES[o % STATUSES.length];
  const created = `20${id.slice(4, 6)}-${id.slice(6, 8)}-${id.slice(8, 10)}`;
  const steps =
    status === 'deferred' || status === 'rejected'
      ? ['received', 'in-preparation', 'prepared', status]
      : status === 'withdrawn'
        ? ['received', 'withdrawn']
        : PATH.slice(0, PATH.indexOf(status) + 1);
  const needsDecision = steps.includes('approved') || status === 'deferred' || status === 'rejected';
  const decision = needsDecision ? decisionIds[o % decisionCount] : undefined;
  if (decision) decided.get(decision).push({ order: id, outcome: status === 'deferred' || status === 'rejected' ? status : 'approved' });
  const history = steps.slice(1).map((to, i) => ({
    date: created.slice(0, 8) + pad(Math.min(28, 1 + i * 3)),
    from: steps[i],
    to,
    actor: people[(o + i) % peopleCount],
    ...(to === 'approved' || to === 'deferred' || to === 'rejected' ? { decision } : {}),
    ...(to === 'withdrawn' ? { note: 'Behovet har försvunnit.' } : {}),
  }));
  const deps = o > 10 && o % 5 === 0 ? [orderIds[o - 1 - (o % 7)]] : undefined;
  // As a well-run ordering function keeps them (issue 16): ordered by one of the
  // unit's authorised orderers, handled in the ordering function (roles 4–7 are
  // on that side), reviewed where the type needs it, planned for a quarter, and
  // with the benefit followed up once delivered.
  const unitIndex = 2 + (o % (unitCount - 2));
  const type = pick(['project', 'change', 'procurement', 'service-request', 'management']);
  const prepared = steps.includes('prepared');
  const delivered = steps.includes('delivered');
  const last = history.length ? history[history.length - 1].date : created;
  write('orders', id, {
    id,
    title: `Beställning ${o}: förbättrat verksamhetsstöd`,
    description: 'Verksamheten behöver ett bättre stöd för handläggning, uppföljning och rapportering.',
    orderer: people[(unitIndex * 3 + 1 + (o % 2)) % peopleCount],
    unit: units[unitIndex],
    type,
    category: pick(['strategic', 'operational']),
    systems: [systems[o % systemCount]],
    team: pick(['drift', 'utveckling']),
    handler: people[14 + (o % 4)],
    reviews: prepared && (type === 'project' || type === 'procurement') ? [{ kind: 'architecture', by: people[12], date: created, outcome: 'approved' }] : undefined,
    quarter: status === 'planned' ? `${YEAR}-Q${1 + (o % 4)}` : undefined,
    benefitFollowUp: delivered ? { realised: int(1, 5), date: last, by: people[14 + (o % 4)] } : undefined,
    wantedBy: `${YEAR}-${pad(int(1, 12))}-15`,
    goal: goals[o % goals.length].id,
    legalRequirement: o % 23 === 0,
    estimates: {
      benefit: int(1, 5),
      strategicFit: int(1, 5),
      riskIfNotDone: int(1, 5),
      riskIfDone: int(1, 5),
      costOneOff: int(0, 200) * 5000,
      costYearly: int(0, 50) * 2000,
      effortDays: int(2, 60),
      size: pick(['S', 'M', 'L', 'XL']),
    },
    dependsOn: deps,
    financing: { budget: 'unit', unit: units[2 + (o % (unitCount - 2))] },
    status,
    decision,
    rationale: status === 'deferred' || status === 'rejected' ? 'Prioriteras inte inom årets ram.' : undefined,
    created,
    history,
  });
});
mkdirSync(join(out, 'decisions'), { recursive: true });
for (const [id, orders] of decided) {
  const front = yaml({
    id,
    title: `Beslutsråd IT ${id.slice(0, 10)}`,
    date: id.slice(0, 10),
    forum: 'decision-council',
    status: 'accepted',
    deciders: [people[1], people[2]],
    orders,
  }).replace(/^\n/, '');
  writeFileSync(join(out, 'decisions', `${id}.md`), `---\n${front}\n---\n\n## Beslut\n\nBeslutsrådet beslutade enligt listan ovan.\n`);
}

write('maturity', `mognad-${YEAR - 1}`, {
  id: `mognad-${YEAR - 1}`,
  title: `Mognadsbedömning ${YEAR - 1}`,
  date: `${YEAR - 1}-03-01`,
  areas: [{ id: 'styrning', name: 'IT-styrning', current: 30, target: 70, actions: ['Inför beslutsråd'] }],
});
console.log(`wrote ${out}: ${N} orders, ${systemCount} systems, ${planCount} plans, ${contractCount} contracts, ${decisionCount} decisions, ${peopleCount} people`);
