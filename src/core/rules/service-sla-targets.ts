import { validRecords } from '../model/repository.js';
import { defineRule, selector } from './rule.js';

export const serviceSlaTargets = defineRule({
  id: 'service/sla-targets',
  severity: 'error',
  messages: {
    /** `kind`: the SLA target kind (response, resolution, availability). */
    duplicateTarget: ['kind', 'priority'],
    /** The units are SLA units as selectors (minutes, hours, businessDays, percent). */
    resolutionFaster: ['priority', 'resolution', 'resolutionUnit', 'response', 'responseUnit'],
    duplicateMeasurement: ['kpi', 'period'],
  },
  hints: { duplicateTarget: [] },
  check({ model, report }) {
    const minutes = (value: number, unit: string): number | undefined =>
      unit === 'minutes' ? value : unit === 'hours' ? value * 60 : unit === 'business-days' ? value * 8 * 60 : undefined;
    for (const rec of validRecords(model, 'service')) {
      const targets = rec.data.sla?.targets ?? [];
      const seen = new Map<string, number>();
      targets.forEach((t, index) => {
        const key = `${t.priority}:${t.kind}`;
        if (seen.has(key)) {
          report({
            record: rec,
            at: ['sla', 'targets', index],
            messageId: 'duplicateTarget',
            data: { kind: t.kind, priority: t.priority },
          });
        } else seen.set(key, index);
      });
      for (const t of targets) {
        if (t.kind !== 'resolution') continue;
        const response = targets.find((r) => r.kind === 'response' && r.priority === t.priority);
        if (!response) continue;
        const a = minutes(t.value, t.unit);
        const b = minutes(response.value, response.unit);
        if (a !== undefined && b !== undefined && a < b) {
          report({
            record: rec,
            at: ['sla', 'targets', targets.indexOf(t)],
            messageId: 'resolutionFaster',
            data: {
              priority: t.priority,
              resolution: t.value,
              resolutionUnit: selector(t.unit),
              response: response.value,
              responseUnit: selector(response.unit),
            },
          });
        }
      }
      (rec.data.kpis ?? []).forEach((kpi, k) => {
        const periods = new Set<string>();
        (kpi.measurements ?? []).forEach((m, i) => {
          if (periods.has(m.period)) {
            report({
              record: rec,
              at: ['kpis', k, 'measurements', i, 'period'],
              messageId: 'duplicateMeasurement',
              data: { kpi: kpi.id, period: m.period },
            });
          }
          periods.add(m.period);
        });
      });
    }
  },
});
