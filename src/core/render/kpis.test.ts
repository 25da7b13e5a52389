import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTree, readTree } from '../../../test/helpers/repo.js';
import { measureKpi } from '../kpis/measures.js';
import { renderDocuments } from './render.js';

// The example municipality as of the date it is dated (README "The example municipality").
const TODAY = '2026-12-01';
const example = () => loadTree(readTree(join(import.meta.dirname, '..', '..', '..', 'data')), TODAY).model;

describe('computed KPIs on the example data', () => {
  const model = example();

  it('match the values computed by hand', () => {
    // Period: 2025-12-02 … 2026-12-01 (the 12 months up to and including today).
    //
    // Lead time to decision — created → first approved/deferred/rejected, decided in the period (34 orders):
    //   9F9E 2025-09-15→2026-01-22 129   X6QW 2025-09-22→01-22 122   BKZ7 2025-09-29→01-22 115
    //   CA45 2025-10-06→01-22 108        9RMS 2025-10-20→03-19 150   E8M2 2025-11-03→01-22 80
    //   ANGS 2025-11-17→03-19 122        V2SN 2026-01-12→02-19 38    Y7WF 2026-01-19→04-16 87
    //   BDBH 2026-02-02→05-21 108        1HKB 2026-02-10→03-19 37    JX2E 2026-02-16→05-21 94
    //   70PZ 2026-02-23→04-16 52         XB6K 2026-03-02→03-19 17    STE8 2026-03-09→05-21 73
    //   GYRH 2026-03-23→06-11 80         M75M 2026-04-06→06-11 66    V840 2026-04-13→08-20 129
    //   D7Z1 2026-04-20→06-11 52         H7BT 2026-04-27→05-21 24    GWDW 2026-05-04→08-20 108
    //   MNYZ 2026-05-11→06-11 31         N8BF 2026-05-25→08-20 87    TWRX 2026-05-25→10-15 143
    //   65J4 2026-06-08→11-12 157        CN6M 2026-06-22→10-15 115   FG6B 2026-07-06→10-15 101
    //   WY2V 2026-07-13→11-12 122        8PJ5 2026-07-20→11-12 115   SQFM 2026-08-03→11-12 101
    //   XNRF 2026-08-10→09-17 38         ZK2W 2026-08-17→11-12 87    CV45 2026-08-31→10-15 45
    //   CVFF 2026-09-07→11-12 66
    //   Sorted: 17 24 31 37 38 38 45 52 52 66 66 73 80 80 87 87 [87 94] 101 101 108 108 108 115 115
    //   115 122 122 122 129 129 143 150 157 → median (87 + 94) / 2 = 90.5 days.
    expect(measureKpi(model, 'lead-time-to-decision', TODAY)).toMatchObject({ count: 34, value: 90.5 });

    // Lead time to delivery — created → first delivered, delivered in the period (7 orders), with wanted-by:
    //   XB6K 2026-03-02→2026-05-29  88 (wanted 2026-05-25: late)
    //   E8M2 2025-11-03→2026-04-24 172 (wanted 2026-04-30: on time)
    //   9F9E 2025-09-15→2026-05-29 256 (wanted 2026-06-30: on time)
    //   1HKB 2026-02-10→2026-11-26 289 (wanted 2026-12-31: on time)
    //   CA45 2025-10-06→2026-08-28 326 (wanted 2026-08-31: on time)
    //   ANGS 2025-11-17→2026-11-20 368 (wanted 2026-12-31: on time)
    //   X6QW 2025-09-22→2026-11-16 420 (wanted 2026-12-31: on time)
    //   → median 289 days; on time 6 of 7 = 85.71 %.
    expect(measureKpi(model, 'lead-time-to-delivery', TODAY)).toMatchObject({ count: 7, value: 289 });
    const onTime = measureKpi(model, 'delivered-on-time', TODAY);
    expect(onTime).toMatchObject({ count: 7, part: 6, excluded: 0 });
    expect(onTime.value).toBeCloseTo(85.71, 2);

    // Stuck: the four order/status-duration warnings the README lists — three past
    // their status limit in days, and D7Z1, planned for 2026-Q3, which ended
    // 2026-09-30 without the work starting.
    expect(measureKpi(model, 'stuck-orders', TODAY)).toMatchObject({ count: 4, value: 4 });

    // Systems: 31 active. Not counted (10): bibliotekssystem and lokalbokning (kultur-fritid-2027 is a
    // draft), servicedesk-verktyg (it-servicestod-2027 reviewed 2025-09-18) and telefoni-vaxel
    // (telefoni-2027 reviewed 2025-06-10), both more than 12 months before today; fastighetssystem,
    // fordonsbokning, maltidsplanering, bygglov, gis and miljotillsyn (their plans record no review).
    // → 21 of 31 = 67.74 %.
    const systems = measureKpi(model, 'systems-with-plan-and-continuity', TODAY);
    expect(systems).toMatchObject({ count: 31, part: 21 });
    expect(systems.value).toBeCloseTo(67.74, 2);

    // Licences: 33 licence lines with `used` in the 23 contracts (none ended, none expired):
    //   15/13 + 1/1 + 12000/11500 + 1/1 + 30/25 + 750/720 + 320/310 + 1/1 + 60/54 + 400/390 +
    //   6200/6050 + 800/742 + 1/1 + 1/1 + 250/212 + 3700/3600 + 4/4 + 500/480 + 4200/3900 + 2/2 +
    //   80/64 + 4000/4138 + 7500/7362 + 6500/6120 + 1/1 + 1/1 + 20/18 + 480/452 + 6/4 + 2/2 +
    //   180/164 + 140/126 + 2/2 → 46 461 used of 48 148 bought = 96.50 %.
    const licences = measureKpi(model, 'licence-utilisation', TODAY);
    expect(licences).toMatchObject({ count: 33, part: 46461, total: 48148 });
    expect(licences.value).toBeCloseTo(96.5, 2);
  });

  it('show target and outcome side by side in the tactical plan, with how each was computed', () => {
    const page = renderDocuments(model, ['tactical-plan'], { lang: 'sv', today: TODAY }).find((p) => p.path === 'tactical-plan/index.md')!.markdown;
    const row = (name: string) => page.split('\n').find((l) => l.startsWith(`| ${name} |`));
    expect(row('Mediantid från mottagande till beslut')).toContain('| 60 dagar | 90,5 dagar | ej uppfyllt |');
    expect(row('Mediantid från mottagande till beslut')).toContain('Median av 34 beställningar beslutade 2025-12-02–2026-12-01.');
    expect(row('Andel beställningar levererade senast önskat datum')).toContain('| 80 % | 85,7 % | uppfyllt |');
    expect(row('Beställningar som legat längre än statusgränsen')).toContain('| 0 st | 4 st | ej uppfyllt |');
    expect(row('Licensutnyttjande (använda av köpta licenser)')).toContain('46\u00a0461 av 48\u00a0148 licenser på 33 licensrader');
    expect(row('Medarbetare med MFA')).toContain('| 100 % | – | – | Räknas inte ut av styr; följs upp för hand. |');
    const en = renderDocuments(model, ['tactical-plan'], { lang: 'en', today: TODAY }).find((p) => p.path === 'tactical-plan/index.md')!.markdown;
    expect(en).toContain('Median of 7 orders delivered 2 December 2025–1 December 2026.');
  });
});
