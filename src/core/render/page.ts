// Assembling one page: headings get the anchors GitHub would give them, in
// document order, so a table of contents can link to them.
import { createSlugger, inline } from './markdown.js';

export class PageBuilder {
  private readonly parts: string[] = [];
  private readonly slug = createSlugger();

  /** Adds a heading (record text is escaped) and returns its anchor. */
  heading(level: number, text: string): string {
    this.parts.push(`${'#'.repeat(level)} ${inline(text)}`);
    return this.slug(text);
  }

  /** Adds a block of Markdown; empty blocks are skipped. */
  add(...blocks: string[]): this {
    for (const block of blocks) if (block.trim() !== '') this.parts.push(block.trimEnd());
    return this;
  }

  /** Reserves a place for a block written later (a table of contents). */
  placeholder(): (block: string) => void {
    const index = this.parts.length;
    this.parts.push('');
    return (block) => {
      this.parts[index] = block;
    };
  }

  toString(): string {
    return `${this.parts.filter((p) => p !== '').join('\n\n')}\n`;
  }
}

/** A short one-line excerpt of record text for index tables. */
export function excerpt(text: string | undefined, max = 160): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
