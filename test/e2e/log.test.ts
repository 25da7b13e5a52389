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
    expect(r.stderr).toContain("no record 'no-such-record'");
  });
});
