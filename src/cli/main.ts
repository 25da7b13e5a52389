// The styr command line: parses arguments, loads each command lazily, and maps
// every outcome to an exit code in one place.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, IoError, UsageError } from './errors.js';

const HELP_FOOTER = `
Exit codes:
  0  no errors (warnings allowed up to --max-warnings)
  1  problems found: errors, too many warnings, or a write that was refused
  2  usage error (bad option or argument) or I/O failure (data folder missing or unreadable)

Environment:
  STYR_TODAY   default for --today (YYYY-MM-DD)
  NO_COLOR     disables colours, like --no-color
`;

export function buildProgram(): Command {
  const program = new Command('styr')
    .description('IT governance as code: validate, change and render the records of a municipal IT organisation.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .option('--data <dir>', 'data folder (default: nearest folder upwards with styr.yaml, else ./data)')
    .addOption(new Option('--lang <lang>', 'language of output (default: from styr.yaml)').choices(['sv', 'en']))
    .option('--today <date>', 'the date to evaluate against, YYYY-MM-DD (default: today, or STYR_TODAY)')
    .option('--no-color', 'disable colours (NO_COLOR is honoured too)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', HELP_FOOTER)
    .exitOverride();

  program
    .command('validate')
    .description('check records against schemas, references and rules; report every problem with file:line:column')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'junit', 'markdown']).default('stylish'),
    )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--explain [rule]', 'explain a rule (or list every rule) instead of validating')
    .option('--changed [base]', 'report only problems in files changed since BASE (default: merge base with the default branch), incl. staged, unstaged and untracked')
    .addHelpText('after', HELP_FOOTER)
    .action(async (_opts, command: Command) => {
      const { runValidate } = await import('./commands/validate.js');
      process.exitCode = await runValidate(command.optsWithGlobals());
    });

  program
    .command('diff')
    .description('what a change means for the records: BASE (default: merge base with the default branch) to HEAD (default: the working tree)')
    .argument('[base]', 'base revision (branch, tag or commit)')
    .argument('[head]', 'head revision (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (base: string | undefined, head: string | undefined, _opts, command: Command) => {
      const { runDiff } = await import('./commands/diff.js');
      process.exitCode = await runDiff(base, head, command.optsWithGlobals());
    });

  program
    .command('log')
    .description('the history of one record from git: each commit, author, date, message and what changed; follows renames')
    .argument('<id>', "record id, or kind/id (e.g. 'role/it-chef')")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, _opts, command: Command) => {
      const { runLog } = await import('./commands/log.js');
      process.exitCode = await runLog(id, command.optsWithGlobals());
    });

  program
    .command('init')
    .description('scaffold a governance repository: styr.yaml, one example record per kind, editor schemas, CI workflows')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--example', 'copy the full example municipality instead of one example record per kind')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string, _opts, command: Command) => {
      const { runInit } = await import('./commands/init.js');
      process.exitCode = await runInit(dir, command.optsWithGlobals());
    });

  for (const sub of program.commands) sub.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof IoError) {
      process.stderr.write(`styr: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error && typeof error === 'object' && (error as { name?: string }).name === 'ExitPromptError') {
      return EXIT.interrupted;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`styr: internal error: ${message}\n`);
    if (process.env.STYR_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
