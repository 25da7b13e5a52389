import { contractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

// Fires while the current period's notice deadline has passed without a
// decision and the contract thereby runs into another period that notice in
// time would have avoided: from the day after the deadline through the
// period's end, only when the notice period is shorter than a renewal and
// another period can follow (ContractTerms.missed; README "Contract dates").
export const contractNoticePassed = defineRule({
  id: 'contract/notice-passed',
  severity: 'error',
  messages: { noticePassed: ['deadline', 'days', 'end'] },
  // `renewal`: the contract's renewal type ('automatic' words the hint for a contract that has renewed itself).
  hints: { noticePassed: ['renewal'] },
  check({ model, today, report }) {
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || !terms.missed) continue;
      report({
        record: rec,
        at: rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'],
        messageId: 'noticePassed',
        data: {
          deadline: terms.noticeDeadline!,
          days: -terms.daysToNoticeDeadline!,
          end: terms.noticeEnd!,
          renewal: rec.data.renewal?.type ?? 'none',
        },
      });
    }
  },
});
