import { contractTerms } from '../contracts/terms.js';
import { daysBetween } from '../dates.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

// The next notice deadline that can still be met falls today or within
// `noticeLeadDays` and no decision covers its period (noticeSoon). In the last
// possible period (renewal none, renewals used up, `latestEnd`) there is
// nothing to give notice on: the contract ends anyway, so from the same day
// until its end the rule says so and asks for a replacement in time (lastPeriod).
export const contractNoticeSoon = defineRule({
  id: 'contract/notice-soon',
  severity: 'warning',
  messages: { noticeSoon: ['deadline', 'days', 'end'], lastPeriod: ['end', 'days'] },
  hints: { noticeSoon: [], lastPeriod: [] },
  check({ model, today, report }) {
    const lead = model.config.noticeLeadDays;
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || terms.decided || terms.daysToNoticeDeadline === undefined) continue;
      if (terms.daysToNoticeDeadline > lead) continue;
      const at = rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'];
      if (terms.final) {
        report({ record: rec, at, messageId: 'lastPeriod', data: { end: terms.noticeEnd!, days: daysBetween(today, terms.noticeEnd!) } });
      } else if (terms.daysToNoticeDeadline >= 0) {
        report({ record: rec, at, messageId: 'noticeSoon', data: { deadline: terms.noticeDeadline!, days: terms.daysToNoticeDeadline, end: terms.noticeEnd! } });
      }
    }
  },
});
