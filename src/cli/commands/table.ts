// Terminal tables (cli-table3) with colour only when the context allows it.
import { Chalk } from 'chalk';
import Table from 'cli-table3';

export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], color: boolean, options: { align?: ('left' | 'right')[] } = {}): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: options.align ?? [],
    wordWrap: false,
  });
  for (const row of rows) table.push([...row]);
  return `${table.toString()}\n`;
}

export function colours(color: boolean): InstanceType<typeof Chalk> {
  return new Chalk({ level: color ? 1 : 0 });
}
