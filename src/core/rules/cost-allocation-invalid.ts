import { knownObjects } from '../costs/index.js';
import type { LoadedRecord } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { AllocationKey, Financing } from '../model/types.js';
import { defineRule, enumLabel } from './rule.js';

interface Entry {
  unit?: string;
  object?: string;
  share?: number;
  quantity?: number;
}

/**
 * A cost allocation or financing that cannot be followed: a line naming both
 * or neither of unit and object, an unknown managed object, a value the key
 * does not use, shares over 100 %, a financing without the field its budget
 * names. Each would make the cost land somewhere other than written.
 */
export const costAllocationInvalid = defineRule({
  id: 'cost/allocation-invalid',
  severity: 'error',
  messages: { overAllocated: ['sum'], recipient: [], unknownObject: ['object'], value: ['key', 'field'], measure: [], financing: ['budget', 'field'] },
  hints: { overAllocated: [], unknownObject: [] },
  check({ model, report }) {
    const objects = knownObjects(model);
    const checkAllocation = (record: LoadedRecord, key: AllocationKey | undefined, measure: string | undefined, entries: readonly Entry[] | undefined) => {
      if (!entries?.length) return;
      const k = key ?? 'shares';
      if (k === 'measure' && !measure) report({ record, at: ['allocationKey'], messageId: 'measure' });
      const field = k === 'shares' ? 'share' : 'quantity';
      entries.forEach((e, i) => {
        if ((e.unit === undefined) === (e.object === undefined)) report({ record, at: ['costAllocation', i], messageId: 'recipient' });
        if (e.object !== undefined && !objects.has(e.object))
          report({ record, at: ['costAllocation', i, 'object'], messageId: 'unknownObject', data: { object: e.object } });
        if (e[field] === undefined) report({ record, at: ['costAllocation', i], messageId: 'value', data: { key: enumLabel('allocationKey', k), field } });
      });
      if (k === 'shares') {
        const sum = entries.reduce((s, e) => s + (e.share ?? 0), 0);
        if (sum > 100 + 1e-9) report({ record, at: ['costAllocation'], messageId: 'overAllocated', data: { sum: Math.round(sum * 10) / 10 } });
      }
    };
    for (const rec of validRecords(model, 'contract')) checkAllocation(rec, rec.data.allocationKey, rec.data.allocationMeasure, rec.data.costAllocation);
    for (const rec of validRecords(model, 'plan')) checkAllocation(rec, rec.data.allocationKey, rec.data.allocationMeasure, rec.data.costAllocation);
    for (const rec of validRecords(model, 'order')) {
      const check = (name: 'financing' | 'yearlyFinancing', f: Financing | undefined) => {
        if (!f || f.budget === 'central') return;
        const field = f.budget;
        if (f[field] === undefined) report({ record: rec, at: [name], messageId: 'financing', data: { budget: enumLabel('financingBudget', f.budget), field } });
        else if (f.budget === 'object' && f.object !== undefined && !objects.has(f.object))
          report({ record: rec, at: [name, 'object'], messageId: 'unknownObject', data: { object: f.object } });
      };
      check('financing', rec.data.financing);
      check('yearlyFinancing', rec.data.yearlyFinancing);
    }
  },
});
