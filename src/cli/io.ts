// The streams and environment a command runs with. The executable passes the
// process's own (processIo); a test passes its own and reads what was written.

export interface OutputStream {
  write(text: string): unknown;
  /** A terminal: colours and prompts are possible. */
  isTTY?: boolean;
  /** The terminal's width in characters, when it is one. */
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
