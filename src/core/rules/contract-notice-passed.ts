import { contractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const contractNoticePassed: Rule = {
  id: 'contract/notice-passed',
  severity: 'error',
  description:
    'A contract’s notice deadline for the current period has passed without a recorded notice decision. An automatically renewing contract has then renewed without anyone deciding, and a fixed-term one will end without a replacement being procured.',
  check({ model, today, report }) {
    for (const rec of validRecords(model, 'contract')) {
      const terms = contractTerms(rec.data, today);
      if (terms.expired || terms.decided || terms.daysToNoticeDeadline === undefined) continue;
      if (terms.daysToNoticeDeadline >= 0) continue;
      const renews = rec.data.renewal?.type === 'automatic';
      report({
        record: rec,
        at: rec.data.noticeMonths !== undefined ? ['noticeMonths'] : ['start'],
        message: `notice deadline ${terms.noticeDeadline} passed ${-terms.daysToNoticeDeadline} days ago without a decision (period ends ${terms.currentEnd})`,
        hint: renews
          ? 'The contract renews automatically: record the decision to accept or renegotiate under `noticeDecision:`.'
          : 'Record under `noticeDecision:` whether it is renewed, terminated or procured anew.',
      });
    }
  },
};
