// Git problems as catalogue messages. The text is made in the output language
// when the CLI prints it; an error's `message` holds the English text (for
// stack traces and tests).
import type { MessageKey } from '../core/i18n/catalog.js';
import type { Language } from '../core/i18n/language.js';
import { translate } from '../core/i18n/translate.js';
import type { MessageValues } from '../core/i18n/translate.js';

/** Which revision argument a message is about; the message names it as {what}. */
export type RevisionRole = 'revision' | 'base' | 'head' | 'defaultBranch';

export interface GitMessage {
  id: MessageKey;
  values?: MessageValues;
  role?: RevisionRole;
  /** A second sentence: how to fix it (fetch a shallow clone's history). */
  hint?: MessageKey;
}

export function gitMessageText(lang: Language, m: GitMessage): string {
  const values = m.role ? { ...m.values, what: translate(lang, `diff.git.rev.${m.role}`) } : m.values;
  const text = translate(lang, m.id, values);
  return m.hint ? `${text} — ${translate(lang, m.hint)}` : text;
}

/** A revision shown in a message: quoted, and cut if it is long. */
export function shownRevision(rev: string): string {
  return JSON.stringify(rev.length > 60 ? `${rev.slice(0, 60)}…` : rev);
}
