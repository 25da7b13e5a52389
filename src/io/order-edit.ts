// The edit of an order file for one status move: the status line, the
// decision and rationale when the move sets them, and one new history entry.
import type { MoveChanges } from '../core/orders/move.js';
import { appendToList, setField } from './yaml-edit.js';

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
