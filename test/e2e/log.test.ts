// styr log end to end: the commits that touched one record, across a rename.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { styr } from '../helpers/cli.js';
import { initRepo } from '../helpers/git-repo.js';
import type { TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo;
const hashes: Record<string, string> = {};

beforeAll(() => {
  repo = initRepo({ fixture: 'valid' });
  hashes.start = repo.commit('Start', '2026-11-01T09:00:00+01:00');
  repo.edit('roles/it-chef.yaml', (t) => t.replace('staffing: filled', 'staffing: filled\nfte: 1'));
  hashes.fte = repo.commit('IT-chefen på heltid', '2026-11-02T09:00:00+01:00');
  repo.edit('orders/ORD-261115-A3BC.yaml', (t) => t.replace('status: received', 'status: in-preparation'));
  hashes.other = repo.commit('En annan post', '2026-11-03T09:00:00+01:00');
  repo.git('mv', 'roles/it-chef.yaml', 'roles/it-direktor.yaml');
  repo.edit('roles/it-direktor.yaml', (t) => t.replace('id: it-chef', 'id: it-direktor'));
  hashes.rename = repo.commit('IT-chef blir IT-direktör', '2026-11-04T09:00:00+01:00');
  repo.edit('roles/it-direktor.yaml', (t) => t.replace('holders: [karin-testberg]', 'holders: [olof-pahittson]'));
  hashes.holder = repo.commit('Ny innehavare', '2026-11-05T09:00:00+01:00');
  repo.write({
    'orders/ORD-261120-B4CD.yaml': [
      'id: ORD-261120-B4CD',
      'title: Ny e-tjänst',
      'orderer: eva-exempelsson',
      'unit: utbildning',
      'type: change',
      'status: prepared',
      'created: 2026-11-20',
      '',
    ].join('\n'),
  });
  hashes.prepared = repo.commit('Beredd beställning', '2026-11-06T09:00:00+01:00');
});
afterAll(() => repo.cleanup());

describe('styr log', () => {
  it('lists every commit that touched the record, newest first, across the rename', () => {
    const r = styr(['log', 'it-direktor', '--lang', 'en', '--today', '2026-12-01'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${hashes.holder} 2026-11-05 Karin Testberg  Ny innehavare`,
        '    Role it-direktor: holders karin-testberg → olof-pahittson',
        `${hashes.rename} 2026-11-04 Karin Testberg  IT-chef blir IT-direktör`,
        '    renamed from roles/it-chef.yaml',
        '    Role it-chef renamed to it-direktor',
        `${hashes.fte} 2026-11-02 Karin Testberg  IT-chefen på heltid`,
        '    Role it-chef: fte added (1)',
        `${hashes.start} 2026-11-01 Karin Testberg  Start`,
        '    Role it-chef added (IT-chef)',
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toContain(hashes.other!);
  });

  it('speaks Swedish with styr.yaml language sv: statuses and words from the catalogue', () => {
    const r = styr(['log', 'ORD-261115-A3BC', '--today', '2026-12-01'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${hashes.other} 2026-11-03 Karin Testberg  En annan post`,
        '    Beställning ORD-261115-A3BC (Koppla katalogen till skolsystemet): mottagen → under beredning',
        `${hashes.start} 2026-11-01 Karin Testberg  Start`,
        '    Beställning ORD-261115-A3BC (Koppla katalogen till skolsystemet) lades till (status mottagen)',
        '',
      ].join('\n'),
    );
    const prepared = styr(['log', 'ORD-261120-B4CD', '--today', '2026-12-01'], { cwd: repo.dir });
    expect(prepared.stdout).toBe(
      `${hashes.prepared} 2026-11-06 Karin Testberg  Beredd beställning\n    Beställning ORD-261120-B4CD (Ny e-tjänst) lades till (status beredd)\n`,
    );
    const renamed = styr(['log', 'it-direktor', '--lang', 'sv', '--today', '2026-12-01'], { cwd: repo.dir });
    expect(renamed.stdout).toContain('    hette tidigare roles/it-chef.yaml\n    Roll it-chef fick nytt id it-direktor\n');
    expect(renamed.stdout).toContain('    Roll it-direktor: innehavare karin-testberg → olof-pahittson\n');
  });

  it('accepts kind/id and gives JSON', () => {
    const r = styr(['log', 'order/ORD-261115-A3BC', '--format', 'json', '--today', '2026-12-01'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log.file).toBe('orders/ORD-261115-A3BC.yaml');
    expect(log.commits.map((c: { shortCommit: string }) => c.shortCommit)).toEqual([hashes.other, hashes.start]);
    expect(log.commits[0].change.changes).toEqual([{ type: 'status', from: 'received', to: 'in-preparation', path: ['received', 'in-preparation'] }]);
  });

  it('refuses an unknown record with exit 2', () => {
    const r = styr(['log', 'no-such-record'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ingen post 'no-such-record'");
  });
});
