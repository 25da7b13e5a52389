// JUnit XML: one test case per record file; errors are failures, warnings go to system-out.
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { createTranslator } from '../core/i18n/translate.js';
import type { Translate } from '../core/i18n/translate.js';
import type { Formatter } from './types.js';

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const line = (t: Translate) => (d: Diagnostic) =>
  `${d.range?.line ?? 1}:${d.range?.column ?? 1} ${t(`severity.${d.severity}`)} ${d.rule}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;

export const junit: Formatter = (diagnostics, context) => {
  const t = createTranslator(context.language);
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of context.files) byFile.set(f, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const files = [...byFile.keys()].sort();
  const failures = files.filter((f) => byFile.get(f)!.some((d) => d.severity === 'error')).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="styr validate" tests="${files.length}" failures="${failures}" errors="0">`);
  out.push(`  <testsuite name="styr validate" tests="${files.length}" failures="${failures}" errors="0" skipped="0">`);
  for (const file of files) {
    const list = byFile.get(file)!;
    const name = xml(context.displayPrefix + file);
    const classname = xml(`styr.${file.split('/')[0] ?? 'repository'}`);
    const errs = list.filter((d) => d.severity === 'error');
    const others = list.filter((d) => d.severity !== 'error');
    if (list.length === 0) {
      out.push(`    <testcase name="${name}" classname="${classname}"/>`);
      continue;
    }
    out.push(`    <testcase name="${name}" classname="${classname}">`);
    if (errs.length) {
      out.push(
        `      <failure message="${xml(t('format.junit.failure', { errors: t('format.count.errors', { count: errs.length }), message: errs[0]!.message }))}" type="${xml(errs[0]!.rule)}">${xml(errs.map(line(t)).join('\n'))}</failure>`,
      );
    }
    if (others.length) out.push(`      <system-out>${xml(others.map(line(t)).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
};
