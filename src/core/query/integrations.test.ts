// An integration documented at both ends (outbound in one system, inbound in the
// other, the same data) is one integration in `styr systems`, on the catalog's
// system pages and in the systems map.
import { describe, expect, it } from 'vitest';
import { TODAY, edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { renderDocuments } from '../render/render.js';
import { integrationLinks, querySystems } from './systems.js';

/** The fixture's skolsystem → katalog integration, written down at katalog too. */
function bothEnds(change: (integration: Record<string, unknown>) => void = () => {}): FileTree {
  return edit(validTree(), 'systems/katalog.yaml', (s) => {
    const integration: Record<string, unknown> = { target: 'skolsystem', direction: 'inbound', protocol: 'REST', data: 'Elever och klasser' };
    change(integration);
    s.integrations = [integration];
  });
}

const counts = (tree: FileTree) => querySystems(loadTree(tree).model, {}, { language: 'sv', today: TODAY }).map((r) => `${r.id} ${r.integrations}`);
const page = (tree: FileTree, path: string) => renderDocuments(loadTree(tree).model, [], { lang: 'sv', today: TODAY }).find((p) => p.path === path)!.markdown;
/** The table rows of a page's section that name both systems. */
const rowsNaming = (markdown: string, a: string, b: string) => markdown.split('\n').filter((l) => l.startsWith('|') && l.includes(a) && l.includes(b));

describe('an integration documented at both ends', () => {
  it('is one link, represented by the sending end, with the details of both', () => {
    const tree = bothEnds((i) => {
      delete i.protocol;
      i.frequency = 'daily';
      i.data = '  elever  och Klasser ';
    });
    const links = integrationLinks(loadTree(tree).model);
    expect(links).toEqual([
      {
        from: 'skolsystem',
        to: 'katalog',
        bothEnds: true,
        integration: { target: 'katalog', direction: 'outbound', protocol: 'REST', data: 'Elever och klasser', frequency: 'daily' },
      },
    ]);
  });

  it('counts once for each system in styr systems', () => {
    expect(counts(validTree())).toEqual(['katalog 1', 'skolsystem 1']);
    expect(counts(bothEnds())).toEqual(['katalog 1', 'skolsystem 1']);
  });

  it('stays two integrations when the data or the direction differ', () => {
    expect(counts(bothEnds((i) => (i.data = 'Lärare')))).toEqual(['katalog 2', 'skolsystem 2']);
    expect(counts(bothEnds((i) => (i.direction = 'outbound')))).toEqual(['katalog 2', 'skolsystem 2']);
  });

  it('is active when either end says it is', () => {
    const links = integrationLinks(loadTree(bothEnds((i) => (i.status = 'planned'))).model);
    expect(links.map((l) => l.integration.status ?? 'active')).toEqual(['active']);
  });

  it('is listed once on each system page of the catalog', () => {
    const tree = bothEnds();
    expect(rowsNaming(page(tree, 'catalog/systems/katalog.md'), 'skolsystem', 'Elever och klasser')).toHaveLength(1);
    expect(rowsNaming(page(tree, 'catalog/systems/skolsystem.md'), 'katalog', 'Elever och klasser')).toHaveLength(1);
  });

  it('is one row and one edge in the systems map', () => {
    const map = page(bothEnds(), 'systems-map/index.md');
    expect(rowsNaming(map, 'skolsystem', 'Elever och klasser')).toHaveLength(1);
    // One edge in each of the two areas' diagrams (no second, reversed edge), one in the overview.
    expect(map.match(/s_skolsystem --> s_katalog/g)).toHaveLength(2);
    expect(map).not.toMatch(/s_katalog --> s_skolsystem/);
    expect(map.match(/a_gemensam_it <-->\|"1"\| a_utbildning/g)).toHaveLength(1);
  });
});
