// Catalogue section 'help' (see ../catalog.ts): the words of `styr --help` and
// of every command's help — command descriptions (`help.<command>`), option
// and argument descriptions (`help.<command>.<option>`), the global options
// (`help.global.*`), descriptions several commands share (`help.option.*`),
// the text after the option lists (`help.footer`, `help.<command>.after`) and
// commander's own headings and notes (`help.heading.*`, `help.choices`,
// `help.default`). `en` is typed from `sv`.
//
// No message here may have an ICU argument (`{n, plural, …}`): the help is
// formatted with `{name}` placeholders only (cli/help-language.ts), so that
// `styr --help` loads neither the whole catalogue nor intl-messageformat;
// help.test.ts checks. `{kinds}` is a plain placeholder; `--set`'s
// `{from: 2026, to: 2028}` is text (no `{name,`).
// Option values (statuses, types, levels, document names) are what the user
// types, so they stay as they are in both languages.

export const sv = {
  'help.styr': 'IT-styrning som kod: kontrollera, ändra och skapa dokument av en kommunal IT-organisations poster.',
  'help.global.version': 'visa versionsnumret',
  'help.global.data': 'datamapp (standard: närmaste mapp uppåt med styr.yaml, annars ./data)',
  'help.global.lang': 'språk för utdata (standard: enligt styr.yaml)',
  'help.global.today': 'datumet att utgå från, ÅÅÅÅ-MM-DD (standard: i dag, eller STYR_TODAY)',
  'help.global.no-color': 'stäng av färger (NO_COLOR respekteras också)',
  'help.global.help': 'visa hjälp för kommandot',
  'help.global.helpCommand': 'visa hjälp för ett kommando',
  'help.afterError': '(kör med --help för att se hur kommandot används)',
  'help.footer': `
Avslutningskoder:
  0  inga fel (varningar tillåts upp till --max-warnings)
  1  problem hittades: fel, för många varningar eller en skrivning som nekades
  2  användningsfel (felaktig flagga eller argument) eller I/O-fel (datamappen saknas eller går inte att läsa)

Miljövariabler:
  STYR_TODAY   standard för --today (ÅÅÅÅ-MM-DD)
  NO_COLOR     stänger av färger, som --no-color
`,
  'help.heading.usage': 'Användning:',
  'help.heading.arguments': 'Argument:',
  'help.heading.options': 'Flaggor:',
  'help.heading.globalOptions': 'Globala flaggor:',
  'help.heading.commands': 'Kommandon:',
  'help.choices': 'värden',
  'help.default': 'standard',

  'help.option.format': 'utdataformat',
  'help.option.formatJson': 'utdataformat (json är detsamma som --json)',
  'help.option.json': 'skriv ut som JSON',
  'help.option.orderId': 'beställningens id',

  'help.validate': 'kontrollera posterna mot scheman, referenser och regler; rapportera varje problem med fil:rad:kolumn',
  'help.validate.max-warnings': 'avsluta med kod 1 när det finns fler varningar än så här',
  'help.validate.quiet': 'rapportera bara fel',
  'help.validate.explain': 'förklara en regel (eller lista alla regler) i stället för att kontrollera posterna',
  'help.validate.changed':
    'rapportera bara problem i filer som ändrats sedan BASE (standard: merge-basen mot standardgrenen), inklusive köade (staged), ej köade och ospårade ändringar',

  'help.diff': 'vad en ändring betyder för posterna: från BASE (standard: merge-basen mot standardgrenen) till HEAD (standard: arbetskatalogen)',
  'help.diff.base': 'versionen att jämföra från (gren, tagg eller commit)',
  'help.diff.head': 'versionen att jämföra till (standard: arbetskatalogen)',

  'help.log': 'en posts historik i git: varje commit med författare, datum, meddelande och vad som ändrades; följer namnbyten',
  'help.log.id': "postens id, eller sort/id (t.ex. 'role/it-chef')",

  'help.init': 'skapa ett styrningsrepo: styr.yaml, en exempelpost per sort, scheman för editorn, CI-arbetsflöden',
  'help.init.dir': 'mappen att skapa det i',
  'help.init.example': 'kopiera hela exempelkommunen i stället för en exempelpost per sort',
  'help.init.force': 'skriv över filer som redan finns',

  'help.render':
    'skapa dokument i Markdown (och HTML med --html): catalog, systems-map, plans, contracts, tactical-plan, portfolio, council, units, economy, raci, roles, maturity; alla när inget anges',
  'help.render.document': 'dokument att skapa (standard: alla)',
  'help.render.out': 'utdatamapp',
  'help.render.html': 'skriv också en fristående HTML-sida per Markdown-sida, med en gemensam stilmall',
  'help.render.mermaid': 'med --html: använd den här kopian av mermaid.min.js i stället för den som följer med styr',
  'help.render.noDiagrams': 'med --html: visa diagrammen som Mermaid-källkod i stället för att rita dem',
  'help.render.pdf': 'skriv också en PDF bredvid varje dokuments startsida och varje förvaltningsplan (medför --html; behöver Chromium)',
  'help.render.audience': 'vem utgåvan är till för: public (bara det alla får läsa) eller internal (allt; standard)',
  'help.render.force': 'skapa dokumenten även när posterna har fel (ogiltiga poster utelämnas)',

  'help.new': 'skapa en post: frågar i en terminal, annars gäller flaggorna (frågar aldrig utan TTY)',
  'help.new.kind': 'postens sort: {kinds}',
  'help.new.id': 'postens id (beställningar får ett genererat id ORD-ÅÅMMDD-XXXX)',
  'help.new.title': 'rubrik (beställningar, beslut, avtal, inriktningar, mognadsbedömningar)',
  'help.new.name': 'namn (enheter, personer, roller, system, tjänster, förvaltningsobjekt, planer, HUKI)',
  'help.new.description': 'beskrivning; för en beställning behovet',
  'help.new.unit': 'enhet (förvaltning)',
  'help.new.orderer': 'beställare (person-id); kan upprepas för en enhets beställare',
  'help.new.type': 'typ (beställning: project, change, procurement, service-request, management)',
  'help.new.category': 'beställningens kategori: strategic eller operational',
  'help.new.system': 'berört system; kan upprepas',
  'help.new.team': 'levererande team från styr.yaml',
  'help.new.handler': 'handläggare i beställarfunktionen (person-id)',
  'help.new.goal': 'mål i IT-inriktningen, t.ex. M1',
  'help.new.wanted-by': 'datum då beställaren vill ha leveransen, ÅÅÅÅ-MM-DD',
  'help.new.legal': 'beställningen följer av ett lagkrav',
  'help.new.depends-on': 'beställning som den här beror på; kan upprepas',
  'help.new.benefit': 'uppskattad nytta, 1–5',
  'help.new.strategic-fit': 'hur väl den stämmer med IT-inriktningen, 1–5',
  'help.new.risk-if-not-done': 'risk om den inte genomförs, 1–5',
  'help.new.risk-if-done': 'risk om den genomförs, 1–5',
  'help.new.cost-one-off': 'engångskostnad',
  'help.new.cost-yearly': 'årlig kostnad',
  'help.new.effort-days': 'insats i persondagar',
  'help.new.size': 'ungefärlig storlek när insatsen inte anges i dagar: S, M, L, XL, XXL',
  'help.new.set': "vilket annat fält som helst, värdet i YAML (t.ex. --set 'period={from: 2026, to: 2028}'); kan upprepas",
  'help.new.yes': 'fråga aldrig: ta flaggorna som de är och skapa posten',
  'help.new.after':
    '\nUtan terminal (eller med --yes) måste varje obligatoriskt värde komma från en flagga; saknas ett är det ett användningsfel (avslutningskod 2) och inget skrivs.\nCtrl-C under frågorna skriver inget och avslutar med kod 130.\n',

  'help.order': 'beställningsflödet: lista, visa, flytta och rangordna beställningar',
  'help.order.list': 'lista beställningar, filtrerade och sorterade',
  'help.order.list.status': 'bara dessa statusar (kan upprepas, eller kommaseparerade)',
  'help.order.list.unit': 'bara beställningar från den här enheten',
  'help.order.list.type': 'bara beställningar av den här typen',
  'help.order.list.system': 'bara beställningar som berör det här systemet',
  'help.order.list.orderer': 'bara beställningar som den här personen har lagt',
  'help.order.list.older-than': 'bara beställningar som har legat fler än så här många dagar i sin nuvarande status',
  'help.order.list.sort': 'sorteringsordning',
  'help.order.show': 'allt om en beställning: fält, nästa steg, poängens delar, beroenden åt båda hållen, historik',
  'help.order.move': 'flytta en beställning i livscykeln; lägger till en historikpost och ändrar inget annat i filen',
  'help.order.move.status': 'den nya statusen',
  'help.order.move.decision': 'beslutsposten bakom flytten (krävs för approved, deferred, rejected)',
  'help.order.move.note': 'anteckning i historikposten; motiveringen för deferred, rejected och withdrawn (krävs där)',
  'help.order.move.actor': 'vem som gör flytten (standard: user.name i git, annars användaren i operativsystemet)',
  'help.order.move.dry-run': 'visa den ändrade filen i stället för att spara den',
  'help.order.move.after':
    '\nDatum: --today (standard: i dag). Avslutningskod 1 när livscykeln inte tillåter flytten, när ändringen skulle göra repot ogiltigt eller när filen har ändrats på disken under tiden; avslutningskod 2 när ett obligatoriskt --decision eller --note saknas eller inte pekar på något.\n',
  'help.order.rank': 'den rangordnade kön av beredda och godkända beställningar: lagkrav först, sedan poäng',
  'help.order.rank.explain': 'visa hur varje vikt bidrar till varje poäng',
  'help.order.rank.limit': 'visa bara de n första',

  'help.plan': 'fördela rangordnade beställningar på kvartal utifrån teamens kapacitet och beroenden; vad som inte får plats, överbeläggning, missade önskade datum',
  'help.plan.json': 'skriv ut planen som JSON',

  'help.systems': 'lista verksamhetssystemen: systemägare, systemförvaltare, förvaltningsplan, integrationer',
  'help.unit': 'visa en förvaltnings beställarsida: beställare, IT-samordnare, beställningar, system, avtal och kostnader',
  'help.unit.id': 'enhetens id, t.ex. socialforvaltningen',
  'help.systems.area': 'bara system vars verksamhetsområde innehåller den här texten',
  'help.systems.unit': 'bara system som hör till den här enheten',
  'help.systems.owner': 'bara system med den här systemägaren (person-id)',
  'help.systems.lifecycle': 'bara system i den här fasen: planned, introduction, production, phase-out, retired',
  'help.systems.supplier': 'bara system vars leverantör innehåller den här texten',
  'help.systems.without-plan': 'bara aktiva system utan förvaltningsplan för planeringsåret',

  'help.contracts': 'lista avtal efter sista uppsägningsdag, det mest brådskande först; avslutade avtal bara med --all',
  'help.contracts.notice-within': 'bara avtal vars sista uppsägningsdag är högst så här många dagar bort, eller har passerat utan beslut',
  'help.contracts.supplier': 'bara avtal vars leverantör innehåller den här texten',
  'help.contracts.system': 'bara avtal som omfattar det här systemet',
  'help.contracts.all': 'ta med avtal som har upphört',
  'help.costs': 'visa årets IT-kostnader per förvaltningsobjekt, förvaltning, leverantör eller kostnadsslag: budget, utfall, beslutade beställningar, avtal och totalt',
  'help.costs.by': 'indelning: object, unit, supplier eller category (standard unit)',
  'help.costs.year': 'året som kostnaderna avser (standard planeringsåret)',

  'help.roles': 'lista rollerna: nivå, enhet, innehavare, bemanning, rekryteringssteg',
  'help.roles.vacant': 'bara roller som inte är fullt bemannade (vakanta, bemannade med interimskonsult, delvis bemannade)',
  'help.roles.level': 'bara roller på den här nivån: strategic, tactical, operational',
  'help.roles.unit': 'bara roller i den här enheten',
  'help.roles.person': 'bara roller som den här personen har',

  'help.raci': 'HUKI-matriserna (RACI): processerna, en matris, eller alla bokstäver för en roll',
  'help.raci.process': 'HUKI-matrisens id: visa den som aktiviteter × roller',
  'help.raci.role': 'alla aktiviteter där den här rollen har en bokstav',
  'help.import': 'läs poster från en arbetsbok (.xlsx) eller CSV-fil: en rad per post; nya id blir nya filer, befintliga uppdateras fält för fält',
  'help.import.file': 'filen att läsa (.xlsx eller .csv)',
  'help.import.kind': 'postsort i filen: {kinds}',
  'help.import.map': 'mappningsfil (YAML): vilken kolumn som fyller vilket fält, översättningar av värden, hur id bildas',
  'help.import.map-template': 'skriv ut en mappningsmall med sortens alla fält och deras svenska och engelska rubriker',
  'help.import.sheet': 'bladet att läsa (standard: det enda, eller det som heter som sorten)',
  'help.import.dry-run': 'visa vad som skulle ändras, skriv inget',
  'help.import.skip-invalid': 'skriv de giltiga raderna och lista resten (annars skrivs inget om någon rad är ogiltig)',
  'help.export': 'skriv poster till en arbetsbok (ett blad per sort) eller CSV (en fil per sort), med rubriker i utdataspråket',
  'help.export.kind': 'bara den här sorten (standard: alla)',
  'help.export.format': 'filformat (standard: efter filändelsen, annars xlsx)',
  'help.export.out': 'filen att skriva (en mapp för alla sorter som CSV)',
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'help.styr': 'IT governance as code: validate, change and render the records of a municipal IT organisation.',
  'help.global.version': 'output the version number',
  'help.global.data': 'data folder (default: nearest folder upwards with styr.yaml, else ./data)',
  'help.global.lang': 'language of output (default: from styr.yaml)',
  'help.global.today': 'the date to evaluate against, YYYY-MM-DD (default: today, or STYR_TODAY)',
  'help.global.no-color': 'disable colours (NO_COLOR is honoured too)',
  'help.global.help': 'display help for command',
  'help.global.helpCommand': 'display help for command',
  'help.afterError': '(run with --help for usage)',
  'help.footer': `
Exit codes:
  0  no errors (warnings allowed up to --max-warnings)
  1  problems found: errors, too many warnings, or a write that was refused
  2  usage error (bad option or argument) or I/O failure (data folder missing or unreadable)

Environment:
  STYR_TODAY   default for --today (YYYY-MM-DD)
  NO_COLOR     disables colours, like --no-color
`,
  'help.heading.usage': 'Usage:',
  'help.heading.arguments': 'Arguments:',
  'help.heading.options': 'Options:',
  'help.heading.globalOptions': 'Global Options:',
  'help.heading.commands': 'Commands:',
  'help.choices': 'choices',
  'help.default': 'default',

  'help.option.format': 'output format',
  'help.option.formatJson': 'output format (json is the same as --json)',
  'help.option.json': 'print JSON',
  'help.option.orderId': 'order id',

  'help.validate': 'check records against schemas, references and rules; report every problem with file:line:column',
  'help.validate.max-warnings': 'exit 1 when there are more warnings than this',
  'help.validate.quiet': 'report errors only',
  'help.validate.explain': 'explain a rule (or list every rule) instead of validating',
  'help.validate.changed': 'report only problems in files changed since BASE (default: merge base with the default branch), incl. staged, unstaged and untracked',

  'help.diff': 'what a change means for the records: BASE (default: merge base with the default branch) to HEAD (default: the working tree)',
  'help.diff.base': 'base revision (branch, tag or commit)',
  'help.diff.head': 'head revision (default: the working tree)',

  'help.log': 'the history of one record from git: each commit, author, date, message and what changed; follows renames',
  'help.log.id': "record id, or kind/id (e.g. 'role/it-chef')",

  'help.init': 'scaffold a governance repository: styr.yaml, one example record per kind, editor schemas, CI workflows',
  'help.init.dir': 'folder to create it in',
  'help.init.example': 'copy the full example municipality instead of one example record per kind',
  'help.init.force': 'overwrite files that already exist',

  'help.render':
    'render documents as Markdown (and HTML with --html): catalog, systems-map, plans, contracts, tactical-plan, portfolio, council, units, economy, raci, roles, maturity; all when none is named',
  'help.render.document': 'documents to render (default: all)',
  'help.render.out': 'output folder',
  'help.render.html': 'also write a standalone HTML page per Markdown page, with a shared stylesheet',
  'help.render.mermaid': 'with --html: use this copy of mermaid.min.js instead of the one styr ships',
  'help.render.noDiagrams': 'with --html: show the diagrams as Mermaid source instead of drawing them',
  'help.render.pdf': "also write a PDF beside each document's entry page and each management plan (implies --html; needs Chromium)",
  'help.render.audience': 'who the rendering is for: public (only what anyone may read) or internal (everything; the default)',
  'help.render.force': 'render even when the records have errors (invalid records are left out)',

  'help.new': 'create a record: prompts on a terminal, flags otherwise (never prompts without a TTY)',
  'help.new.kind': 'record kind: {kinds}',
  'help.new.id': 'the record id (orders get a generated ORD-YYMMDD-XXXX id)',
  'help.new.title': 'title (orders, decisions, contracts, directions, maturity)',
  'help.new.name': 'name (units, people, roles, systems, services, managed objects, plans, RACI)',
  'help.new.description': 'description; for an order, the need',
  'help.new.unit': 'unit (department)',
  'help.new.orderer': "orderer (person id); repeatable for a unit's orderers",
  'help.new.type': 'type (order: project, change, procurement, service-request, management)',
  'help.new.category': 'order category: strategic or operational',
  'help.new.system': 'affected system; repeatable',
  'help.new.team': 'delivering team from styr.yaml',
  'help.new.handler': 'handler in the ordering function (person id)',
  'help.new.goal': 'IT direction goal, e.g. M1',
  'help.new.wanted-by': 'date the orderer wants delivery, YYYY-MM-DD',
  'help.new.legal': 'the order follows from a legal requirement',
  'help.new.depends-on': 'order this one depends on; repeatable',
  'help.new.benefit': 'estimated benefit, 1–5',
  'help.new.strategic-fit': 'fit with the IT direction, 1–5',
  'help.new.risk-if-not-done': 'risk of not doing it, 1–5',
  'help.new.risk-if-done': 'risk of doing it, 1–5',
  'help.new.cost-one-off': 'one-off cost',
  'help.new.cost-yearly': 'yearly cost',
  'help.new.effort-days': 'effort in person-days',
  'help.new.size': 'rough size when effort is not in days: S, M, L, XL, XXL',
  'help.new.set': "any other field, the value in YAML (e.g. --set 'period={from: 2026, to: 2028}'); repeatable",
  'help.new.yes': 'never prompt: take the flags as they are and create the record',
  'help.new.after':
    '\nWithout a terminal (or with --yes) every required value must come from a flag; a missing one is a usage error (exit 2) and nothing is written.\nCtrl-C during the prompts writes nothing and exits 130.\n',

  'help.order': 'the order flow: list, show, move and rank orders',
  'help.order.list': 'list orders, filtered and sorted',
  'help.order.list.status': 'only these statuses (repeatable, or comma-separated)',
  'help.order.list.unit': 'only orders from this unit',
  'help.order.list.type': 'only orders of this type',
  'help.order.list.system': 'only orders that affect this system',
  'help.order.list.orderer': 'only orders placed by this person',
  'help.order.list.older-than': 'only orders more than this many days in their current status',
  'help.order.list.sort': 'sort order',
  'help.order.show': 'everything about one order: fields, next step, score breakdown, dependencies both ways, history',
  'help.order.move': 'move an order along the lifecycle; appends a history entry and changes nothing else in the file',
  'help.order.move.status': 'the new status',
  'help.order.move.decision': 'the decision record behind the move (required for approved, deferred, rejected)',
  'help.order.move.note': 'note for the history entry; the rationale for deferred, rejected and withdrawn (required there)',
  'help.order.move.actor': "who makes the move (default: git's user.name, else the OS user)",
  'help.order.move.dry-run': 'print the edited file instead of writing it',
  'help.order.move.after':
    '\nDate: --today (default: today). Exit 1 when the lifecycle refuses the move, the change would make the repository invalid, or the file changed on disk meanwhile; exit 2 when a required --decision or --note is missing or names nothing.\n',
  'help.order.rank': 'the ranked backlog of prepared and approved orders: legal requirements first, then score',
  'help.order.rank.explain': 'show how each weight contributes to each score',
  'help.order.rank.limit': 'show only the first n',

  'help.plan': 'fit ranked orders into quarters given team capacity and dependencies; what does not fit, over-allocation, missed wanted-by dates',
  'help.plan.json': 'print the plan as JSON',

  'help.systems': 'list the business systems: owner, administrator, management plan, integrations',
  'help.unit': "show a department's orderer page: orderers, IT contact, orders, systems, contracts and costs",
  'help.unit.id': 'the unit id, e.g. socialforvaltningen',
  'help.systems.area': 'only systems whose business area contains this text',
  'help.systems.unit': 'only systems of this unit',
  'help.systems.owner': 'only systems with this system owner (person id)',
  'help.systems.lifecycle': 'only systems in this phase: planned, introduction, production, phase-out, retired',
  'help.systems.supplier': 'only systems whose supplier contains this text',
  'help.systems.without-plan': 'only active systems with no management plan for the planning year',

  'help.contracts': 'list contracts by notice deadline, most urgent first; ended contracts only with --all',
  'help.contracts.notice-within': 'only contracts whose notice deadline is at most this many days away, or passed without a decision',
  'help.contracts.supplier': 'only contracts whose supplier contains this text',
  'help.contracts.system': 'only contracts that cover this system',
  'help.contracts.all': 'include contracts that have ended',
  'help.costs': "show the year's IT costs by managed object, department, supplier or cost category: budget, outcome, decided orders, contracts and total",
  'help.costs.by': 'cut: object, unit, supplier or category (default unit)',
  'help.costs.year': 'the year the costs are for (default the planning year)',

  'help.roles': 'list the roles: level, unit, holders, staffing, recruitment step',
  'help.roles.vacant': 'only roles that are not fully staffed (vacant, interim consultant, partly staffed)',
  'help.roles.level': 'only roles at this level: strategic, tactical, operational',
  'help.roles.unit': 'only roles in this unit',
  'help.roles.person': 'only roles this person holds',

  'help.raci': 'the RACI (HUKI) matrices: the processes, one matrix, or every letter of one role',
  'help.raci.process': 'RACI matrix id: show it as activities × roles',
  'help.raci.role': 'every activity where this role has a letter',
  'help.import': 'read records from a workbook (.xlsx) or CSV file: one row per record; new ids become new files, existing records are updated field by field',
  'help.import.file': 'the file to read (.xlsx or .csv)',
  'help.import.kind': 'kind of record in the file: {kinds}',
  'help.import.map': 'mapping file (YAML): which column fills which field, value translations, how the id is made',
  'help.import.map-template': 'print a mapping template with every field of the kind and its Swedish and English titles',
  'help.import.sheet': 'the sheet to read (default: the only one, or the one named after the kind)',
  'help.import.dry-run': 'show what would change, write nothing',
  'help.import.skip-invalid': 'write the valid rows and list the rest (otherwise nothing is written if a row is invalid)',
  'help.export': 'write records to a workbook (one sheet per kind) or CSV (one file per kind), headers in the output language',
  'help.export.kind': 'only this kind (default: all)',
  'help.export.format': 'file format (default: from the file extension, else xlsx)',
  'help.export.out': 'the file to write (a folder for every kind as CSV)',
};
