// Every command of the styr command line, declared once: its arguments, its
// options and its handler, which is loaded only when the command runs (so
// `styr --help` stays fast). The handlers' option types are derived from these
// declarations (OptionsOf), never written out again.
import { Command, Option } from '@commander-js/extra-typings';
import { KIND_NAMES } from '../core/kinds/registry.js';
import type { CliIo } from './io.js';

const KIND_LIST = KIND_NAMES.join(', ');

/** `--format json` is the same as `--json` on every command that prints data. */
const FORMAT_OPTION = () => new Option('-f, --format <format>', 'output format (json is the same as --json)').choices(['text', 'json']).default('text');

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const HELP_FOOTER = `
Exit codes:
  0  no errors (warnings allowed up to --max-warnings)
  1  problems found: errors, too many warnings, or a write that was refused
  2  usage error (bad option or argument) or I/O failure (data folder missing or unreadable)

Environment:
  STYR_TODAY   default for --today (YYYY-MM-DD)
  NO_COLOR     disables colours, like --no-color
`;

export function buildProgram(io: CliIo, exit: (code: number) => void) {
  const program = new Command('styr')
    .description('IT governance as code: validate, change and render the records of a municipal IT organisation.')
    .version(io.env.npm_package_version ?? '0.1.0', '-V, --version')
    .option('--data <dir>', 'data folder (default: nearest folder upwards with styr.yaml, else ./data)')
    .addOption(new Option('--lang <lang>', 'language of output (default: from styr.yaml)').choices(['sv', 'en']))
    .option('--today <date>', 'the date to evaluate against, YYYY-MM-DD (default: today, or STYR_TODAY)')
    .option('--no-color', 'disable colours (NO_COLOR is honoured too)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', HELP_FOOTER)
    .exitOverride();

  const validate = program
    .command('validate')
    .description('check records against schemas, references and rules; report every problem with file:line:column')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'github', 'junit', 'markdown']).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--explain [rule]', 'explain a rule (or list every rule) instead of validating')
    .option('--changed [base]', 'report only problems in files changed since BASE (default: merge base with the default branch), incl. staged, unstaged and untracked')
    .addHelpText('after', HELP_FOOTER)
    .action(async (_opts, command) => {
      const { runValidate } = await import('./commands/validate.js');
      exit(await runValidate(command.optsWithGlobals(), io));
    });

  const diff = program
    .command('diff')
    .description('what a change means for the records: BASE (default: merge base with the default branch) to HEAD (default: the working tree)')
    .argument('[base]', 'base revision (branch, tag or commit)')
    .argument('[head]', 'head revision (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (base, head, _opts, command) => {
      const { runDiff } = await import('./commands/diff.js');
      exit(await runDiff(base, head, command.optsWithGlobals(), io));
    });

  const log = program
    .command('log')
    .description('the history of one record from git: each commit, author, date, message and what changed; follows renames')
    .argument('<id>', "record id, or kind/id (e.g. 'role/it-chef')")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id, _opts, command) => {
      const { runLog } = await import('./commands/log.js');
      exit(await runLog(id, command.optsWithGlobals(), io));
    });

  const init = program
    .command('init')
    .description('scaffold a governance repository: styr.yaml, one example record per kind, editor schemas, CI workflows')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--example', 'copy the full example municipality instead of one example record per kind')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir, _opts, command) => {
      const { runInit } = await import('./commands/init.js');
      exit(await runInit(dir, command.optsWithGlobals(), io));
    });

  const render = program
    .command('render')
    .description(
      'render documents as Markdown (and HTML with --html): catalog, systems-map, plans, contracts, tactical-plan, portfolio, council, raci, roles, maturity; all when none is named',
    )
    .argument('[document...]', 'documents to render (default: all)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--html', 'also write a standalone HTML page per Markdown page, with a shared stylesheet')
    .option('--mermaid <file>', 'with --html: ship this local copy of mermaid.min.js with the output so diagrams are drawn in the browser')
    .option('--force', 'render even when the records have errors (invalid records are left out)')
    .action(async (documents, _opts, command) => {
      const { runRender } = await import('./commands/render.js');
      exit(await runRender(documents, command.optsWithGlobals(), io));
    });

  const newRecord = program
    .command('new')
    .description('create a record: prompts on a terminal, flags otherwise (never prompts without a TTY)')
    .argument('<kind>', `record kind: ${KIND_LIST}`)
    .option('--id <id>', 'the record id (orders get a generated ORD-YYMMDD-XXXX id)')
    .option('--title <text>', 'title (orders, decisions, contracts, directions, maturity)')
    .option('--name <text>', 'name (units, people, roles, systems, services, plans, RACI)')
    .option('--description <text>', 'description; for an order, the need')
    .option('--unit <id>', 'unit (department)')
    .option('--orderer <id>', "orderer (person id); repeatable for a unit's orderers", collect)
    .option('--type <type>', 'type (order: project, change, procurement, service-request, management)')
    .option('--category <category>', 'order category: strategic or operational')
    .option('--system <id>', 'affected system; repeatable', collect)
    .option('--team <id>', 'delivering team from styr.yaml')
    .option('--handler <id>', 'handler in the ordering function (person id)')
    .option('--goal <id>', 'IT direction goal, e.g. M1')
    .option('--wanted-by <date>', 'date the orderer wants delivery, YYYY-MM-DD')
    .option('--legal', 'the order follows from a legal requirement')
    .option('--depends-on <id>', 'order this one depends on; repeatable', collect)
    .option('--benefit <1-5>', 'estimated benefit, 1–5')
    .option('--strategic-fit <1-5>', 'fit with the IT direction, 1–5')
    .option('--risk-if-not-done <1-5>', 'risk of not doing it, 1–5')
    .option('--risk-if-done <1-5>', 'risk of doing it, 1–5')
    .option('--cost-one-off <amount>', 'one-off cost')
    .option('--cost-yearly <amount>', 'yearly cost')
    .option('--effort-days <days>', 'effort in person-days')
    .option('--size <size>', 'rough size when effort is not in days: S, M, L, XL, XXL')
    .option('--set <field=value>', "any other field, the value in YAML (e.g. --set 'period={from: 2026, to: 2028}'); repeatable", collect)
    .option('-y, --yes', 'never prompt: take the flags as they are and create the record')
    .addHelpText(
      'after',
      '\nWithout a terminal (or with --yes) every required value must come from a flag; a missing one is a usage error (exit 2) and nothing is written.\nCtrl-C during the prompts writes nothing and exits 130.\n',
    )
    .action(async (kind, _opts, command) => {
      const { runNew } = await import('./commands/new.js');
      exit(await runNew(kind, command.optsWithGlobals(), io));
    });

  const order = program.command('order').description('the order flow: list, show, move and rank orders');
  const orderList = order
    .command('list')
    .description('list orders, filtered and sorted')
    .option('--status <status>', 'only these statuses (repeatable, or comma-separated)', collect)
    .option('--unit <id>', 'only orders from this unit')
    .option('--type <type>', 'only orders of this type')
    .option('--system <id>', 'only orders that affect this system')
    .option('--orderer <id>', 'only orders placed by this person')
    .option('--older-than <days>', 'only orders more than this many days in their current status')
    .addOption(new Option('--sort <key>', 'sort order').choices(['id', 'created', 'status', 'score', 'wanted-by']).default('id'))
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runOrderList } = await import('./commands/order-list.js');
      exit(await runOrderList(command.optsWithGlobals(), io));
    });
  const orderShow = order
    .command('show')
    .description('everything about one order: fields, next step, score breakdown, dependencies both ways, history')
    .argument('<id>', 'order id')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (id, _opts, command) => {
      const { runOrderShow } = await import('./commands/order-show.js');
      exit(await runOrderShow(id, command.optsWithGlobals(), io));
    });
  const orderMove = order
    .command('move')
    .description('move an order along the lifecycle; appends a history entry and changes nothing else in the file')
    .argument('<id>', 'order id')
    .argument('<status>', 'the new status')
    .option('--decision <id>', 'the decision record behind the move (required for approved, deferred, rejected)')
    .option('--note <text>', 'note for the history entry; the rationale for deferred, rejected and withdrawn (required there)')
    .option('--actor <name>', "who makes the move (default: git's user.name, else the OS user)")
    .option('--dry-run', 'print the edited file instead of writing it')
    .addHelpText(
      'after',
      '\nDate: --today (default: today). Exit 1 when the lifecycle refuses the move, the change would make the repository invalid, or the file changed on disk meanwhile; exit 2 when a required --decision or --note is missing or names nothing.\n',
    )
    .action(async (id, status, _opts, command) => {
      const { runOrderMove } = await import('./commands/order-move.js');
      exit(await runOrderMove(id, status, command.optsWithGlobals(), io));
    });
  const orderRank = order
    .command('rank')
    .description('the ranked backlog of prepared and approved orders: legal requirements first, then score')
    .option('--explain', 'show how each weight contributes to each score')
    .option('--limit <n>', 'show only the first n')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runOrderRank } = await import('./commands/order-rank.js');
      exit(await runOrderRank(command.optsWithGlobals(), io));
    });
  for (const sub of order.commands) sub.exitOverride();

  const plan = program
    .command('plan')
    .description('fit ranked orders into quarters given team capacity and dependencies; what does not fit, over-allocation, missed wanted-by dates')
    .option('--json', 'print the plan as JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runPlan } = await import('./commands/plan.js');
      exit(await runPlan(command.optsWithGlobals(), io));
    });

  const systems = program
    .command('systems')
    .description('list the business systems: owner, administrator, management plan, integrations')
    .option('--area <text>', 'only systems whose business area contains this text')
    .option('--unit <id>', 'only systems of this unit')
    .option('--owner <id>', 'only systems with this system owner (person id)')
    .option('--lifecycle <lifecycle>', 'only systems in this phase: planned, introduction, production, phase-out, retired')
    .option('--supplier <text>', 'only systems whose supplier contains this text')
    .option('--without-plan', 'only active systems with no management plan for the planning year')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runSystems } = await import('./commands/systems.js');
      exit(await runSystems(command.optsWithGlobals(), io));
    });

  const contracts = program
    .command('contracts')
    .description('list contracts by notice deadline, most urgent first; ended contracts only with --all')
    .option('--notice-within <days>', 'only contracts whose notice deadline is at most this many days away, or passed without a decision')
    .option('--supplier <text>', 'only contracts whose supplier contains this text')
    .option('--system <id>', 'only contracts that cover this system')
    .option('--all', 'include contracts that have ended')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runContracts } = await import('./commands/contracts.js');
      exit(await runContracts(command.optsWithGlobals(), io));
    });

  const roles = program
    .command('roles')
    .description('list the roles: level, unit, holders, staffing, recruitment step')
    .option('--vacant', 'only roles that are not fully staffed (vacant, interim consultant, partly staffed)')
    .option('--level <level>', 'only roles at this level: strategic, tactical, operational')
    .option('--unit <id>', 'only roles in this unit')
    .option('--person <id>', 'only roles this person holds')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (_opts, command) => {
      const { runRoles } = await import('./commands/roles.js');
      exit(await runRoles(command.optsWithGlobals(), io));
    });

  const raci = program
    .command('raci')
    .description('the RACI (HUKI) matrices: the processes, one matrix, or every letter of one role')
    .argument('[process]', 'RACI matrix id: show it as activities × roles')
    .option('--role <id>', 'every activity where this role has a letter')
    .option('--json', 'print JSON')
    .addOption(FORMAT_OPTION())
    .action(async (processId, _opts, command) => {
      const { runRaci } = await import('./commands/raci.js');
      exit(await runRaci(processId, command.optsWithGlobals(), io));
    });

  for (const sub of program.commands) sub.exitOverride();
  return { program, commands: { validate, diff, log, init, render, new: newRecord, orderList, orderShow, orderMove, orderRank, plan, systems, contracts, roles, raci } };
}

type Declared = ReturnType<typeof buildProgram>['commands'];

/** The options a command's handler receives: its own and the global ones, typed from the declaration above. */
export type OptionsOf<K extends keyof Declared> = ReturnType<Declared[K]['optsWithGlobals']>;
