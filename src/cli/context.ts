// Global options every command shares: --data, --lang, --today, --no-color.
import { resolveDataDir } from '../io/files.js';
import { isIsoDate } from '../core/dates.js';
import { isLanguage } from '../core/i18n/language.js';
import type { Language } from '../core/i18n/language.js';
import { createTranslator } from '../core/i18n/translate.js';
import type { Translate } from '../core/i18n/translate.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { terminalWidth } from './commands/table.js';

export interface GlobalOptions {
  data?: string;
  lang?: string;
  today?: string;
  color?: boolean;
}

export interface CliContext {
  dataDir: string;
  /** Language asked for on the command line; undefined means "from styr.yaml". */
  lang?: Language;
  today: string;
  color: boolean;
  cwd: string;
  /** Where output goes, and the environment (the process's, or a test's). */
  io: CliIo;
  /** The width terminal tables fit (COLUMNS, else the terminal's, else 100). */
  width: number;
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Words for what goes wrong before styr.yaml is read: in --lang, else Swedish. */
export function earlyTranslator(options: { lang?: string }): Translate {
  return createTranslator(isLanguage(options.lang) ? options.lang : 'sv');
}

export function resolveContext(options: GlobalOptions, io: CliIo): CliContext {
  const { cwd, env } = io;
  const t = earlyTranslator(options);
  const today = options.today ?? env.STYR_TODAY ?? localDate(new Date());
  if (!isIsoDate(today)) {
    throw new UsageError(`${t('cli.today', { value: today })}${options.today ? '' : ` ${t('cli.today.fromEnv')}`}`);
  }
  if (options.lang !== undefined && !isLanguage(options.lang)) {
    throw new UsageError(t('cli.lang', { value: options.lang }));
  }
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const color = options.color !== false && (env.NO_COLOR === undefined || env.NO_COLOR === '') && (forced || io.stdout.isTTY === true);
  const context: CliContext = { dataDir: resolveDataDir(options.data, cwd), today, color, cwd, io, width: terminalWidth(io) };
  if (isLanguage(options.lang)) context.lang = options.lang;
  return context;
}
