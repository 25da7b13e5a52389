// The example municipality in data/ is product: it must validate, and every
// document must have something true to show. These tests pin concrete facts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTree, readTree } from '../helpers/repo.js';
import { ROOT, styr } from '../helpers/cli.js';
import type { LoadResult } from '../../src/core/validate/load-repository.js';
import { ORDER_STATUSES, ORDER_TYPES } from '../../src/core/model/types.js';
import { validRecords } from '../../src/core/model/repository.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-12-01';
let result: LoadResult;

beforeAll(() => {
  result = loadTree(readTree(DATA), TODAY);
});

describe('the example municipality (data/)', () => {
  it('validates with zero errors from the command line', () => {
    const r = styr(['validate', '--data', 'data', '--today', TODAY, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
  });

  it('has exactly the honest warnings the README walkthrough lists', () => {
    const warnings = result.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.file}`);
    expect(warnings).toEqual([
      'warning cost/unallocated contracts/publiceringshuset-2022.yaml',
      'warning contract/licence-overuse contracts/samverkansytan-2024.yaml',
      'warning contract/notice-soon contracts/utskrift-2020.yaml',
      'warning order/benefit-follow-up orders/ORD-251103-E8M2.yaml',
      'warning order/status-duration orders/ORD-260420-D7Z1.yaml',
      'warning order/preparation-incomplete orders/ORD-260615-EQ2G.yaml',
      'warning order/status-duration orders/ORD-260615-EQ2G.yaml',
      'warning cost/yearly-cost-unfunded orders/ORD-260713-WY2V.yaml',
      'warning order/status-duration orders/ORD-260727-QBC7.yaml',
      'warning order/status-duration orders/ORD-261005-RYZC.yaml',
      'warning order/orderer-not-authorised orders/ORD-261124-K9MP.yaml',
      'warning continuity/stale-review plans/it-servicestod-2027.yaml',
      'warning plan/unapproved plans/kultur-fritid-2027.yaml',
      'warning continuity/stale-review plans/telefoni-2027.yaml',
      'warning continuity/stale-exercise plans/telefoni-2027.yaml',
      'warning role/vacant-key-role roles/it-arkitekt.yaml',
      'warning unit/it-contact units/kultur-och-fritid.yaml',
    ]);
  });

  it('knows the telephony plan is stale on review and exercise', () => {
    const stale = result.diagnostics.filter((d) => d.file === 'plans/telefoni-2027.yaml');
    expect(stale.map((d) => [d.messageId, d.data])).toEqual([
      ['rule.continuity/stale-review.staleReview', { reviewed: '2025-06-10', months: 12 }],
      ['rule.continuity/stale-exercise.staleExercise', { exercised: '2024-05-14', months: 24 }],
    ]);
    expect(stale[0]?.message).toBe('kontinuitetsplanen gicks senast igenom 2025-06-10, för mer än 12 månader sedan');
  });

  it('knows the printing contract’s notice deadline is 2027-01-01, 31 days away', () => {
    const d = result.diagnostics.find((x) => x.rule === 'contract/notice-soon');
    expect(d?.data).toMatchObject({ deadline: '2027-01-01', days: 31, end: '2027-04-01' });
    expect(d?.message).toMatch(/^sista uppsägningsdag 2027-01-01 infaller om 31 dagar/);
  });

  it('names the owner of the next step for the order stuck in preparation', () => {
    const d = result.diagnostics.find((x) => x.file === 'orders/ORD-261005-RYZC.yaml');
    expect(d?.messageId).toBe('rule.order/status-duration.tooLong');
    expect(d?.data).toMatchObject({ status: 'received', days: 57, limit: 14 });
    expect(d?.message).toContain('beställningen har varit mottagen i 57 dagar (gräns 14)');
  });

  it('tells the order-flow stories: a late benefit follow-up, a plan whose quarter has passed, a missing review, an orderer without mandate', () => {
    const on = (file: string, rule: string) => result.diagnostics.find((d) => d.file === `orders/${file}.yaml` && d.rule === rule);
    expect(on('ORD-251103-E8M2', 'order/benefit-follow-up')?.data).toEqual({ delivered: '2026-04-24', due: '2026-10-24', days: 38, orderer: 'Daniel Exempelberg' });
    expect(on('ORD-260420-D7Z1', 'order/status-duration')?.message).toBe(
      'beställningen är planerad till 2026-Q3 men arbetet har inte startat (kvartalet slutade 2026-09-30); nästa steg: team Beställarfunktionen och förvaltningsstöd ska påbörja arbetet',
    );
    expect(on('ORD-260615-EQ2G', 'order/preparation-incomplete')?.data).toMatchObject({ status: 'prepared', fields: 'reviews' });
    expect(on('ORD-261124-K9MP', 'order/orderer-not-authorised')?.message).toBe('Lina Nyckelberg är inte beställningsberättigad för Tekniska förvaltningen');
    // Planned for a quarter still ahead: not stuck, whatever statusLimits.planned says.
    expect(result.diagnostics.filter((d) => d.rule === 'order/status-duration' && d.data?.status === 'planned')).toEqual([]);
    // The e-mail migration was delivered 2026-05-29: its follow-up was due 2026-11-29 and is recorded.
    expect(on('ORD-250915-9F9E', 'order/benefit-follow-up')).toBeUndefined();
  });

  it('meets the minimums of a realistic municipality', () => {
    const { records } = result.model;
    const departments = validRecords(result.model, 'unit').filter((u) => u.data.kind === 'department');
    expect(departments.length).toBeGreaterThanOrEqual(6);
    expect(validRecords(result.model, 'unit').map((u) => u.data.kind)).toEqual(expect.arrayContaining(['it-unit', 'ordering-function']));
    expect(records.system.size).toBeGreaterThanOrEqual(25);
    const integrations = validRecords(result.model, 'system').reduce((n, s) => n + (s.data.integrations?.length ?? 0), 0);
    expect(integrations).toBeGreaterThanOrEqual(30);
    expect(records.service.size).toBeGreaterThanOrEqual(8);
    for (const service of validRecords(result.model, 'service')) {
      if (service.data.status !== 'active') continue;
      expect(service.data.sla?.targets?.length, service.id).toBeGreaterThan(0);
      expect(
        service.data.kpis?.some((k) => (k.measurements?.length ?? 0) >= 2),
        service.id,
      ).toBe(true);
    }
    expect(records.raci.size).toBeGreaterThanOrEqual(5);
    for (const raci of validRecords(result.model, 'raci')) expect(raci.data.activities.length, raci.id).toBeGreaterThanOrEqual(8);
    expect(records.order.size).toBeGreaterThanOrEqual(40);
    const orders = validRecords(result.model, 'order').map((o) => o.data);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(ORDER_STATUSES));
    expect(new Set(orders.map((o) => o.type))).toEqual(new Set(ORDER_TYPES));
    expect(orders.filter((o) => o.legalRequirement).length).toBeGreaterThanOrEqual(3);
    expect(orders.filter((o) => (o.dependsOn?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
    const council = validRecords(result.model, 'decision').filter((d) => d.data.forum === 'decision-council');
    expect(council.length).toBeGreaterThanOrEqual(5);
    expect(council.some((d) => (d.data.supersedes?.length ?? 0) > 0)).toBe(true);
    expect(records.contract.size).toBeGreaterThanOrEqual(12);
    expect(new Set(validRecords(result.model, 'contract').map((c) => c.data.renewal?.type ?? 'none'))).toEqual(new Set(['none', 'automatic', 'option']));
    expect(records.maturity.size).toBeGreaterThanOrEqual(2);
    const roles = new Set(records.role.keys());
    for (const id of [
      'it-chef',
      'bitradande-it-chef',
      'it-arkitekt',
      'leveransansvarig',
      'it-samordnare',
      'kravanalytiker',
      'andringsansvarig',
      'driftchef',
      'servicedesk',
      'driftpersonal',
      'bestallare',
      'systemagare',
      'systemforvaltare',
    ]) {
      expect(roles, id).toContain(id);
    }
    expect(validRecords(result.model, 'role').some((r) => r.data.staffing === 'vacant' && r.data.recruitment)).toBe(true);
  });

  it('has a management plan for 2027 for every managed object of an active system', () => {
    const planned = new Set(
      validRecords(result.model, 'plan')
        .filter((p) => p.data.year === 2027)
        .map((p) => p.data.managedObject),
    );
    for (const system of validRecords(result.model, 'system')) {
      if (!['introduction', 'production', 'phase-out'].includes(system.data.lifecycle)) continue;
      expect(planned, system.id).toContain(system.data.managedObject);
    }
  });

  it('covers every report area §6.5.1–6.5.12 with a 2027 initiative', () => {
    const rec = result.model.records.direction.get('taktisk-plan-2027')!;
    if (!rec.valid) throw new Error('the tactical plan is invalid');
    const plan = rec.data;
    const areas = new Set((plan.initiatives ?? []).map((i) => i.area));
    for (const area of [
      'raci',
      'decision-council',
      'ordering',
      'portfolio',
      'service-catalog',
      'systems-map',
      'security-continuity',
      'management-plans',
      'processes',
      'contracts',
      'sla-kpi',
      'licences-costs',
      'recruitment',
    ]) {
      expect(areas, area).toContain(area);
    }
  });

  it('uses clearly fictional names and example.domains', () => {
    for (const person of validRecords(result.model, 'person')) {
      expect(person.data.email, person.id).toMatch(/@lovsala\.example$/);
    }
    expect(readdirSync(join(DATA, 'people')).length).toBeGreaterThanOrEqual(40);
  });
});
