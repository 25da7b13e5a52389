import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const orderDependencyCycle = defineRule({
  id: 'order/dependency-cycle',
  severity: 'error',
  messages: { cycle: ['cycle'] },
  hints: { cycle: [] },
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
            messageId: 'cycle',
            data: { cycle: ordered.join(' → ') },
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
});
