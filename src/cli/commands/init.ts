// styr init [DIR]: scaffold a governance repository from templates/init (or,
// with --example, the example municipality in data/), with the schemas copied
// in so editors work offline, and CI workflows for GitHub and GitLab.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, CONFIG_SCHEMA, KINDS, kindForFolder } from '../../core/kinds/registry.js';
import { packageRoot, schemasDir } from '../../io/files.js';
import { OutputWriter } from '../../io/output.js';
import type { Translate } from '../../core/i18n/translate.js';
import { earlyTranslator } from '../context.js';
import { EXIT, IoError, UsageError } from '../errors.js';

type InitOptions = OptionsOf<'init'>;

interface PlannedFile {
  /** Path inside the new repository, forward slashes. */
  path: string;
  content: Buffer;
  executable?: boolean;
}

/** Where the schemas live inside an initialised repository. */
export const SCHEMA_FOLDER = '.styr/schemas';

/** Template files whose names npm would not publish as they are. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

function walk(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, absolute, out);
    else if (entry.isFile()) out.push(relative(root, absolute).split(sep).join('/'));
  }
  return out.sort();
}

function isRecordPath(path: string): boolean {
  return path === CONFIG_FILE || kindForFolder(path.split('/')[0] ?? '') !== undefined;
}

/** Point a record's `# yaml-language-server: $schema=` line at the copied schemas. */
export function pointSchemaComment(path: string, text: string): string {
  const depth = path.split('/').length - 1;
  const up = depth === 0 ? '' : '../'.repeat(depth);
  return text.replace(/^(#\s*yaml-language-server:\s*\$schema=)\S*?([a-z-]+\.schema\.json)\s*$/m, `$1${up}${SCHEMA_FOLDER}/$2`);
}

/** `.vscode/settings.json`: each folder mapped to its schema for the YAML language server. */
export function editorSettings(): string {
  const schemas: Record<string, string[]> = { [`./${SCHEMA_FOLDER}/${CONFIG_SCHEMA}`]: [CONFIG_FILE] };
  for (const kind of KINDS) {
    if (kind.format !== 'yaml') continue;
    schemas[`./${SCHEMA_FOLDER}/${kind.schema}`] = [`${kind.folder}/*.yaml`, `${kind.folder}/*.yml`];
  }
  const settings = {
    'yaml.schemas': schemas,
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    'yaml.schemaStore.enable': false,
    'files.encoding': 'utf8',
    'files.insertFinalNewline': true,
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function packageVersion(root: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.1.0';
  } catch {
    return '0.1.0';
  }
}

function organisationOf(files: readonly PlannedFile[]): string {
  const config = files.find((f) => f.path === CONFIG_FILE);
  const m = config ? /^organisation:\s*["']?(.+?)["']?\s*$/m.exec(config.content.toString('utf8')) : null;
  return m?.[1] ?? 'Kommunen';
}

export function planInit(options: { example: boolean }, t: Translate = earlyTranslator({})): PlannedFile[] {
  const root = packageRoot();
  const templates = join(root, 'templates', 'init');
  if (!existsSync(templates)) throw new IoError(t('cli.init.noTemplates', { path: templates }));
  const files: PlannedFile[] = [];
  const exampleDir = join(root, 'data');
  if (options.example && !existsSync(join(exampleDir, CONFIG_FILE))) {
    throw new IoError(t('cli.init.noExample', { path: exampleDir }));
  }
  for (const path of walk(templates)) {
    if (options.example && isRecordPath(path)) continue;
    const content = readFileSync(join(templates, path));
    const planned: PlannedFile = { path: RENAMED[path] ?? path, content };
    if ((statSync(join(templates, path)).mode & 0o111) !== 0 || path.startsWith('.githooks/')) planned.executable = true;
    files.push(planned);
  }
  if (options.example) {
    for (const path of walk(exampleDir)) {
      if (!isRecordPath(path)) continue;
      const content = readFileSync(join(exampleDir, path));
      const text = content.toString('utf8');
      files.push({ path, content: path.endsWith('.md') ? content : Buffer.from(pointSchemaComment(path, text)) });
    }
  }
  for (const name of readdirSync(schemasDir()).sort()) {
    if (name.endsWith('.schema.json')) files.push({ path: `${SCHEMA_FOLDER}/${name}`, content: readFileSync(join(schemasDir(), name)) });
  }
  files.push({ path: '.vscode/settings.json', content: Buffer.from(editorSettings()) });
  files.push({
    path: '.vscode/extensions.json',
    content: Buffer.from(`${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`),
  });
  const organisation = organisationOf(files);
  const version = packageVersion(root);
  return files
    .map((f) =>
      f.path === 'README.md' || f.path === 'package.json'
        ? { ...f, content: Buffer.from(f.content.toString('utf8').replaceAll('{{ORGANISATION}}', organisation).replaceAll('{{STYR_VERSION}}', version)) }
        : f,
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function runInit(dir: string, options: InitOptions, io: CliIo): Promise<number> {
  // styr init runs before there is a styr.yaml: --lang, else Swedish.
  const t = earlyTranslator(options);
  if (dir.includes('\0')) throw new UsageError(t('cli.init.nul'));
  const target = resolve(process.cwd(), dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(t('cli.init.notFolder', { dir }));
  const files = planInit({ example: options.example === true }, t);
  // lstat: a symbolic link counts as existing, dangling or not.
  const existing = files.filter((f) => lstatSync(join(target, f.path), { throwIfNoEntry: false }));
  if (existing.length > 0 && options.force !== true) {
    const shown = existing.map((f) => `  ${f.path}`);
    io.stderr.write(`styr: ${t('cli.init.exists', { n: existing.length, target })}\n${shown.join('\n')}\n${t('cli.init.force')}\n`);
    return EXIT.problems;
  }
  // Each file atomically, never through a symbolic link or out of the folder; every file is checked before the first is written.
  const writer = new OutputWriter(target, { manifest: false });
  for (const file of files) writer.check(file.path);
  for (const file of files) writer.write(file.path, file.content, file.executable ? { mode: 0o755 } : {});
  const shownDir = relative(process.cwd(), target) || '.';
  const overwritten = existing.length ? ` ${t('cli.init.overwritten', { n: existing.length })}` : '';
  io.stdout.write(
    [
      `${t('cli.init.created', { n: files.length, target })}${overwritten}.`,
      '',
      t('cli.init.next'),
      ...(shownDir === '.' ? [] : [`  cd ${shownDir}`]),
      '  git init && git add -A && git commit -m "IT-styrning som kod"',
      `  npm install                          # ${t('cli.init.npmInstall')}`,
      '  npx styr validate',
      `  git config core.hooksPath .githooks  # ${t('cli.init.hooks')}`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
