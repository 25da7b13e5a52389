// The edit of an order file for one status move: the status line, the
// decision and rationale when the move sets them, and one new history entry.
import { isDeepStrictEqual } from 'node:util';
import type { Order } from '../core/model/types.js';
import { applyMove } from '../core/orders/move.js';
import type { MoveChanges } from '../core/orders/move.js';
import { parseSource } from '../core/source/parse.js';
import { YamlEditError, appendToList, setField } from './yaml-edit.js';

export function editOrderMove(text: string, changes: MoveChanges): string {
  let out = setField(text, 'status', changes.status);
  if (changes.decision !== undefined) out = setField(out, 'decision', changes.decision, ['status']);
  if (changes.rationale !== undefined) out = setField(out, 'rationale', changes.rationale, ['decision', 'status']);
  const entry: Record<string, string> = {};
  for (const key of ['date', 'from', 'to', 'actor', 'decision', 'note'] as const) {
    const value = changes.entry[key];
    if (value !== undefined) entry[key] = value;
  }
  return appendToList(out, 'history', entry);
}

export type CheckedMoveEdit = { ok: true; text: string } | { ok: false; problem: 'cannot-edit'; reason: string } | { ok: false; problem: 'mismatch' };

/** The move spliced into the order file's text, and checked: the result must parse to exactly the order after the move. */
export function editOrderMoveChecked(path: string, text: string, order: Order, changes: MoveChanges): CheckedMoveEdit {
  let edited: string;
  try {
    edited = editOrderMove(text, changes);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    return { ok: false, problem: 'cannot-edit', reason: error.message };
  }
  const reparsed = parseSource({ path, size: edited.length, bytes: new TextEncoder().encode(edited) }, 'yaml');
  const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  if (!reparsed.ok || !isDeepStrictEqual(plain(reparsed.source.data), plain(applyMove(order, changes)))) return { ok: false, problem: 'mismatch' };
  return { ok: true, text: edited };
}
