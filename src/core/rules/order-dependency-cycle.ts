import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const orderDependencyCycle: Rule = {
  id: 'order/dependency-cycle',
  severity: 'error',
  description:
    'Orders may depend on other orders (`dependsOn`), but never in a circle: an order that (indirectly) waits for itself can never be planned. Each cycle is reported once, on its first order by id.',
  check({ model, report }) {
    const orders = model.records.order;
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const reported = new Set<string>();
    const visit = (id: string): void => {
      state.set(id, 'visiting');
      stack.push(id);
      const rec = orders.get(id);
      for (const dep of (rec?.valid ? rec.data.dependsOn : undefined) ?? []) {
        if (!orders.has(dep)) continue;
        const s = state.get(dep);
        if (s === 'visiting') {
          const cycle = stack.slice(stack.indexOf(dep));
          const first = [...cycle].sort()[0]!;
          const key = [...cycle].sort().join(' ');
          if (reported.has(key)) continue;
          reported.add(key);
          const start = cycle.indexOf(first);
          const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
          const firstRec = orders.get(first)!;
          report({
            record: firstRec,
            at: ['dependsOn'],
            message: `dependency cycle: ${ordered.join(' → ')}`,
            hint: 'Remove one of the dependencies so that the orders can be planned one after another.',
          });
        } else if (s === undefined) {
          visit(dep);
        }
      }
      stack.pop();
      state.set(id, 'done');
    };
    for (const rec of validRecords(model, 'order')) if (!state.has(rec.id)) visit(rec.id);
  },
};
