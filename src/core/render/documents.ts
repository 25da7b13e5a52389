// The document registry: `styr render NAME` for every entry, in index order.
// Adding a document (tactical plan, portfolio, council report, RACI, roles,
// maturity) is one renderer file and one line here.
import { catalogDocument } from './catalog.js';
import { contractsDocument } from './contracts.js';
import { councilDocument } from './council.js';
import { economyDocument } from './economy.js';
import { maturityDocument } from './maturity.js';
import { plansDocument } from './plans.js';
import { portfolioDocument } from './portfolio.js';
import { raciDocument } from './raci.js';
import { rolesDocument } from './roles.js';
import { systemsMapDocument } from './systems-map.js';
import { tacticalPlanDocument } from './tactical-plan.js';
import { unitsDocument } from './units.js';
import type { DocumentRenderer } from './types.js';

export const DOCUMENTS: readonly DocumentRenderer[] = [
  catalogDocument,
  systemsMapDocument,
  plansDocument,
  contractsDocument,
  tacticalPlanDocument,
  portfolioDocument,
  councilDocument,
  unitsDocument,
  economyDocument,
  raciDocument,
  rolesDocument,
  maturityDocument,
];

export function documentNames(): string[] {
  return DOCUMENTS.map((d) => d.name);
}

export function findDocument(name: string): DocumentRenderer | undefined {
  return DOCUMENTS.find((d) => d.name === name);
}
