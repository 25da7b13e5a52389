import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const unitAuthorisedOrderer: Rule = {
  id: 'unit/authorised-orderer',
  severity: 'error',
  description:
    'Every department (förvaltning) appoints at least one authorised orderer (beställningsberättigad), report §3. Without one, nobody can place or own the department’s orders.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'unit')) {
      if (rec.data.kind !== 'department') continue;
      if ((rec.data.orderers ?? []).length > 0) continue;
      report({
        record: rec,
        at: rec.data.orderers ? ['orderers'] : [],
        message: `department '${rec.data.name}' has no authorised orderer`,
        hint: 'List the people who may place orders under `orderers:`.',
      });
    }
  },
};
