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
import { EXIT, IoError, shownPath, UsageError } from '../errors.js';
import { parseStyrSpec } from './init-spec.js';
import type { StyrDependency } from './init-spec.js';

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

/** This package's name and version, from its package.json. */
export function ownPackage(root = packageRoot()): { name: string; version: string } {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string };
    return { name: pkg.name ?? 'styr-cli', version: pkg.version ?? '0.0.0' };
  } catch {
    return { name: 'styr-cli', version: '0.0.0' };
  }
}

/** The new repository's package.json: the template with the styr dependency set. */
function packageJson(template: string, dependency: StyrDependency): string {
  const pkg = JSON.parse(template) as { devDependencies?: Record<string, string> };
  pkg.devDependencies = { ...pkg.devDependencies, [dependency.name]: dependency.spec };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function organisationIn(text: string): string | undefined {
  return /^organisation:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1];
}

function organisationOf(files: readonly PlannedFile[]): string {
  const config = files.find((f) => f.path === CONFIG_FILE);
  return (config && organisationIn(config.content.toString('utf8'))) ?? 'Kommunen';
}

export function planInit(options: { example: boolean; dependency?: StyrDependency }, t: Translate = earlyTranslator({})): PlannedFile[] {
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
  const own = ownPackage(root);
  const dependency = options.dependency ?? { name: own.name, spec: own.version };
  return files
    .map((f) =>
      f.path === 'package.json'
        ? { ...f, content: Buffer.from(packageJson(f.content.toString('utf8'), dependency)) }
        : f.path === 'README.md'
          ? { ...f, content: Buffer.from(f.content.toString('utf8').replaceAll('{{ORGANISATION}}', organisation).replaceAll('{{STYR_PACKAGE}}', dependency.name)) }
          : f,
    )
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every file under the record folders of `target` and its styr.yaml, forward slashes; links count as files. */
function governanceFiles(target: string): string[] {
  const out: string[] = [];
  if (lstatSync(join(target, CONFIG_FILE), { throwIfNoEntry: false })) out.push(CONFIG_FILE);
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) visit(join(dir, entry.name), path);
      else out.push(path);
    }
  };
  for (const kind of KINDS) {
    const folder = join(target, kind.folder);
    if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory()) visit(folder, kind.folder);
  }
  return out.sort();
}

/**
 * The first governance file in `target` that init would not write as it is: a
 * styr.yaml or record of another repository. Init's own files (a second run)
 * are not in the way.
 */
function otherRepository(target: string, files: readonly PlannedFile[]): { file: string; organisation?: string } | undefined {
  const planned = new Map(files.map((f) => [f.path, f.content]));
  for (const path of governanceFiles(target)) {
    const content = planned.get(path);
    const stat = lstatSync(join(target, path));
    // A symbolic link is no record: the writer refuses to write through it, naming it.
    if (stat.isSymbolicLink()) continue;
    const same = content !== undefined && stat.isFile() && readFileSync(join(target, path)).equals(content);
    if (same) continue;
    const organisation = path === CONFIG_FILE && stat.isFile() ? organisationIn(readFileSync(join(target, path), 'utf8')) : undefined;
    return organisation === undefined ? { file: path } : { file: path, organisation };
  }
  return undefined;
}

function isSame(target: string, file: PlannedFile): boolean {
  const stat = lstatSync(join(target, file.path), { throwIfNoEntry: false });
  return stat?.isFile() === true && readFileSync(join(target, file.path)).equals(file.content);
}

export async function runInit(dir: string, options: InitOptions, io: CliIo): Promise<number> {
  // styr init runs before there is a styr.yaml: --lang, else Swedish.
  const t = earlyTranslator(options);
  if (dir.includes('\0')) throw new UsageError(t('cli.init.nul'));
  const cwd = process.cwd();
  const target = resolve(cwd, dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(t('cli.init.notFolder', { dir }));
  const own = ownPackage();
  const dependency = options.styrSpec === undefined ? { name: own.name, spec: own.version } : parseStyrSpec(options.styrSpec, own, { cwd, target }, t);
  const example = options.example === true;
  const files = planInit({ example, dependency }, t);
  if (existsSync(target)) {
    const other = otherRepository(target, files);
    if (other) {
      throw new UsageError(t('deploy.otherRepository', { target: shownPath(target, cwd), file: other.file, organisation: other.organisation ?? 'none' }));
    }
  }
  // lstat: a symbolic link counts as existing, dangling or not. A file with init's own bytes is left alone.
  const skipped = files.filter((f) => isSame(target, f));
  const toWrite = files.filter((f) => !skipped.includes(f));
  const existing = toWrite.filter((f) => lstatSync(join(target, f.path), { throwIfNoEntry: false }));
  if (existing.length > 0 && options.force !== true) {
    const shown = existing.map((f) => `  ${f.path}`);
    io.stderr.write(`styr: ${t('cli.init.exists', { n: existing.length, target })}\n${shown.join('\n')}\n${t('cli.init.force')}\n`);
    return EXIT.problems;
  }
  // Each file atomically, never through a symbolic link or out of the folder; every file is checked before the first is written.
  const writer = new OutputWriter(target, { manifest: false });
  for (const file of toWrite) writer.check(file.path);
  for (const file of toWrite) writer.write(file.path, file.content, file.executable ? { mode: 0o755 } : {});
  io.stdout.write(
    summary({ files, written: toWrite.length, skipped: skipped.length, overwritten: existing.length, example, dependency, shownDir: shownPath(target, cwd) }, t),
  );
  return EXIT.ok;
}

/** What init made, what it left alone, and the next three commands. */
function summary(
  made: { files: readonly PlannedFile[]; written: number; skipped: number; overwritten: number; example: boolean; dependency: StyrDependency; shownDir: string },
  t: Translate,
): string {
  const records = made.files.filter((f) => f.path !== CONFIG_FILE && isRecordPath(f.path)).length;
  const schemas = made.files.filter((f) => f.path.startsWith(`${SCHEMA_FOLDER}/`)).length;
  const overwritten = made.overwritten ? ` ${t('cli.init.overwritten', { n: made.overwritten })}` : '';
  const lines = [
    `${t('cli.init.created', { n: made.written, target: made.shownDir })}${overwritten}:`,
    `  ${made.example ? t('deploy.summary.example', { n: records }) : t('deploy.summary.records', { n: records })}`,
    `  ${t('deploy.summary.schemas', { n: schemas })}`,
    `  ${t('deploy.summary.ci')}`,
    `  ${t('deploy.summary.dependency', { name: made.dependency.name, spec: made.dependency.spec })}`,
  ];
  if (made.skipped) lines.push(t('deploy.summary.skipped', { n: made.skipped }));
  const cd = made.shownDir === '.' ? [] : [`  cd ${/^[\w./-]+$/.test(made.shownDir) ? made.shownDir : JSON.stringify(made.shownDir)}`];
  lines.push(
    '',
    t('cli.init.next'),
    ...cd,
    `  npm install         # ${t('cli.init.npmInstall')}`,
    '  npx styr validate',
    `  git init && git config core.hooksPath .githooks && git add -A && git commit -m "IT-styrning som kod"   # ${t('cli.init.hooks')}`,
    '',
  );
  return lines.join('\n');
}
