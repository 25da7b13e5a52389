import { contractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const contractNoticeSoon: Rule = {
  id: 'contract/notice-soon',
  severity: 'warning',
  description:
    'A contract’s notice deadline (current end date, renewals included, minus the notice period) falls within `noticeLeadDays` (default 90) days of today and no notice decision has been recorded for the current period. Time to decide: renew, terminate or procure anew (report §6.5.10).',
  check({ model, today, report }) {
    const lead = model.config.noticeLeadDays;
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || terms.decided || terms.daysToNoticeDeadline === undefined) continue;
      if (terms.daysToNoticeDeadline < 0 || terms.daysToNoticeDeadline > lead) continue;
      report({
        record: rec,
        at: rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'],
        message: `notice deadline ${terms.noticeDeadline} is in ${terms.daysToNoticeDeadline} days (contract period ends ${terms.currentEnd})`,
        hint: 'Decide on renewal or termination and record it under `noticeDecision:`.',
      });
    }
  },
};
