// styr new raci on a terminal: the activities of the matrix, asked one at a
// time — the activity's name, then a HUKI letter for each role, role by role
// (or none) — never as raw YAML. An activity needs exactly one H and at least
// one U (the rules say so); when it has not, its letters are asked again with
// the answers kept as defaults.
import { input, select } from '@inquirer/prompts';
import { slugify } from '../../core/create/record-text.js';
import { confirmIn } from './new-confirm.js';
import type { Workspace } from './workspace.js';

const LETTERS = ['H', 'U', 'K', 'I'] as const;
type Letter = (typeof LETTERS)[number];
const NONE = '';

export interface RaciActivity {
  id: string;
  name: string;
  roles: Record<string, Letter>;
}

function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name) || 'aktivitet';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export async function askRaciActivities(ws: Workspace): Promise<RaciActivity[]> {
  const { t } = ws;
  const roles = [...ws.model.records.role.values()].filter((r) => r.valid).sort((a, b) => a.id.localeCompare(b.id));
  const activities: RaciActivity[] = [];
  for (;;) {
    const n = activities.length + 1;
    const name = (
      await input({
        message: t(n === 1 ? 'new.raci.first' : 'new.raci.next', { n }),
        validate: (v) => (v.trim() === '' && n === 1 ? t('prompt.required') : true),
      })
    ).trim();
    if (name === '') break;
    const letters: Record<string, Letter> = {};
    for (;;) {
      for (const role of roles) {
        const choices = [
          { name: t('new.raci.noLetter'), value: NONE },
          ...LETTERS.map((letter) => ({ name: `${letter} – ${t(`raciLetter.${letter}`)}`, value: letter })),
        ];
        const answer = await select({
          message: t('new.raci.letter', { activity: name, role: role.data.name && role.data.name !== role.id ? `${role.data.name} (${role.id})` : role.id }),
          choices,
          default: letters[role.id] ?? NONE,
        });
        if (answer === NONE) delete letters[role.id];
        else letters[role.id] = answer as Letter;
      }
      const count = (letter: Letter) => Object.values(letters).filter((l) => l === letter).length;
      if (count('H') === 1 && count('U') >= 1) break;
      ws.context.io.stdout.write(`${t('new.raci.letters', { h: count('H'), u: count('U') })}\n`);
    }
    activities.push({ id: uniqueId(name, new Set(activities.map((a) => a.id))), name, roles: letters });
    if (!(await confirmIn(t, t('new.raci.more'), false))) break;
  }
  return activities;
}
