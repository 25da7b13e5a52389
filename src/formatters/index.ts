import type { FormatName, Formatter } from './types.js';

/** Formatters load on demand so a JSON run never imports chalk. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
  }
}
