// Which fields of each kind hold a closed vocabulary, so that the diff prints
// their values with the catalogue's labels ('i drift → under avveckling')
// while the JSON output keeps the raw values. Paths as the diff writes them,
// with every list index or id written as '[]'; enum-fields.test.ts checks this
// table against the schemas.
import type { EnumLabels } from '../i18n/catalog/enums.js';
import type { KindName } from '../kinds/registry.js';
import { ownValue } from '../model/own.js';

export type EnumGroup = keyof EnumLabels;

const RISK = { 'risks[].likelihood': 'risk', 'risks[].impact': 'risk' } as const;

export const ENUM_FIELDS: { readonly [K in KindName]: Readonly<Record<string, EnumGroup>> } = {
  unit: { kind: 'unitKind' },
  person: {},
  role: { level: 'level', side: 'side', staffing: 'staffing', 'recruitment.form': 'recruitmentForm', 'recruitment.status': 'recruitmentStatus' },
  raci: { process: 'process', 'activities[].roles[]': 'raciLetter' },
  system: {
    hosting: 'hosting',
    lifecycle: 'lifecycle',
    'classification.confidentiality': 'class',
    'classification.integrity': 'class',
    'classification.availability': 'class',
    'integrations[].direction': 'direction',
    'integrations[].frequency': 'frequency',
    'integrations[].status': 'integrationStatus',
  },
  service: {
    status: 'serviceStatus',
    'sla.targets[].kind': 'slaKind',
    'sla.targets[].unit': 'slaUnit',
    'kpis[].direction': 'kpiDirection',
    'kpis[].frequency': 'kpiFrequency',
  },
  plan: { status: 'planStatus', ...RISK, 'continuity.scenarios[].type': 'scenario', allocationKey: 'allocationKey', 'outcome[].category': 'costCategory' },
  order: {
    type: 'orderType',
    category: 'level',
    status: 'orderStatus',
    'history[].from': 'orderStatus',
    'history[].to': 'orderStatus',
    'financing.budget': 'financingBudget',
    'yearlyFinancing.budget': 'financingBudget',
    'reviews[].kind': 'reviewKind',
    'reviews[].outcome': 'reviewOutcome',
  },
  decision: { forum: 'forum', status: 'decisionStatus', 'orders[].outcome': 'decisionOutcome' },
  contract: {
    'renewal.type': 'renewalType',
    'noticeDecision.outcome': 'outcome',
    'licences[].metric': 'metric',
    allocationKey: 'allocationKey',
    costCategory: 'costCategory',
  },
  direction: {
    type: 'directionType',
    'initiatives[].area': 'area',
    'initiatives[].status': 'initiativeStatus',
    ...RISK,
  },
  maturity: {},
  object: {},
};

/** 'integrations[0].direction', 'activities[registrera].roles["it-chef"]' → 'integrations[].direction', 'activities[].roles[]'. */
export function fieldPattern(path: string): string {
  return path.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '[]');
}

/** The vocabulary of the field at `path` in a record of `kind`, if it has one. */
export function enumGroupAt(kind: KindName, path: string): EnumGroup | undefined {
  const fields = ENUM_FIELDS[kind];
  const pattern = fieldPattern(path);
  // A map's values ('roles.drifttekniker') are listed as 'roles[]'.
  return ownValue(fields, pattern) ?? ownValue(fields, pattern.replace(/\.[A-Za-z_$][A-Za-z0-9_$]*$/, '[]'));
}
