import type { Formatter } from './types.js';

/** One JSON document; `file` is relative to the data folder; `messageId` and `data` say the message for machines. */
export const json: Formatter = (diagnostics, context) =>
  JSON.stringify(
    {
      problems: diagnostics.map((d) => ({
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        file: d.file,
        line: d.range?.line ?? 1,
        column: d.range?.column ?? 1,
        endLine: d.range?.endLine,
        endColumn: d.range?.endColumn,
        pointer: d.pointer,
        hint: d.hint ?? null,
        messageId: d.messageId,
        data: d.data,
      })),
      summary: context.summary,
    },
    null,
    2,
  ) + '\n';
