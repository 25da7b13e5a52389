import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const serviceSlaTargets: Rule = {
  id: 'service/sla-targets',
  severity: 'error',
  description:
    'An SLA has one target per priority and kind (response, resolution, availability), a resolution target not faster than the response target of the same priority, and KPI measurements with unique periods.',
  check({ model, report }) {
    const minutes = (value: number, unit: string): number | undefined =>
      unit === 'minutes' ? value : unit === 'hours' ? value * 60 : unit === 'business-days' ? value * 8 * 60 : undefined;
    for (const rec of validRecords(model, 'service')) {
      const targets = rec.data.sla?.targets ?? [];
      const seen = new Map<string, number>();
      targets.forEach((t, index) => {
        const key = `${t.priority}:${t.kind}`;
        if (seen.has(key)) {
          report({ record: rec, at: ['sla', 'targets', index], message: `two ${t.kind} targets for priority ${t.priority}`, hint: 'Keep one target per priority and kind.' });
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
            message: `priority ${t.priority}: resolution target (${t.value} ${t.unit}) is faster than the response target (${response.value} ${response.unit})`,
          });
        }
      }
      (rec.data.kpis ?? []).forEach((kpi, k) => {
        const periods = new Set<string>();
        (kpi.measurements ?? []).forEach((m, i) => {
          if (periods.has(m.period)) {
            report({ record: rec, at: ['kpis', k, 'measurements', i, 'period'], message: `KPI '${kpi.id}' has two measurements for ${m.period}` });
          }
          periods.add(m.period);
        });
      });
    }
  },
};
