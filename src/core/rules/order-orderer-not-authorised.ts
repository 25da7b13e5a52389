// An order's orderer must be one of its unit's authorised orderers (report
// section 3). Checked while the order is open: a closed, rejected or withdrawn
// order keeps the orderer it had. A unit without authorised orderers is
// unit/authorised-orderer's finding, not this rule's; an unknown person is
// ref/unknown-person's.
import { validRecords } from '../model/repository.js';
import { TERMINAL } from '../orders/lifecycle.js';
import { defineRule } from './rule.js';

export const orderOrdererNotAuthorised = defineRule({
  id: 'order/orderer-not-authorised',
  severity: 'warning',
  messages: { notAuthorised: ['orderer', 'unit'] },
  hints: { notAuthorised: ['orderers'] },
  check({ model, report }) {
    const name = (id: string) => {
      const person = model.records.person.get(id);
      return person?.valid ? person.data.name : id;
    };
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      if (TERMINAL.has(order.status)) continue;
      const unit = model.records.unit.get(order.unit);
      if (!unit?.valid) continue;
      const orderers = unit.data.orderers ?? [];
      if (orderers.length === 0 || orderers.includes(order.orderer)) continue;
      // An orderer who is no person at all is ref/unknown-person's finding.
      if (!model.records.person.has(order.orderer)) continue;
      report({
        record: rec,
        at: ['orderer'],
        messageId: 'notAuthorised',
        data: { orderer: name(order.orderer), unit: unit.data.name, orderers: orderers.map(name).join(', ') },
      });
    }
  },
});
