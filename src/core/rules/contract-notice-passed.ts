import { contractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const contractNoticePassed = defineRule({
  id: 'contract/notice-passed',
  severity: 'error',
  messages: { noticePassed: ['deadline', 'days', 'end'] },
  // `renewal`: the contract's renewal type ('automatic' words the hint for a contract that has renewed itself), 'none' without one.
  hints: { noticePassed: ['renewal'] },
  check({ model, today, report }) {
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || terms.decided || terms.daysToNoticeDeadline === undefined) continue;
      if (terms.daysToNoticeDeadline >= 0) continue;
      report({
        record: rec,
        at: rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'],
        messageId: 'noticePassed',
        data: {
          deadline: terms.noticeDeadline!,
          days: -terms.daysToNoticeDeadline,
          end: terms.currentEnd,
          renewal: rec.data.renewal?.type ?? 'none',
        },
      });
    }
  },
});
