// Drive the real CLI through a pseudo terminal, as a person at a keyboard
// would: util-linux `script` allocates the terminal (no native module needed),
// the test waits for a prompt's text and then types keys.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN } from '../../helpers/cli.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03', backspace: '\x7f' } as const;

// eslint-disable-next-line no-control-regex -- terminal escape sequences are what this strips
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>78]/g;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export class PtySession {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  private consumed = 0;
  readonly exited: Promise<number>;

  constructor(args: readonly string[], options: { cwd: string; env?: Record<string, string> }) {
    const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
    this.child = spawn('script', ['-qefc', command, '/dev/null'], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', LINES: '40', ...options.env },
    });
    this.child.stdout.on('data', (d: Buffer) => (this.raw += d.toString('utf8')));
    this.child.stderr.on('data', (d: Buffer) => (this.raw += d.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : -1))));
  }

  /** Everything the terminal showed so far, without escape sequences. */
  get screen(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Wait until `pattern` appears in output not yet consumed by an earlier expect. */
  async expect(pattern: RegExp, timeoutMs = 15_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const text = this.screen;
      const m = pattern.exec(text.slice(this.consumed));
      if (m) {
        this.consumed += m.index + m[0].length;
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; the terminal showed:\n${text}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Answer a prompt: wait for its text, give the renderer a moment, type. */
  async answer(pattern: RegExp, keys: string): Promise<void> {
    await this.expect(pattern);
    await new Promise((r) => setTimeout(r, 60));
    this.type(keys);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
