import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

// A notice decision without a date cannot be placed in a period: styr takes it
// to be for the period running today (so a terminate ends the contract with
// that period and a renew covers it), which moves with the calendar. Until the
// date is written, this warning says so.
export const contractNoticeDecisionUndated = defineRule({
  id: 'contract/notice-decision-undated',
  severity: 'warning',
  messages: { undated: ['outcome'] },
  hints: { undated: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'contract')) {
      const decision = rec.data.noticeDecision;
      if (decision === undefined || decision.date !== undefined) continue;
      report({ record: rec, at: ['noticeDecision'], messageId: 'undated', data: { outcome: decision.outcome } });
    }
  },
});
