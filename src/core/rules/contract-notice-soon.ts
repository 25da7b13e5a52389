import { contractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const contractNoticeSoon = defineRule({
  id: 'contract/notice-soon',
  severity: 'warning',
  messages: { noticeSoon: ['deadline', 'days', 'end'] },
  hints: { noticeSoon: [] },
  check({ model, today, report }) {
    const lead = model.config.noticeLeadDays;
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || terms.decided || terms.daysToNoticeDeadline === undefined) continue;
      if (terms.daysToNoticeDeadline < 0 || terms.daysToNoticeDeadline > lead) continue;
      report({
        record: rec,
        at: rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'],
        messageId: 'noticeSoon',
        data: { deadline: terms.noticeDeadline!, days: terms.daysToNoticeDeadline, end: terms.currentEnd },
      });
    }
  },
});
