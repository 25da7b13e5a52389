// Global options every command shares: --data, --lang, --today, --no-color.
import { resolveDataDir } from '../io/files.js';
import { isIsoDate } from '../core/dates.js';
import { UsageError } from './errors.js';

export interface GlobalOptions {
  data?: string;
  lang?: string;
  today?: string;
  color?: boolean;
}

export interface CliContext {
  dataDir: string;
  /** Language asked for on the command line; undefined means "from styr.yaml". */
  lang?: 'sv' | 'en';
  today: string;
  color: boolean;
  cwd: string;
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function resolveContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): CliContext {
  const cwd = process.cwd();
  const today = options.today ?? env.STYR_TODAY ?? localDate(new Date());
  if (!isIsoDate(today)) {
    throw new UsageError(`--today must be a date as YYYY-MM-DD, got '${today}'${options.today ? '' : ' (from STYR_TODAY)'}`);
  }
  if (options.lang !== undefined && options.lang !== 'sv' && options.lang !== 'en') {
    throw new UsageError(`--lang must be 'sv' or 'en', got '${options.lang}'`);
  }
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const color =
    options.color !== false && (env.NO_COLOR === undefined || env.NO_COLOR === '') && (forced || process.stdout.isTTY === true);
  const context: CliContext = { dataDir: resolveDataDir(options.data, cwd), today, color, cwd };
  if (options.lang) context.lang = options.lang as 'sv' | 'en';
  return context;
}
