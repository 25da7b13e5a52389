// The language of the help, chosen before the command line is parsed (the
// descriptions are given when the commands are declared): --lang, else the
// language of the data folder's styr.yaml, else Swedish. Reads one small file
// with a regular expression, so `styr --help` loads no YAML parser; and the
// help's words come from the catalogue's 'help' section alone, whose messages
// have no ICU arguments, so it loads neither the whole catalogue nor
// intl-messageformat (together some 40 ms of a 200 ms start).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../core/kinds/registry.js';
import * as help from '../core/i18n/catalog/help.js';
import * as edit from '../core/i18n/catalog/edit.js';
import * as deploy from '../core/i18n/catalog/deploy.js';
import { fillPlaceholders } from '../core/i18n/placeholders.js';
import type { PlaceholderValues } from '../core/i18n/placeholders.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import { resolveDataDir } from '../io/data-dir.js';
import type { CliIo } from './io.js';

const CONFIG_LANGUAGE = /^language:\s*['"]?(sv|en)\b/m;

/** The value of `--name VALUE` or `--name=VALUE`, the last one given, before any `--`. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

export function helpLanguage(argv: readonly string[], io: Pick<CliIo, 'cwd'>): Language {
  const lang = optionValue(argv, '--lang');
  if (isLanguage(lang)) return lang;
  try {
    const config = readFileSync(join(resolveDataDir(optionValue(argv, '--data'), io.cwd), CONFIG_FILE), 'utf8');
    const match = CONFIG_LANGUAGE.exec(config);
    if (match) return match[1] as Language;
  } catch {
    // No styr.yaml, or not readable: the default language.
  }
  return DEFAULT_LANGUAGE;
}

export type HelpKey = keyof typeof help.sv | Extract<keyof typeof edit.sv | keyof typeof deploy.sv, `help.${string}`>;
export type HelpTranslate = (key: HelpKey, values?: PlaceholderValues) => string;

/** The help's words in a language: the 'help' section's messages, `{name}` placeholders filled. */
export function helpTranslator(language: Language): HelpTranslate {
  const table: Readonly<Record<HelpKey, string>> = language === 'en' ? { ...help.en, ...edit.en, ...deploy.en } : { ...help.sv, ...edit.sv, ...deploy.sv };
  return (key, values) => fillPlaceholders(table[key], values);
}
