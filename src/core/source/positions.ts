// Line and column for a JSON pointer. Only files with problems pay for this:
// they are parsed a second time with `yaml`, which keeps node ranges.
import type { Node, Pair, YAMLMap } from 'yaml';
import { fromPointer } from '../diagnostics/diagnostic.js';
import type { SourceRange } from '../diagnostics/diagnostic.js';
import { yamlLib } from './yaml-lib.js';

export interface PositionLocator {
  /** Range of the node at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string, preferKey?: boolean): SourceRange;
}

export function createLocator(yamlText: string, lineOffset: number): PositionLocator {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false, keepSourceTokens: false });
  const toRange = (range: readonly number[] | null | undefined): SourceRange => {
    if (!range) return { line: 1 + lineOffset, column: 1 };
    const start = lineCounter.linePos(range[0] ?? 0);
    const end = lineCounter.linePos(range[1] ?? range[0] ?? 0);
    return { line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
  };
  // Each mapping's keys are indexed once, so that many problems in one long mapping cost linear time.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        // The first of repeated keys, as a search from the start would find.
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return {
    locate(pointer: string, preferKey = false): SourceRange {
      let node: unknown = doc.contents;
      let lastPair: Pair | undefined;
      let best: readonly number[] | undefined = (doc.contents as Node | null)?.range ?? undefined;
      for (const segment of fromPointer(pointer)) {
        lastPair = undefined;
        if (isMap(node)) {
          const pair = pairOf(node as YAMLMap, segment);
          if (!pair) break;
          lastPair = pair;
          node = pair.value;
          const keyRange = (pair.key as Node | null)?.range;
          best = (isScalar(node) ? (node as Node).range : keyRange) ?? keyRange ?? best;
        } else if (isSeq(node)) {
          const item = node.items[Number(segment)];
          if (item === undefined) break;
          node = item;
          best = (item as Node | null)?.range ?? best;
        } else {
          break;
        }
      }
      if (preferKey && lastPair) {
        const keyRange = (lastPair.key as Node | null)?.range;
        if (keyRange) best = keyRange;
      }
      return toRange(best);
    },
  };
}
