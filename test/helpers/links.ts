// Walk a rendered output folder and list every relative link that does not
// resolve: the file must exist and, for HTML targets, the #anchor must be an id on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

function linksIn(file: string, text: string): string[] {
  if (file.endsWith('.html')) return [...text.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  // Markdown inline links, skipping escaped brackets and code fences.
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

const idCache = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    ids = new Set([...readFileSync(path, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
    idCache.set(path, ids);
  }
  return ids;
}

export interface BrokenLink {
  from: string;
  href: string;
}

export function brokenLinks(root: string): { checked: number; broken: BrokenLink[] } {
  idCache.clear();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of listFiles(root).filter((f) => f.endsWith('.md') || f.endsWith('.html'))) {
    for (const href of linksIn(file, readFileSync(join(root, file), 'utf8'))) {
      if (/^(https?:|mailto:)/i.test(href)) continue;
      checked++;
      const [pathPart, anchor] = href.split('#') as [string, string | undefined];
      const target = pathPart === '' ? join(root, file) : join(root, dirname(file), decodeURIComponent(pathPart));
      if (!existsSync(target) || statSync(target).isDirectory()) {
        broken.push({ from: file, href });
        continue;
      }
      if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push({ from: file, href });
    }
  }
  return { checked, broken };
}
