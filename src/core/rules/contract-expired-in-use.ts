import { contractTerms } from '../contracts/terms.js';
import { ACTIVE_LIFECYCLES } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const contractExpiredInUse = defineRule({
  id: 'contract/expired-in-use',
  severity: 'error',
  messages: { expiredInUse: ['end', 'systems'] },
  hints: { expiredInUse: [] },
  check({ model, today, report }) {
    const systemsByContract = new Map<string, Set<string>>();
    for (const system of validRecords(model, 'system')) {
      for (const c of system.data.contracts ?? []) {
        const set = systemsByContract.get(c) ?? new Set<string>();
        set.add(system.id);
        systemsByContract.set(c, set);
      }
    }
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (!terms.expired) continue;
      const ids = new Set([...(rec.data.systems ?? []), ...(systemsByContract.get(rec.id) ?? [])]);
      const active = [...ids].sort().filter((id) => {
        const s = model.records.system.get(id);
        return s?.valid && ACTIVE_LIFECYCLES.has(s.data.lifecycle);
      });
      if (active.length === 0) continue;
      report({
        record: rec,
        // Where the end comes from: the recorded end, the decision to terminate, or the terms.
        at: rec.data.ended ? ['ended'] : terms.terminated ? ['noticeDecision'] : ['start'],
        messageId: 'expiredInUse',
        data: { end: terms.currentEnd, systems: active.join(', ') },
      });
    }
  },
});
