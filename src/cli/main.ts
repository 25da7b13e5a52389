// The styr command line as a function: run(argv, io) parses the arguments,
// runs the command with the given output streams and returns the exit code.
// Every outcome maps to an exit code here, in one place. Importing this module
// runs nothing (bin.ts is the executable's entry), so commands can be tested
// in-process.
import { CommanderError } from '@commander-js/extra-typings';
import { describeIoFailure, EXIT, IoError, UsageError } from './errors.js';
import { helpLanguage } from './help-language.js';
import { processIo } from './io.js';
import type { CliIo } from './io.js';
import { buildProgram } from './program.js';

export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const { program } = buildProgram(io, (c) => (code = c), helpLanguage(argv, io));
  program.configureOutput({ writeOut: (text) => void io.stdout.write(text), writeErr: (text) => void io.stderr.write(text) });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof IoError) {
      io.stderr.write(`styr: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error && typeof error === 'object' && (error as { name?: string }).name === 'ExitPromptError') {
      return EXIT.interrupted;
    }
    // A file that could not be read or written is the user's to fix: one line with the file and the reason.
    const { createTranslator } = await import('../core/i18n/translate.js');
    const failure = describeIoFailure(error, createTranslator(helpLanguage(argv, io)), io.cwd);
    if (failure) {
      io.stderr.write(`styr: ${failure}\n`);
      if (io.env.STYR_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`styr: internal error: ${message}\n`);
    if (io.env.STYR_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}
