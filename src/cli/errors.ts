// Typed failures the CLI maps to exit codes in one place (main.ts).

/** Bad arguments or options: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The data folder or a file could not be read or written: exit 2. */
export class IoError extends Error {
  override name = 'IoError';
}

export const EXIT = {
  ok: 0,
  problems: 1,
  usage: 2,
  interrupted: 130,
} as const;
