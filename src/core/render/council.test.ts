import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, loadTree, readTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { createRenderContext } from './context.js';
import { renderCouncilReport } from './council.js';
import type { RenderAudience } from './types.js';

const TODAY = '2026-12-01';

function report(tree: FileTree, audience: RenderAudience = 'internal', lang: 'sv' | 'en' = 'sv'): string {
  const ctx = createRenderContext(loadTree(tree, TODAY).model, { lang, today: TODAY, audience }, ['council']);
  return renderCouncilReport(ctx).markdown;
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** A contract in force t.o.m. 2027-04-01 with 3 months' notice: the last day for notice is 2027-01-01. */
function withContract(meetings: string[], noticeLeadDays?: number): FileTree {
  let tree = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => {
    c.start = '2024-04-02';
    c.initialTermMonths = 36;
    c.renewal = { type: 'automatic', periodMonths: 12 };
    c.noticeMonths = 3;
  });
  tree = edit(tree, 'styr.yaml', (s) => {
    s.councilMeetings = meetings;
    if (noticeLeadDays !== undefined) s.noticeLeadDays = noticeLeadDays;
  });
  return tree;
}

describe('the council report as a meeting document', () => {
  it('lists a contract whose notice deadline falls after this meeting but before the next one: this meeting is the last chance', () => {
    const contracts = section(report(withContract(['2026-12-10', '2027-01-21'])), 'Avtal som måste beslutas på mötet');
    expect(contracts).toContain('före mötet därefter (2027-01-21): mötet 2026-12-10 är sista tillfället');
    expect(contracts).toContain('| Skolsystem, licens och drift | Exempelleverantören AB | 2027-01-01 | 31 | 2027-04-01 |');
  });

  it('leaves out a contract whose notice deadline the meeting after can still meet', () => {
    const contracts = section(report(withContract(['2026-12-10', '2026-12-17'])), 'Avtal som måste beslutas på mötet');
    expect(contracts).toContain('Inget avtal har sin sista uppsägningsdag före mötet därefter.');
    expect(contracts).not.toContain('Skolsystem, licens och drift');
  });

  it('without a later meeting, lists the contracts whose deadline falls within noticeLeadDays', () => {
    expect(section(report(withContract(['2026-12-10'], 31)), 'Avtal som måste beslutas på mötet')).toContain('| 2027-01-01 | 31 |');
    const short = section(report(withContract(['2026-12-10'], 30)), 'Avtal som måste beslutas på mötet');
    expect(short).toContain('inget senare möte är inplanerat i styr.yaml, så fönstret är 30 dagar');
    expect(short).not.toContain('Skolsystem');
  });

  it('shows the date, forum, chair, attendees and place from the meeting’s decision record', () => {
    let tree = edit(withContract(['2026-12-10', '2027-01-21']), 'styr.yaml', () => {});
    tree = {
      ...tree,
      'decisions/2026-12-10-bit-december.md':
        '---\nid: 2026-12-10-bit-december\ntitle: BIT december\ndate: 2026-12-10\nforum: decision-council\nstatus: proposed\nchair: karin-testberg\nattendees: [karin-testberg, per-provlund]\nplace: Rådhuset\n---\n\nKallelse.\n',
    };
    const meeting = section(report(tree), 'Mötet');
    expect(meeting).toContain(
      '- **Datum:** 2026-12-10\n- **Forum:** Beslutsråd IT\n- **Ordförande:** Karin Testberg\n- **Kallade:** Karin Testberg, Per Provlund\n- **Plats:** Rådhuset',
    );
    expect(section(report(withContract(['2026-12-10', '2027-01-21'])), 'Mötet')).toContain('Det finns ingen beslutspost för mötet 2026-12-10');
  });

  it('gives each order the proposal its preparer recorded, "förslag saknas" otherwise, and earlier tabling', () => {
    let tree = edit(withContract(['2026-12-10', '2027-01-21']), 'orders/ORD-261115-A3BC.yaml', (o) => {
      o.status = 'prepared';
      o.estimates = { benefit: 3, costOneOff: 120000, costYearly: 30000 };
      o.financing = { budget: 'central' };
    });
    const without = section(report(tree), 'Beställningar som väntar på beslut');
    expect(without).toContain('| ORD-261115-A3BC | *förslag saknas* | – | 120\u00a0000\u00a0kr | 30\u00a0000\u00a0kr | Central IT-budget |');
    tree = edit(tree, 'orders/ORD-261115-A3BC.yaml', (o) => {
      o.proposal = 'Beställningen godkänns.';
    });
    tree = edit(tree, 'decisions/2026-11-12-bit-november.md', (d) => {
      d.orders.push({ order: 'ORD-261115-A3BC', outcome: 'tabled', note: 'Till december' });
    });
    expect(section(report(tree), 'Beställningar som väntar på beslut')).toContain(
      '| ORD-261115-A3BC | Beställningen godkänns. | bordlagd 2026-11-12 | 120\u00a0000\u00a0kr |',
    );
    // The money is internal (the proposals' table; the cost section is guarded with the other internal sections).
    const awaiting = section(report(tree, 'public'), 'Beställningar som väntar på beslut');
    // The public edition has no cost section at all.
    expect(awaiting).not.toContain('### Kostnader');
    const open = awaiting.slice(awaiting.indexOf('### Förslag till beslut'));
    expect(open).toContain('| ORD-261115-A3BC | Beställningen godkänns. | bordlagd 2026-11-12 |\n');
    expect(open).not.toContain('120\u00a0000');
    // and its introduction does not promise the money it leaves out.
    expect(open).toContain('Beredningens förslag för varje beställning. Kostnaderna finns i den interna utgåvan.');
    expect(open).not.toContain('med kostnaden');
  });
});

describe('the council report on the example data', () => {
  it('lists the printing contract, last day for notice 2027-01-01, for the meeting on 2026-12-10', () => {
    const data = readTree(join(import.meta.dirname, '..', '..', '..', 'data'));
    for (const today of ['2026-11-29', '2026-12-01']) {
      const ctx = createRenderContext(loadTree(data, today).model, { lang: 'sv', today, audience: 'internal' }, ['council']);
      const page = renderCouncilReport(ctx).markdown;
      expect(page).toContain('Nästa möte 2026-12-10.');
      const contracts = section(page, 'Avtal som måste beslutas på mötet');
      expect(contracts).toContain('före mötet därefter (2027-01-21): mötet 2026-12-10 är sista tillfället');
      expect(contracts).toMatch(/\| Följ mig-utskrift SäkerPrint och service av skrivare \| Skrivarlogik AB \| 2027-01-01 \| \d+ \| 2027-04-01 \| Magnus Fiktivsson \|/);
      expect(section(page, 'Mötet')).toContain('- **Ordförande:** Henrik Hyrberg');
      expect(page).toContain('| ORD-260615-EQ2G | Beställningen godkänns. Upphandlingen görs gemensamt inom miljösamverkan');
      expect(page).toContain('bordlagd 2026-11-12');
    }
  });
});
