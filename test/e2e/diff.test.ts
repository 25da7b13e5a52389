// styr diff end to end, in real git repositories: what a series of commits
// means, in text, Markdown and JSON; hostile revisions; git failures.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

const TODAY = ['--today', '2026-12-01'];
let repo: TempRepo;

// BASE: the order is prepared (not yet decided) and the contract does not exist.
// The branch: decide the order, change a RACI cell, swap a role holder, add the contract.
beforeAll(() => {
  repo = initRepo({ fixture: 'valid', dataFolder: 'data' });
  repo.edit('data/orders/ORD-261020-7KQ2.yaml', (t) =>
    t.replace('status: approved\ndecision: 2026-11-12-bit-november\n', 'status: prepared\n').replace(/\n {2}- \{ date: 2026-11-12.*\n?$/, '\n'),
  );
  repo.remove('data/contracts/avtal-skola.yaml');
  repo.commit('Start');
  repo.git('checkout', '-q', '-b', 'bit-november');
  repo.edit('data/orders/ORD-261020-7KQ2.yaml', (t) =>
    t
      .replace('status: prepared\n', 'status: approved\ndecision: 2026-11-12-bit-november\n')
      .concat('  - { date: 2026-11-12, from: prepared, to: approved, actor: karin-testberg, decision: 2026-11-12-bit-november }\n'),
  );
  repo.commit('Beslutsrådet godkände ORD-261020-7KQ2');
  repo.edit('data/raci/bestallning.yaml', (t) => t.replace('{ bestallare: H, drifttekniker: U, it-chef: I }', '{ bestallare: U, drifttekniker: H, it-chef: I }'));
  repo.commit('Drifttekniker huvudansvarig för registrering');
  repo.edit('data/roles/it-chef.yaml', (t) => t.replace('holders: [karin-testberg]\ndeputy: olof-pahittson', 'holders: [olof-pahittson]\ndeputy: karin-testberg'));
  repo.commit('Ny IT-chef');
  repo.write({
    'data/contracts/avtal-skola.yaml': [
      'id: avtal-skola',
      'number: AVT-2024-001',
      'title: Skolsystem, licens och drift',
      'supplier: Exempelleverantören AB',
      'start: 2024-07-01',
      'initialTermMonths: 48',
      'noticeMonths: 6',
      'systems: [skolsystem]',
      '',
    ].join('\n'),
  });
  repo.commit('Avtal för skolsystemet');
});
afterAll(() => repo.cleanup());

const EXPECTED_LINES = [
  'Role it-chef: holders karin-testberg → olof-pahittson',
  'Role it-chef: deputy olof-pahittson → karin-testberg',
  'RACI matrix bestallning / registrera: bestallare accountable → responsible',
  'RACI matrix bestallning / registrera: drifttekniker responsible → accountable',
  'Order ORD-261020-7KQ2 (Ny inloggning för elever): prepared → approved (decision 2026-11-12-bit-november)',
  'Contract avtal-skola added (notice deadline 2027-12-31)',
];

describe('styr diff', () => {
  it('describes each change of the branch against the merge base with main, in text', () => {
    const r = styr(['diff', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^styr diff [0-9a-f]{7} \(main\) → working tree$/);
    expect(lines[1]).toBe('4 records: 1 added, 0 removed, 0 renamed, 3 changed · problems: 0 introduced, 1 fixed');
    expect(lines.slice(2).join('\n')).toBe(
      [
        '',
        'Roles',
        `  ${EXPECTED_LINES[0]}`,
        `  ${EXPECTED_LINES[1]}`,
        '',
        'RACI matrices',
        `  ${EXPECTED_LINES[2]}`,
        `  ${EXPECTED_LINES[3]}`,
        '',
        'Orders',
        `  ${EXPECTED_LINES[4]}`,
        '',
        'Contracts',
        `  ${EXPECTED_LINES[5]}`,
        '',
        'Problems fixed (1)',
        "  error data/systems/skolsystem.yaml:10:13 ref/unknown-contract unknown contract id 'avtal-skola' in 'contracts.0'",
        '',
      ].join('\n'),
    );
  });

  it('gives a Markdown comment a reviewer can approve from', () => {
    const r = styr(['diff', 'main', 'HEAD', '--data', 'data', '--lang', 'en', '--format', 'markdown', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<!-- styr-diff -->');
    expect(r.stdout).toMatch(/^### What this change means: `[0-9a-f]{7} \(main\)` → `[0-9a-f]{7} \(HEAD\)`$/m);
    expect(r.stdout).toContain('**4 records: 1 added, 0 removed, 0 renamed, 3 changed** · problems: 0 introduced, 1 fixed');
    expect(r.stdout).toContain('#### Roles (1)\n\n- Role it-chef: holders karin-testberg → olof-pahittson\n- Role it-chef: deputy olof-pahittson → karin-testberg\n');
    for (const line of EXPECTED_LINES) expect(r.stdout).toContain(`\n- ${line}\n`);
    expect(r.stdout).toContain('#### Problems fixed (1)');
    expect(r.stdout).toContain("| error | `data/systems/skolsystem.yaml:10:13` | `ref/unknown-contract` | unknown contract id 'avtal-skola' in 'contracts.0' |");
  });

  it('gives JSON in a stable shape', () => {
    const r = styr(['diff', 'main', 'HEAD', '--data', 'data', '--lang', 'en', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.base.rev).toBe('main');
    expect(report.head.rev).toBe('HEAD');
    expect(report.summary).toEqual({ added: 1, removed: 0, renamed: 0, changed: 3, problemsIntroduced: 0, problemsFixed: 1 });
    expect(report.records.flatMap((rec: { lines: string[] }) => rec.lines)).toEqual(EXPECTED_LINES);
    const order = report.records.find((rec: { kind: string }) => rec.kind === 'order');
    expect(order.changes).toEqual([{ type: 'status', from: 'prepared', to: 'approved', path: ['prepared', 'approved'], decision: '2026-11-12-bit-november' }]);
    const raci = report.records.find((rec: { kind: string }) => rec.kind === 'raci');
    expect(raci.changes).toContainEqual({ type: 'raci-cell', activity: 'registrera', role: 'drifttekniker', from: 'U', to: 'H' });
    expect(report.problems.fixed[0]).toMatchObject({ rule: 'ref/unknown-contract', file: 'systems/skolsystem.yaml' });
    expect(report.stats.changedFiles).toBe(4);
    expect(report.stats.parsedFiles.head).toBeLessThan(report.stats.recordFiles.head + 1);
  });

  it('describes one commit, and labels in Swedish by default (styr.yaml says sv)', () => {
    const r = styr(['diff', 'HEAD~2', 'HEAD~1', '--data', 'data', ...TODAY], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nRoller\n  Roll it-chef: innehavare karin-testberg → olof-pahittson\n');
    expect(r.stdout).not.toContain('avtal-skola');
  });

  // Words a Swedish reader must not meet in a Swedish diff.
  const ENGLISH = ['prepared', 'approved', 'holders', 'added', 'removed', 'changed', 'decision'];

  it('speaks Swedish with --lang sv: status, RACI cell and holders, in text and Markdown', () => {
    const text = styr(['diff', 'main', 'HEAD', '--data', 'data', '--lang', 'sv', ...TODAY], { cwd: repo.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('4 poster: 1 tillagd, 0 borttagna, 0 omdöpta, 3 ändrade');
    expect(text.stdout).toContain('problem: 0 nya, 1 åtgärdat');
    expect(text.stdout).toContain('\nRoller\n  Roll it-chef: innehavare karin-testberg → olof-pahittson\n  Roll it-chef: ersättare olof-pahittson → karin-testberg\n');
    expect(text.stdout).toContain('\nHUKI-matriser\n  HUKI-matris bestallning / registrera: bestallare huvudansvarig → utförare\n');
    expect(text.stdout).toContain('\nBeställningar\n  Beställning ORD-261020-7KQ2 (Ny inloggning för elever): beredd → godkänd (beslut 2026-11-12-bit-november)\n');
    expect(text.stdout).toContain('\nAvtal\n  Avtal avtal-skola lades till (sista uppsägningsdag 2027-12-31)\n');
    expect(text.stdout).toContain('\nÅtgärdade problem (1)\n  fel data/systems/skolsystem.yaml:10:13 ref/unknown-contract ');
    const markdown = styr(['diff', 'main', 'HEAD', '--data', 'data', '--lang', 'sv', '--format', 'markdown', ...TODAY], { cwd: repo.dir });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^<!-- styr-diff -->\n### Vad ändringen betyder: `[0-9a-f]{7} \(main\)` → `[0-9a-f]{7} \(HEAD\)`$/m);
    expect(markdown.stdout).toContain('#### Roller (1)\n\n- Roll it-chef: innehavare karin-testberg → olof-pahittson\n');
    expect(markdown.stdout).toContain('- Beställning ORD-261020-7KQ2 (Ny inloggning för elever): beredd → godkänd (beslut 2026-11-12-bit-november)\n');
    expect(markdown.stdout).toContain('#### Åtgärdade problem (1)\n\n| | fil | regel | problem |\n|---|---|---|---|\n| fel | `data/systems/skolsystem.yaml:10:13` |');
    expect(markdown.stdout).toMatch(/<sub>styr · lästa filer: \d+ av \d+<\/sub>/);
    for (const out of [text.stdout, markdown.stdout]) {
      // Diagnostic messages are another part's words; only the diff's own lines are checked here.
      const own = out.split('\n').filter((line) => !line.includes('ref/unknown-contract'));
      for (const word of ENGLISH) expect(own.join('\n')).not.toContain(word);
    }
  });

  it('speaks Swedish with --lang sv: a notice deadline that moves', () => {
    repo.edit('data/contracts/avtal-skola.yaml', (t) => t.replace('noticeMonths: 6', 'noticeMonths: 3'));
    try {
      for (const format of ['text', 'markdown']) {
        const r = styr(['diff', 'HEAD', '--data', 'data', '--lang', 'sv', '--format', format, ...TODAY], { cwd: repo.dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Avtal avtal-skola: noticeMonths 6 → 3');
        expect(r.stdout).toContain('Avtal avtal-skola: sista uppsägningsdag 2027-12-31 → 2028-03-31');
        expect(r.stdout).toContain('1 post: 0 tillagda, 0 borttagna, 0 omdöpta, 1 ändrad');
        expect(r.stdout).toContain('problem: 0 nya, 0 åtgärdade');
        for (const word of ENGLISH) expect(r.stdout).not.toContain(word);
      }
    } finally {
      repo.git('checkout', '-q', '--', 'data/contracts/avtal-skola.yaml');
    }
  });

  it('reports problems the working tree introduces and says nothing about unchanged files', () => {
    repo.edit('data/orders/ORD-261115-A3BC.yaml', (t) => t.replace('orderer: eva-exempelsson', 'orderer: nobody'));
    try {
      const r = styr(['diff', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Order ORD-261115-A3BC (Koppla katalogen till skolsystemet): orderer eva-exempelsson → nobody');
      expect(r.stdout).toContain("Problems introduced (1)\n  error data/orders/ORD-261115-A3BC.yaml:4:10 ref/unknown-person unknown person id 'nobody' in 'orderer'");
    } finally {
      repo.git('checkout', '-q', '--', 'data/orders/ORD-261115-A3BC.yaml');
    }
  });

  it('finds problems in unchanged files that a removal causes', () => {
    repo.remove('data/people/per-provlund.yaml');
    try {
      const r = styr(['diff', 'HEAD', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('  Person per-provlund removed\n');
      expect(r.stdout).toContain("data/systems/skolsystem.yaml:7:16 ref/unknown-person unknown person id 'per-provlund' in 'administrator'");
      expect(r.stdout).toContain("data/units/utbildning.yaml:6:12 ref/unknown-person unknown person id 'per-provlund' in 'itContact'");
    } finally {
      repo.git('checkout', '-q', '--', 'data/people/per-provlund.yaml');
    }
  });

  it.each([['--output=/tmp/styr-pwned'], ['-p'], ['HEAD;rm -rf /'], ['$(id)'], ['main..HEAD'], ['HEAD:data/styr.yaml'], ['no-such-branch']])(
    'refuses the revision %s with exit 2 and a clear message',
    (rev) => {
      const r = styr(['diff', '--data', 'data', ...TODAY, '--', rev], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^styr: basrevisionen ('no-such-branch' finns inte|".*")/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('refuses a hostile head revision too', () => {
    const r = styr(['diff', 'main', '--upload-pack=touch /tmp/x', '--data', 'data'], { cwd: repo.dir });
    expect(r.code).toBe(2);
  });

  it('explains a shallow clone that lacks the base', () => {
    const tmp = initRepo();
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, join(tmp.dir, 'shallow')]);
      const r = styr(['diff', 'HEAD~3', '--data', 'data', ...TODAY], { cwd: join(tmp.dir, 'shallow') });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("basrevisionen 'HEAD~3' finns inte");
      expect(r.stderr).toContain('grund klon (shallow clone)');
      const en = styr(['diff', 'HEAD~3', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: join(tmp.dir, 'shallow') });
      expect(en.stderr).toContain("unknown base revision 'HEAD~3'");
      expect(en.stderr).toContain('shallow clone');
    } finally {
      tmp.cleanup();
    }
  });

  it('says so when the data folder is not in a git repository', () => {
    const tmp = initRepo();
    try {
      const outside = join(tmp.dir, '..');
      const r = styr(['diff', '--data', outside, ...TODAY], { cwd: outside });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/ligger inte i ett git-repositorium/);
    } finally {
      tmp.cleanup();
    }
  });

  it('says so when git is missing', () => {
    const r = styr(['diff', '--data', 'data', ...TODAY], { cwd: repo.dir, env: { PATH: '/nonexistent' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('styr: git är inte installerat eller finns inte i PATH (styr diff, log och validate --changed behöver det)\n');
  });
});

describe('styr diff and order scores', () => {
  it('reports the score an order gets when its estimates change', () => {
    const scored = initRepo({ fixture: 'valid', dataFolder: 'data' });
    try {
      scored.commit('Start');
      scored.edit('data/orders/ORD-261020-7KQ2.yaml', (t) => t.replace('benefit: 4,', 'benefit: 2,'));
      const r = styr(['diff', 'HEAD', '--data', 'data', '--lang', 'en', ...TODAY], { cwd: scored.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Order ORD-261020-7KQ2 (Ny inloggning för elever): estimates.benefit 4 → 2');
      expect(r.stdout).toContain('Order ORD-261020-7KQ2 (Ny inloggning för elever): score 63.9 → 47.2');
    } finally {
      scored.cleanup();
    }
  });
});
