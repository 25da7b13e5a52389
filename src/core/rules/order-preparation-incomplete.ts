// The preparation gate as a rule, for orders already past it: an order that
// reached its status before the gate existed, by a hand edit, or before
// styr.yaml asked for more. What is checked: see missingInStatus (gate.ts).
import { validRecords } from '../model/repository.js';
import { gateSettings, missingInStatus } from '../orders/gate.js';
import type { MissingRequirement } from '../orders/gate.js';
import { defineRule, enumLabel } from './rule.js';

/** Where in the order file each requirement is entered. */
const FIELD: Readonly<Record<MissingRequirement['requirement'], string>> = {
  handler: 'handler',
  benefit: 'estimates.benefit',
  strategicFit: 'estimates.strategicFit',
  riskIfNotDone: 'estimates.riskIfNotDone',
  riskIfDone: 'estimates.riskIfDone',
  cost: 'estimates.costOneOff/costYearly',
  effort: 'estimates.effortDays/size',
  team: 'team',
  review: 'reviews',
  quarter: 'quarter',
  goal: 'goal',
  systems: 'systems',
  wantedBy: 'wantedBy',
  category: 'category',
  financing: 'financing',
};

export function requirementField(requirement: MissingRequirement['requirement']): string {
  return FIELD[requirement];
}

export const orderPreparationIncomplete = defineRule({
  id: 'order/preparation-incomplete',
  severity: 'warning',
  messages: { incomplete: ['status', 'n', 'fields'], handlerOutside: ['status', 'handler'] },
  hints: { incomplete: ['order'], handlerOutside: [] },
  check({ model, report }) {
    const settings = gateSettings(model);
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      const missing = missingInStatus(order, settings);
      if (missing.length === 0) continue;
      const status = enumLabel('orderStatus', order.status);
      const outside = missing.find((m) => m.outside !== undefined);
      const person = outside ? model.records.person.get(outside.outside!) : undefined;
      // A handler who is no person at all is ref/unknown-person's finding.
      if (outside && person) {
        report({ record: rec, at: ['handler'], messageId: 'handlerOutside', data: { status, handler: person.valid ? person.data.name : outside.outside! } });
      }
      const absent = missing.filter((m) => m.outside === undefined);
      if (absent.length === 0) continue;
      report({
        record: rec,
        at: ['status'],
        messageId: 'incomplete',
        data: { status, n: absent.length, fields: absent.map((m) => FIELD[m.requirement]).join(', '), order: order.id },
      });
    }
  },
});
