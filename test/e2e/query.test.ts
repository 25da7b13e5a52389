// styr systems, contracts, roles and raci on the example municipality (data/),
// read only: tables in both languages, every filter, the usage errors, JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copyFixture, styr, writeTree } from '../helpers/cli.js';
import type { Run } from '../helpers/cli.js';

const DATA = ['--data', 'data', '--today', '2026-12-01'];

function run(args: string[]): Run {
  return styr([...args, ...DATA]);
}

function json<T = Record<string, unknown>>(args: string[]): T[] {
  const r = run([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T[];
}

function ids(args: string[]): string[] {
  return json<{ id: string }>(args).map((row) => row.id);
}

/** The cells of the table row whose first cell is `first`. */
function row(stdout: string, first: string): string[] {
  const line = stdout.split('\n').find((l) => l.split('│')[1]?.trim() === first);
  if (!line) throw new Error(`no row ${first} in:\n${stdout}`);
  return line
    .split('│')
    .slice(1, -1)
    .map((c) => c.trim());
}

/** The first-column values of a table, top to bottom. */
function firstColumn(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .slice(1)
    .map((l) => l.split('│')[1]!.trim());
}

function expectUsageError(args: string[], message: string): void {
  const r = run(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim()).toBe(`styr: ${message}`);
}

describe.runIf(existsSync(join(ROOT, 'data', 'styr.yaml')))('the query commands on the example municipality', () => {
  describe('styr systems', () => {
    it('lists every system by business area in Swedish order, with owner, administrator, 2027 plan and integrations', () => {
      const r = run(['systems']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Verksamhetsområde');
      expect(r.stdout).toContain('Förvaltningsplan 2027');
      expect(row(r.stdout, 'ekonomisystem')).toEqual([
        'ekonomisystem',
        'Kassaboken',
        'Ekonomi och HR',
        'i drift',
        'Louise Budgetsson',
        'Kristoffer Konterberg',
        'ekonomi-hr-2027',
        '10',
      ]);
      // Retired Socialakten needs no plan and its integrations are retired; planned Kontaktcentret has no administrator yet.
      expect(row(r.stdout, 'socialakten')).toEqual(['socialakten', 'Socialakten', 'Socialtjänst', 'avvecklat', 'Johan Låtsasson', '–', 'ingen', '0']);
      expect(row(r.stdout, 'kontaktcenter').slice(3, 7)).toEqual(['planerat', 'Josefin Budskapsson', '–', 'e-tjanster-2027']);
      // "Ärendehantering och arkiv" sorts last in Swedish.
      const order = firstColumn(r.stdout);
      expect(order[0]).toBe('e-handel');
      expect(order.slice(-3)).toEqual(['e-arkiv', 'diarium', 'e-tjansteplattform']);
      expect(r.stdout.trimEnd().endsWith('33 system visas av 33')).toBe(true);
    });

    it('speaks English with --lang en, where Ä sorts with A', () => {
      const r = run(['systems', '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Business area');
      expect(r.stdout).toContain('Management plan 2027');
      expect(row(r.stdout, 'socialakten').slice(3, 7)).toEqual(['retired', 'Johan Låtsasson', '–', 'none']);
      expect(firstColumn(r.stdout).slice(0, 3)).toEqual(['e-arkiv', 'diarium', 'e-tjansteplattform']);
    });

    it('counts the integrations declared at either end, retired ones left out', () => {
      const systems = json<{ id: string; integrations: number; plans: string[]; administrator: string | null }>(['systems']);
      const by = new Map(systems.map((s) => [s.id, s]));
      expect(systems).toHaveLength(33);
      // Kassaboken declares one (to Inköpstorget); nine live systems send it data; Socialakten's is retired.
      expect(by.get('ekonomisystem')?.integrations).toBe(10);
      expect(by.get('socialakten')).toMatchObject({ integrations: 0, plans: [], administrator: null });
    });

    it('filters by business area, unit, owner, lifecycle and supplier', () => {
      expect(ids(['systems', '--area', 'ärende'])).toEqual(['e-arkiv', 'diarium', 'e-tjansteplattform']);
      expect(ids(['systems', '--unit', 'kultur-och-fritid'])).toEqual(['lokalbokning', 'bibliotekssystem']);
      expect(ids(['systems', '--owner', 'anders-skissander'])).toEqual(['elevdokumentation', 'larplattform', 'skoladministration']);
      expect(ids(['systems', '--lifecycle', 'phase-out'])).toEqual(['forskoleplacering']);
      expect(ids(['systems', '--supplier', 'nordtech'])).toEqual(['bygglov', 'miljotillsyn', 'forskoleplacering', 'skoladministration']);
      expect(ids(['systems', '--owner', 'karin-exempelsson', '--lifecycle', 'production'])).toHaveLength(8);
    });

    it('--without-plan finds nothing: every active system has a 2027 plan (the draft culture plan counts)', () => {
      const r = run(['systems', '--without-plan']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('Inget matchar.\n');
      expect(json(['systems', '--without-plan'])).toEqual([]);
      expect(run(['systems', '--without-plan', '--lang', 'en']).stdout).toBe('Nothing matches.\n');
    });

    it('refuses an unknown unit or owner with a suggestion, and an unknown lifecycle naming the allowed ones', () => {
      expectUsageError(['systems', '--unit', 'kultur-och-fritd'], '--unit: enhet ”kultur-och-fritd” finns inte – menade du ”kultur-och-fritid”?');
      expectUsageError(['systems', '--owner', 'anders-skisander'], '--owner: person ”anders-skisander” finns inte – menade du ”anders-skissander”?');
      expectUsageError(
        ['systems', '--lifecycle', 'prod'],
        '--lifecycle: ”prod” är inte ett tillåtet värde; tillåtna: planned (planerat), introduction (införande), production (i drift), phase-out (under avveckling), retired (avvecklat)',
      );
    });
  });

  describe('styr contracts', () => {
    it('lists running contracts most urgent first: the printing contract leads, the decided finance system comes last', () => {
      const r = run(['contracts']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Sista dag för uppsägning');
      expect(r.stdout).toContain('Årskostnad');
      const order = firstColumn(r.stdout);
      // The finance system's deadline passed in July, but the renewal was decided in June: not urgent.
      expect(order[0]).toBe('utskrift-2020');
      expect(order[order.length - 1]).toBe('ekonomisystem-2021');
      // Amounts group thousands with a no-break space, as Intl does for sv-SE.
      expect(row(r.stdout, 'ekonomisystem-2021').slice(3, 9)).toEqual([
        '2026-12-31',
        '2026-06-30',
        '−154',
        'option, 24 månader i taget',
        '1\u00a0180\u00a0000\u00a0kr',
        'förlänga',
      ]);
      expect(row(r.stdout, 'utskrift-2020').slice(3, 9)).toEqual(['2027-04-01', '2027-01-01', '31', 'automatisk, 12 månader i taget', '640\u00a0000\u00a0kr', '–']);
      expect(order).not.toContain('socialakten-2015');
      expect(r.stdout.trimEnd().endsWith('22 avtal visas av 23')).toBe(true);
    });

    it('speaks English with --lang en', () => {
      const r = run(['contracts', '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Notice deadline');
      expect(r.stdout).toContain('Days left');
      expect(row(r.stdout, 'utskrift-2020').slice(5, 9)).toEqual(['31', 'automatic, 12 months at a time', 'SEK\u00a0640,000', '–']);
    });

    it('--notice-within 90 gives the printing contract alone, as contract/notice-soon warns', () => {
      const rows = json<{ id: string; noticeDeadline: string; daysToNoticeDeadline: number; noticePassed: boolean }>(['contracts', '--notice-within', '90']);
      expect(rows).toEqual([expect.objectContaining({ id: 'utskrift-2020', noticeDeadline: '2027-01-01', daysToNoticeDeadline: 31, noticePassed: false })]);
      // Equal days left: the earlier current end first, as in the contracts document.
      expect(ids(['contracts', '--notice-within', '120'])).toEqual([
        'utskrift-2020',
        'legitimeringsbryggan-2023',
        'samverkansytan-2024',
        'hemtjanstplaneraren-2021',
        'natdrift-2021',
      ]);
      expect(ids(['contracts', '--notice-within', '29'])).toEqual([]);
    });

    it('--all adds the ended Socialakten contract, last', () => {
      const rows = json<{ id: string; currentEnd: string; ended: boolean; noticeDeadline: string | null; noticeDecision: string | null }>(['contracts', '--all']);
      expect(rows).toHaveLength(23);
      expect(rows.at(-1)).toMatchObject({ id: 'socialakten-2015', currentEnd: '2025-05-31', ended: true, noticeDeadline: null, noticeDecision: 'terminate' });
    });

    it('filters by supplier and by system', () => {
      expect(ids(['contracts', '--supplier', 'nordtech'])).toEqual(['tillsynsreda-2019', 'skolkompassen-2020']);
      expect(ids(['contracts', '--system', 'forskoleplacering'])).toEqual(['skolkompassen-2020']);
      expect(ids(['contracts', '--system', 'bygglov'])).toEqual([]);
      expect(run(['contracts', '--supplier', 'ingen sådan leverantör']).stdout).toBe('Inget matchar.\n');
    });

    it('refuses an unknown system with a suggestion and a --notice-within that is not a number', () => {
      expectUsageError(['contracts', '--system', 'skoladministraton'], '--system: system ”skoladministraton” finns inte – menade du ”skoladministration”?');
      expectUsageError(['contracts', '--notice-within', 'soon'], '--notice-within måste vara ett heltal ≥ 0, inte ”soon”');
    });
  });

  describe('styr roles', () => {
    it('lists every role by level with holders, staffing and recruitment', () => {
      const r = run(['roles']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Bemanning');
      expect(firstColumn(r.stdout).slice(0, 2)).toEqual(['bitradande-it-chef', 'it-chef']);
      expect(row(r.stdout, 'it-arkitekt')).toEqual(['it-arkitekt', 'IT-arkitekt', 'taktisk', 'bestallarfunktionen', '–', 'vakant', 'steg 1, pågår']);
      expect(row(r.stdout, 'andringsansvarig').slice(4)).toEqual(['Henrik Hyrberg', 'konsult tills vidare', 'steg 3, planerad']);
      expect(row(r.stdout, 'bestallare')[4]).toBe('Anders Skissander, Anna-Karin Sagolund, Åsa Fastighetsdotter +10 till');
      expect(r.stdout.trimEnd().endsWith('14 roller visas av 14')).toBe(true);
    });

    it('speaks English with --lang en', () => {
      const r = run(['roles', '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Staffing');
      expect(row(r.stdout, 'it-arkitekt').slice(2)).toEqual(['tactical', 'bestallarfunktionen', '–', 'vacant', 'step 1, ongoing']);
    });

    it('--vacant keeps the roles not fully staffed: the vacant IT architect and analyst, the interim change manager, two partly staffed', () => {
      const rows = json<{ id: string; staffing: string; key: boolean; holders: string[]; recruitmentStep: number | null }>(['roles', '--vacant']);
      expect(rows.map((r) => `${r.id} ${r.staffing}`)).toEqual([
        'it-arkitekt vacant',
        'it-kontakt partly-filled',
        'kravanalytiker vacant',
        'andringsansvarig interim-consultant',
        'driftpersonal partly-filled',
      ]);
      expect(rows[0]).toMatchObject({ key: true, holders: [], recruitmentStep: 1 });
    });

    it('filters by level, unit and person (holders, not deputies)', () => {
      expect(ids(['roles', '--level', 'strategic'])).toEqual(['bitradande-it-chef', 'it-chef']);
      expect(ids(['roles', '--unit', 'it-enheten'])).toEqual(['it-chef', 'driftchef', 'driftpersonal', 'servicedesk']);
      expect(ids(['roles', '--person', 'hanna-provsjo'])).toEqual(['it-kontakt', 'systemforvaltare']);
      // Jonas Provström is deputy for the IT manager and the IT architect, and holds one role.
      expect(ids(['roles', '--person', 'jonas-provstrom'])).toEqual(['bitradande-it-chef']);
      expect(run(['roles', '--unit', 'barn-och-utbildning']).stdout).toBe('Inget matchar.\n');
    });

    it('shows the person asked for first among many holders', () => {
      const r = run(['roles', '--person', 'peter-kulissberg']);
      expect(r.code, r.stderr).toBe(0);
      expect(row(r.stdout, 'bestallare')[4]).toBe('Peter Kulissberg, Anders Skissander, Anna-Karin Sagolund +10 till');
    });

    it('refuses an unknown person with a suggestion and a level that is not one', () => {
      expectUsageError(['roles', '--person', 'hanna-provsj'], '--person: person ”hanna-provsj” finns inte – menade du ”hanna-provsjo”?');
      expectUsageError(
        ['roles', '--level', 'taktik'],
        '--level: ”taktik” är inte ett tillåtet värde; tillåtna: strategic (strategisk), tactical (taktisk), operational (operativ) – menade du ”tactical”?',
      );
    });
  });

  describe('styr raci', () => {
    it('lists the five processes with their activities and roles', () => {
      const r = run(['raci']);
      expect(r.code, r.stderr).toBe(0);
      expect(row(r.stdout, 'bestallning-och-beredning')).toEqual(['bestallning-och-beredning', 'Beställning och beredning', '12', '14']);
      expect(firstColumn(r.stdout).at(-1)).toBe('servicedesk');
      expect(r.stdout.trimEnd().endsWith('5 processer')).toBe(true);
      const processes = json<{ id: string; process: string; activities: number; roles: string[] }>(['raci']);
      expect(processes.map((p) => `${p.id} ${p.process} ${p.activities}`)).toEqual([
        'avtal-och-licenser contract 10',
        'bestallning-och-beredning ordering 12',
        'incident-och-problemhantering incident 12',
        'andringshantering change 10',
        'servicedesk service-desk 10',
      ]);
    });

    it('shows one matrix as activities × roles with the H/U/K/I letters and their meaning', () => {
      const r = run(['raci', 'andringshantering']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('Ändringshantering (andringshantering)');
      const head = row(r.stdout, 'Aktivitet');
      const cells = row(r.stdout, 'Klassificera ändring');
      const letters = Object.fromEntries(
        head
          .slice(1)
          .map((role, i) => [role, cells[i + 1]])
          .filter(([, letter]) => letter !== ''),
      );
      expect(letters).toEqual({ andringsansvarig: 'H', driftchef: 'U', driftpersonal: 'K' });
      expect(r.stdout).toContain('H = huvudansvarig, U = utförare, K = konsulteras, I = informeras');
      expect(json(['raci', 'andringshantering'])).toHaveLength(10);
    });

    it('keeps the letters and explains them in English with --lang en', () => {
      const r = run(['raci', 'andringshantering', '--lang', 'en']);
      expect(r.code, r.stderr).toBe(0);
      expect(row(r.stdout, 'Activity')).toContain('andringsansvarig');
      expect(r.stdout).toContain('H = accountable, U = responsible, K = consulted, I = informed');
    });

    it('--role lists every activity where the vacant IT architect has a letter', () => {
      const rows = json<{ process: string; activity: string; letter: string }>(['raci', '--role', 'it-arkitekt']);
      expect(rows).toHaveLength(7);
      expect(rows.filter((a) => a.letter === 'H')).toEqual([expect.objectContaining({ process: 'bestallning-och-beredning', activity: 'ta-fram-losningsforslag' })]);
      expect(json(['raci', 'bestallning-och-beredning', '--role', 'it-arkitekt'])).toHaveLength(3);
      const r = run(['raci', '--role', 'it-arkitekt']);
      expect(r.stdout).toContain('7 aktiviteter där it-arkitekt har en bokstav');
      expect(run(['raci', 'servicedesk', '--role', 'it-arkitekt']).stdout).toBe('Inget matchar.\n');
      expect(json(['raci', 'servicedesk', '--role', 'it-arkitekt'])).toEqual([]);
    });

    it('refuses an unknown process or role with a suggestion', () => {
      expectUsageError(['raci', 'andringshanterin'], 'process ”andringshanterin” finns inte – menade du ”andringshantering”? (styr raci visar processerna)');
      expectUsageError(['raci', '--role', 'it-arkitek'], '--role: roll ”it-arkitek” finns inte – menade du ”it-arkitekt”?');
    });
  });

  it('styr --help lists the four commands', () => {
    const r = styr(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['systems', 'contracts', 'roles', 'raci']) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe('the query commands on records that failed validation', () => {
  it('leave them out and say so on stderr, as styr order list does', () => {
    const repo = copyFixture('valid');
    try {
      writeTree(repo.dir, {
        'systems/katalog.yaml': 'id: katalog\nname: Katalogtjänst\nbusinessArea: Gemensam IT\nlifecycle: live\n',
        'contracts/avtal-skola.yaml': 'id: avtal-skola\nnumber: 1\ntitle: Skolsystem\nsupplier: Exempel AB\nstart: 2024-07-01\n',
        'roles/drifttekniker.yaml': 'id: drifttekniker\nname: Drifttekniker\nlevel: operational\nside: provider\nstaffing: [\n',
        'raci/bestallning.yaml': 'id: bestallning\nname: Beställning\nactivities: none\n',
      });
      const cases: [string, string, string][] = [
        ['systems', 'system', 'skolsystem'],
        ['contracts', 'avtal', ''],
        ['roles', 'roller', 'it-chef'],
        ['raci', 'HUKI-matriser', ''],
      ];
      for (const [command, kind, listed] of cases) {
        const r = styr([command, '--data', repo.dir, '--today', '2026-12-01']);
        expect(r.code, `${command}: ${r.stderr}`).toBe(0);
        expect(r.stderr).toBe(`styr: ${kind}: 1 fil har fel och visas inte; kör styr validate\n`);
        if (listed) expect(r.stdout).toContain(listed);
        else expect(r.stdout).toBe('Inget matchar.\n');
      }
      const systems = JSON.parse(styr(['systems', '--json', '--data', repo.dir, '--today', '2026-12-01']).stdout) as { id: string }[];
      expect(systems.map((s) => s.id)).toEqual(['skolsystem']);
    } finally {
      repo.cleanup();
    }
  });
});
