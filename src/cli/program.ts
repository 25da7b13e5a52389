// Every command of the styr command line, declared once: its arguments, its
// options and its handler, which is loaded only when the command runs (so
// `styr --help` stays fast). The handlers' option types are derived from these
// declarations (OptionsOf), never written out again. Every description, and
// commander's own headings, come from the catalogue's 'help' section in the
// language given to buildProgram.
import { readFileSync } from 'node:fs';
import { Command, Option } from '@commander-js/extra-typings';
import type { Argument, HelpConfiguration } from '@commander-js/extra-typings';
import { KIND_NAMES } from '../core/kinds/registry.js';
import type { Language } from '../core/i18n/language.js';
import { helpTranslator } from './help-language.js';
import type { HelpTranslate } from './help-language.js';
import type { CliIo } from './io.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Commander's own words in the output language: the headings (commander passes
 * each through styleTitle) and the "(choices: …, default: …)" note after an
 * option's or argument's description, built the way commander builds it. styr
 * declares no option presets or environment variables, the note's other parts.
 */
function helpConfiguration(t: HelpTranslate): HelpConfiguration {
  const headings: Readonly<Record<string, string>> = {
    'Usage:': t('help.heading.usage'),
    'Arguments:': t('help.heading.arguments'),
    'Options:': t('help.heading.options'),
    'Global Options:': t('help.heading.globalOptions'),
    'Commands:': t('help.heading.commands'),
  };
  const withNote = (description: string, note: string[]) => (note.length === 0 ? description : `${description ? `${description} ` : ''}(${note.join(', ')})`);
  const choices = (values: readonly string[] | undefined) => (values ? [`${t('help.choices')}: ${values.map((value) => JSON.stringify(value)).join(', ')}`] : []);
  const shownDefault = (value: unknown, description: string | undefined) => `${t('help.default')}: ${description || JSON.stringify(value)}`;
  return {
    styleTitle: (title) => headings[title] ?? title,
    optionDescription: (option: Option) => {
      const note = choices(option.argChoices);
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && shown) note.push(shownDefault(option.defaultValue, option.defaultValueDescription));
      return withNote(option.description, note);
    },
    argumentDescription: (argument: Argument) => {
      const note = choices(argument.argChoices);
      if (argument.defaultValue !== undefined) note.push(shownDefault(argument.defaultValue, argument.defaultValueDescription));
      return withNote(argument.description ?? '', note);
    },
  };
}

/** The installed styr's own version (never the version of the repository it runs in). */
function styrVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function buildProgram(io: CliIo, exit: (code: number) => void, language: Language) {
  const t = helpTranslator(language);
  /** `--format json` is the same as `--json` on every command that prints data. */
  const formatOption = () => new Option('-f, --format <format>', t('help.option.formatJson')).choices(['text', 'json']).default('text');
  const footer = t('help.footer');

  // The help option, the help command, the help configuration and the text
  // after an error are copied to a subcommand when it is created, so they come
  // first.
  const program = new Command('styr')
    .configureHelp(helpConfiguration(t))
    .helpOption('-h, --help', t('help.global.help'))
    .helpCommand('help [command]', t('help.global.helpCommand'))
    .showHelpAfterError(t('help.afterError'))
    .description(t('help.styr'))
    .version(styrVersion(), '-V, --version', t('help.global.version'))
    .option('--data <dir>', t('help.global.data'))
    .addOption(new Option('--lang <lang>', t('help.global.lang')).choices(['sv', 'en']))
    .option('--today <date>', t('help.global.today'))
    .option('--no-color', t('help.global.no-color'))
    .addHelpText('after', footer)
    .exitOverride();

  const validate = program
    .command('validate')
    .description(t('help.validate'))
    .addOption(new Option('-f, --format <format>', t('help.option.format')).choices(['stylish', 'json', 'github', 'junit', 'markdown']).default('stylish'))
    .option('--max-warnings <n>', t('help.validate.max-warnings'))
    .option('-q, --quiet', t('help.validate.quiet'))
    .option('--explain [rule]', t('help.validate.explain'))
    .option('--changed [base]', t('help.validate.changed'))
    .addHelpText('after', footer)
    .action(async (_opts, command) => {
      const { runValidate } = await import('./commands/validate.js');
      exit(await runValidate(command.optsWithGlobals(), io));
    });

  const diff = program
    .command('diff')
    .description(t('help.diff'))
    .argument('[base]', t('help.diff.base'))
    .argument('[head]', t('help.diff.head'))
    .addOption(new Option('-f, --format <format>', t('help.option.format')).choices(['text', 'markdown', 'json']).default('text'))
    .action(async (base, head, _opts, command) => {
      const { runDiff } = await import('./commands/diff.js');
      exit(await runDiff(base, head, command.optsWithGlobals(), io));
    });

  const log = program
    .command('log')
    .description(t('help.log'))
    .argument('<id>', t('help.log.id'))
    .addOption(new Option('-f, --format <format>', t('help.option.format')).choices(['text', 'json']).default('text'))
    .action(async (id, _opts, command) => {
      const { runLog } = await import('./commands/log.js');
      exit(await runLog(id, command.optsWithGlobals(), io));
    });

  const init = program
    .command('init')
    .description(t('help.init'))
    .argument('[dir]', t('help.init.dir'), '.')
    .option('--example', t('help.init.example'))
    .option('--force', t('help.init.force'))
    .option('--styr-spec <spec>', t('help.init.styrSpec'))
    .action(async (dir, _opts, command) => {
      const { runInit } = await import('./commands/init.js');
      exit(await runInit(dir, command.optsWithGlobals(), io));
    });

  const render = program
    .command('render')
    .description(t('help.render'))
    .argument('[document...]', t('help.render.document'))
    .requiredOption('-o, --out <dir>', t('help.render.out'))
    .option('--html', t('help.render.html'))
    .option('--mermaid <file>', t('help.render.mermaid'))
    .option('--no-diagrams', t('help.render.noDiagrams'))
    .option('--pdf', t('help.render.pdf'))
    .option('--force', t('help.render.force'))
    .option('--audience <audience>', t('help.render.audience'))
    .action(async (documents, _opts, command) => {
      const { runRender } = await import('./commands/render.js');
      exit(await runRender(documents, command.optsWithGlobals(), io));
    });

  const newRecord = program
    .command('new')
    .description(t('help.new'))
    .argument('<kind>', t('help.new.kind', { kinds: KIND_NAMES.join(', ') }))
    .option('--id <id>', t('help.new.id'))
    .option('--title <text>', t('help.new.title'))
    .option('--name <text>', t('help.new.name'))
    .option('--description <text>', t('help.new.description'))
    .option('--unit <id>', t('help.new.unit'))
    .option('--orderer <id>', t('help.new.orderer'), collect)
    .option('--type <type>', t('help.new.type'))
    .option('--category <category>', t('help.new.category'))
    .option('--system <id>', t('help.new.system'), collect)
    .option('--team <id>', t('help.new.team'))
    .option('--handler <id>', t('help.new.handler'))
    .option('--goal <id>', t('help.new.goal'))
    .option('--wanted-by <date>', t('help.new.wanted-by'))
    .option('--legal', t('help.new.legal'))
    .option('--depends-on <id>', t('help.new.depends-on'), collect)
    .option('--benefit <1-5>', t('help.new.benefit'))
    .option('--strategic-fit <1-5>', t('help.new.strategic-fit'))
    .option('--risk-if-not-done <1-5>', t('help.new.risk-if-not-done'))
    .option('--risk-if-done <1-5>', t('help.new.risk-if-done'))
    .option('--cost-one-off <amount>', t('help.new.cost-one-off'))
    .option('--cost-yearly <amount>', t('help.new.cost-yearly'))
    .option('--effort-days <days>', t('help.new.effort-days'))
    .option('--size <size>', t('help.new.size'))
    .option('--set <field=value>', t('help.new.set'), collect)
    .option('--body <text>', t('help.new.body'))
    .option('--draft', t('help.new.draft'))
    .option('--notice-outcome <outcome>', t('help.new.notice-outcome'))
    .option('--notice-decision <id>', t('help.new.notice-decision'))
    .option('--notice-date <date>', t('help.new.notice-date'))
    .option('-y, --yes', t('help.new.yes'))
    .addHelpText('after', t('help.new.after'))
    .action(async (kind, _opts, command) => {
      const { runNew } = await import('./commands/new.js');
      exit(await runNew(kind, command.optsWithGlobals(), io));
    });

  const set = program
    .command('set')
    .description(t('help.set'))
    .argument('<ref>', t('help.set.ref'))
    .argument('<assignment...>', t('help.set.assignment'))
    .option('--dry-run', t('help.set.dry-run'))
    .addHelpText('after', t('help.set.after'))
    .action(async (ref, assignments, _opts, command) => {
      const { runSet } = await import('./commands/set.js');
      exit(await runSet(ref, assignments, command.optsWithGlobals(), io));
    });

  const council = program.command('council').description(t('help.council'));
  const councilApply = council
    .command('apply')
    .description(t('help.council.apply'))
    .argument('<decision>', t('help.council.apply.decision'))
    .option('--actor <name>', t('help.council.apply.actor'))
    .option('--dry-run', t('help.council.apply.dry-run'))
    .action(async (decision, _opts, command) => {
      const { runCouncilApply } = await import('./commands/council-apply.js');
      exit(await runCouncilApply(decision, command.optsWithGlobals(), io));
    });
  for (const sub of council.commands) sub.exitOverride();

  const order = program.command('order').description(t('help.order'));
  const orderList = order
    .command('list')
    .description(t('help.order.list'))
    .option('--status <status>', t('help.order.list.status'), collect)
    .option('--unit <id>', t('help.order.list.unit'))
    .option('--type <type>', t('help.order.list.type'))
    .option('--system <id>', t('help.order.list.system'))
    .option('--orderer <id>', t('help.order.list.orderer'))
    .option('--older-than <days>', t('help.order.list.older-than'))
    .addOption(new Option('--sort <key>', t('help.order.list.sort')).choices(['id', 'created', 'status', 'score', 'wanted-by']).default('id'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runOrderList } = await import('./commands/order-list.js');
      exit(await runOrderList(command.optsWithGlobals(), io));
    });
  const orderShow = order
    .command('show')
    .description(t('help.order.show'))
    .argument('<id>', t('help.option.orderId'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (id, _opts, command) => {
      const { runOrderShow } = await import('./commands/order-show.js');
      exit(await runOrderShow(id, command.optsWithGlobals(), io));
    });
  const orderMove = order
    .command('move')
    .description(t('help.order.move'))
    .argument('<id>', t('help.option.orderId'))
    .argument('<status>', t('help.order.move.status'))
    .option('--decision <id>', t('help.order.move.decision'))
    .option('--note <text>', t('help.order.move.note'))
    .option('--actor <name>', t('help.order.move.actor'))
    .option('--dry-run', t('help.order.move.dry-run'))
    .addHelpText('after', t('help.order.move.after'))
    .action(async (id, status, _opts, command) => {
      const { runOrderMove } = await import('./commands/order-move.js');
      exit(await runOrderMove(id, status, command.optsWithGlobals(), io));
    });
  const orderRank = order
    .command('rank')
    .description(t('help.order.rank'))
    .option('--explain', t('help.order.rank.explain'))
    .option('--limit <n>', t('help.order.rank.limit'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runOrderRank } = await import('./commands/order-rank.js');
      exit(await runOrderRank(command.optsWithGlobals(), io));
    });
  for (const sub of order.commands) sub.exitOverride();

  const plan = program
    .command('plan')
    .description(t('help.plan'))
    .option('--json', t('help.plan.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runPlan } = await import('./commands/plan.js');
      exit(await runPlan(command.optsWithGlobals(), io));
    });

  const systems = program
    .command('systems')
    .description(t('help.systems'))
    .option('--area <text>', t('help.systems.area'))
    .option('--unit <id>', t('help.systems.unit'))
    .option('--owner <id>', t('help.systems.owner'))
    .option('--lifecycle <lifecycle>', t('help.systems.lifecycle'))
    .option('--supplier <text>', t('help.systems.supplier'))
    .option('--without-plan', t('help.systems.without-plan'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runSystems } = await import('./commands/systems.js');
      exit(await runSystems(command.optsWithGlobals(), io));
    });

  const unit = program
    .command('unit')
    .description(t('help.unit'))
    .argument('<id>', t('help.unit.id'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (id, _opts, command) => {
      const { runUnit } = await import('./commands/unit.js');
      exit(await runUnit(id, command.optsWithGlobals(), io));
    });

  const contracts = program
    .command('contracts')
    .description(t('help.contracts'))
    .option('--notice-within <days>', t('help.contracts.notice-within'))
    .option('--supplier <text>', t('help.contracts.supplier'))
    .option('--system <id>', t('help.contracts.system'))
    .option('--all', t('help.contracts.all'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runContracts } = await import('./commands/contracts.js');
      exit(await runContracts(command.optsWithGlobals(), io));
    });

  const costs = program
    .command('costs')
    .description(t('help.costs'))
    .option('--by <cut>', t('help.costs.by'))
    .option('--year <year>', t('help.costs.year'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runCosts } = await import('./commands/costs.js');
      exit(await runCosts(command.optsWithGlobals(), io));
    });

  const roles = program
    .command('roles')
    .description(t('help.roles'))
    .option('--vacant', t('help.roles.vacant'))
    .option('--level <level>', t('help.roles.level'))
    .option('--unit <id>', t('help.roles.unit'))
    .option('--person <id>', t('help.roles.person'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (_opts, command) => {
      const { runRoles } = await import('./commands/roles.js');
      exit(await runRoles(command.optsWithGlobals(), io));
    });

  const raci = program
    .command('raci')
    .description(t('help.raci'))
    .argument('[process]', t('help.raci.process'))
    .option('--role <id>', t('help.raci.role'))
    .option('--json', t('help.option.json'))
    .addOption(formatOption())
    .action(async (processId, _opts, command) => {
      const { runRaci } = await import('./commands/raci.js');
      exit(await runRaci(processId, command.optsWithGlobals(), io));
    });

  const importRecords = program
    .command('import')
    .description(t('help.import'))
    .argument('[file]', t('help.import.file'))
    .option('--kind <kind>', t('help.import.kind', { kinds: KIND_NAMES.join(', ') }))
    .option('--map <file>', t('help.import.map'))
    .option('--map-template', t('help.import.map-template'))
    .option('--sheet <name>', t('help.import.sheet'))
    .option('--dry-run', t('help.import.dry-run'))
    .option('--skip-invalid', t('help.import.skip-invalid'))
    .action(async (file, _opts, command) => {
      const { runImport } = await import('./commands/import.js');
      exit(await runImport(file, command.optsWithGlobals(), io));
    });

  const exportRecords = program
    .command('export')
    .description(t('help.export'))
    .option('--kind <kind>', t('help.export.kind'))
    .addOption(new Option('-f, --format <format>', t('help.export.format')).choices(['xlsx', 'csv']))
    .requiredOption('-o, --out <file>', t('help.export.out'))
    .action(async (_opts, command) => {
      const { runExport } = await import('./commands/export.js');
      exit(await runExport(command.optsWithGlobals(), io));
    });

  for (const sub of program.commands) sub.exitOverride();
  return {
    program,
    commands: {
      validate,
      diff,
      log,
      init,
      render,
      new: newRecord,
      set,
      councilApply,
      orderList,
      orderShow,
      orderMove,
      orderRank,
      plan,
      systems,
      unit,
      contracts,
      costs,
      roles,
      raci,
      import: importRecords,
      export: exportRecords,
    },
  };
}

type Declared = ReturnType<typeof buildProgram>['commands'];

/** The options a command's handler receives: its own and the global ones, typed from the declaration above. */
export type OptionsOf<K extends keyof Declared> = ReturnType<Declared[K]['optsWithGlobals']>;
