// Catalogue section 'orderFlow' (see ../catalog.ts): the words of the stricter
// order flow — the preparation gate in `styr order move` and `styr council
// apply`, authorised orderers in `styr new order`, the planned quarter, reviews
// and the benefit follow-up in `styr order show`, and the rules
// order/preparation-incomplete, order/orderer-not-authorised and
// order/benefit-follow-up. `en` is typed from `sv`.

export const sv = {
  // What the gate asks for, one line each in a refusal: the words, then the field to fill in.
  'orderFlow.requirement.handler': 'handläggare i beställarfunktionen (`handler`)',
  'orderFlow.requirement.handlerOutside': 'handläggare i beställarfunktionen (`handler`: {name} hör inte till beställarfunktionen)',
  'orderFlow.requirement.benefit': 'bedömd nytta (`estimates.benefit`)',
  'orderFlow.requirement.strategicFit': 'strategisk samstämmighet (`estimates.strategicFit`)',
  'orderFlow.requirement.riskIfNotDone': 'risk om den inte genomförs (`estimates.riskIfNotDone`)',
  'orderFlow.requirement.riskIfDone': 'risk vid genomförande (`estimates.riskIfDone`)',
  'orderFlow.requirement.cost': 'kostnad (`estimates.costOneOff` eller `estimates.costYearly`)',
  'orderFlow.requirement.effort': 'arbetsinsats i persondagar eller storlek (`estimates.effortDays` eller `estimates.size`)',
  'orderFlow.requirement.team': 'levererande team (`team`)',
  'orderFlow.requirement.review': 'arkitektur- eller säkerhetsgranskning (`reviews`), krävs för typen {type}',
  'orderFlow.requirement.quarter': 'planerat kvartal (`quarter`, t.ex. 2027-Q2)',
  'orderFlow.requirement.goal': 'inriktningsmål (`goal`)',
  'orderFlow.requirement.systems': 'berörda system (`systems`)',
  'orderFlow.requirement.wantedBy': 'önskat datum (`wantedBy`)',
  'orderFlow.requirement.category': 'kategori (`category`)',
  'orderFlow.requirement.financing': 'finansiering (`financing`)',

  // Refusals of `styr order move` and `styr council apply`.
  'orderFlow.move.incomplete': '{id} kan inte bli {to}: {n, plural, one {en uppgift saknas} other {# uppgifter saknas}}:{list}',
  'orderFlow.move.incomplete.hint':
    'Fyll i dem i beställningens fil eller med `styr set {id} fält=värde`; vad varje status kräver står under orderFlow.requirements i styr.yaml.',
  'orderFlow.move.decisionLater':
    'beslutet {decision} är daterat {decisionDate}, efter flyttens datum {date}: en beställning kan inte bli {to} av ett beslut som ännu inte är fattat',
  'orderFlow.move.decisionLater.hint': 'Flytta beställningen när beslutet är fattat (på eller efter {decisionDate}), eller ange det beslut som redan avgjort den.',

  // `styr new order`: the orderer is one of the unit's authorised orderers.
  'orderFlow.new.notAuthorised': '{orderer} är inte beställningsberättigad för {unit}; beställningsberättigade: {orderers}',

  // `styr order show`.
  'orderFlow.show.quarter': 'Planerat kvartal',
  'orderFlow.show.reviews': 'Granskningar',
  'orderFlow.show.review': '{kind} {date}, {by}: {outcome}',
  'orderFlow.show.followUpDue': 'Nyttouppföljning senast',
  'orderFlow.show.followUp': 'Nyttouppföljning',
  'orderFlow.show.followUpDone': '{date}: realiserad nytta {realised} av 5 (bedömd {estimated})',
  'orderFlow.show.followUpOverdue': '{due} (försenad)',

  // The rules.
  'rule.order/preparation-incomplete.description':
    'En beställning som redan är beredd eller längre fram i flödet (uppskjuten, godkänd, planerad, pågående) har det som beredningsgrinden kräver: en handläggare i beställarfunktionen, uppskattningarna som poängen räknas från (nytta, strategisk samstämmighet, risk om den inte genomförs, kostnad, arbetsinsats eller storlek), ett levererande team och, för de typer som styr.yaml anger (standard projekt och upphandling), en arkitektur- eller säkerhetsgranskning; en planerad beställning har dessutom ett planerat kvartal. Kraven per status ställs in under orderFlow.requirements i styr.yaml. Levererade, avslutade, avslagna och återtagna beställningar kontrolleras inte: deras beredning är historia. `styr order move` vägrar samma flyttar; regeln fångar beställningar som kom dit före grinden eller genom handredigering.',
  'rule.order/preparation-incomplete.incomplete':
    'beställningen är {status} men saknar {n, plural, one {en uppgift} other {# uppgifter}} som beredningen kräver: {fields}',
  'rule.order/preparation-incomplete.incomplete.hint': 'Fyll i dem, t.ex. med `styr set {order} …`, innan Beslutsråd IT eller teamet behöver dem.',
  'rule.order/preparation-incomplete.handlerOutside': 'beställningen är {status} men handläggaren {handler} hör inte till beställarfunktionen',
  'rule.order/preparation-incomplete.handlerOutside.hint': 'Beredningen görs av beställarfunktionen: ange en handläggare därifrån under `handler:`.',

  'rule.order/orderer-not-authorised.description':
    'En öppen beställnings beställare är en av förvaltningens beställningsberättigade (`orderers` i enhetens fil, rapporten avsnitt 3): det är de som lägger och äger förvaltningens beställningar. Avslutade, avslagna och återtagna beställningar kontrolleras inte. En förvaltning utan beställningsberättigade rapporteras av unit/authorised-orderer.',
  'rule.order/orderer-not-authorised.notAuthorised': '{orderer} är inte beställningsberättigad för {unit}',
  'rule.order/orderer-not-authorised.notAuthorised.hint':
    'Låt en beställningsberättigad ({orderers}) stå som beställare under `orderer:`, eller lägg till personen under förvaltningens `orderers:` om förvaltningen har gett behörigheten.',

  'rule.order/benefit-follow-up.description':
    'En levererad beställning av en typ som lovade nytta (standard projekt och upphandling, orderFlow.benefitTypes i styr.yaml) följs upp ett antal månader efter leveransen (standard 6, orderFlow.benefitFollowUpMonths): realiserad nytta, anteckning och datum under `benefitFollowUp`. Uppföljningsdagen är leveransdagen plus månaderna, samma dag i månaden eller månadens sista dag när den saknas. Varningen ges från dagen efter uppföljningsdagen.',
  'rule.order/benefit-follow-up.overdue':
    'nyttan är inte uppföljd: levererad {delivered}, uppföljningen skulle ha gjorts senast {due} ({days, plural, one {# dag} other {# dagar}} sedan)',
  'rule.order/benefit-follow-up.overdue.hint': 'Beställaren ({orderer}) följer upp nyttan; ange `benefitFollowUp:` med `realised` (1–5), `date` och `note`.',

  'rule.order/status-duration.pastQuarter':
    'beställningen är planerad till {quarter} men arbetet har inte startat (kvartalet slutade {end}); nästa steg: {stepKind, select, team {{owner} {name}} noTeam {{owner},} other {{owner}}} ska {action}',
  'rule.order/status-duration.pastQuarter.hint': 'Starta arbetet (`styr order move {order} in-progress`) eller planera om det till ett senare kvartal under `quarter:`.',
} as const;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'orderFlow.requirement.handler': 'a handler in the ordering function (`handler`)',
  'orderFlow.requirement.handlerOutside': 'a handler in the ordering function (`handler`: {name} is not in the ordering function)',
  'orderFlow.requirement.benefit': 'the estimated benefit (`estimates.benefit`)',
  'orderFlow.requirement.strategicFit': 'the strategic fit (`estimates.strategicFit`)',
  'orderFlow.requirement.riskIfNotDone': 'the risk if not done (`estimates.riskIfNotDone`)',
  'orderFlow.requirement.riskIfDone': 'the risk if done (`estimates.riskIfDone`)',
  'orderFlow.requirement.cost': 'the cost (`estimates.costOneOff` or `estimates.costYearly`)',
  'orderFlow.requirement.effort': 'the effort in person-days or a size (`estimates.effortDays` or `estimates.size`)',
  'orderFlow.requirement.team': 'a delivering team (`team`)',
  'orderFlow.requirement.review': 'an architecture or security review (`reviews`), required for type {type}',
  'orderFlow.requirement.quarter': 'the planned quarter (`quarter`, e.g. 2027-Q2)',
  'orderFlow.requirement.goal': 'a direction goal (`goal`)',
  'orderFlow.requirement.systems': 'the systems affected (`systems`)',
  'orderFlow.requirement.wantedBy': 'a wanted-by date (`wantedBy`)',
  'orderFlow.requirement.category': 'a category (`category`)',
  'orderFlow.requirement.financing': 'the financing (`financing`)',

  'orderFlow.move.incomplete': '{id} cannot become {to}: {n, plural, one {one thing is missing} other {# things are missing}}:{list}',
  'orderFlow.move.incomplete.hint':
    'Fill them in in the order file or with `styr set {id} field=value`; what each status requires is under orderFlow.requirements in styr.yaml.',
  'orderFlow.move.decisionLater': 'decision {decision} is dated {decisionDate}, after the move date {date}: an order cannot become {to} by a decision not yet taken',
  'orderFlow.move.decisionLater.hint': 'Move the order once the decision is taken (on or after {decisionDate}), or cite the decision that already decided it.',

  'orderFlow.new.notAuthorised': '{orderer} is not an authorised orderer for {unit}; authorised orderers: {orderers}',

  'orderFlow.show.quarter': 'Planned quarter',
  'orderFlow.show.reviews': 'Reviews',
  'orderFlow.show.review': '{kind} {date}, {by}: {outcome}',
  'orderFlow.show.followUpDue': 'Benefit follow-up due',
  'orderFlow.show.followUp': 'Benefit follow-up',
  'orderFlow.show.followUpDone': '{date}: realised benefit {realised} of 5 (estimated {estimated})',
  'orderFlow.show.followUpOverdue': '{due} (overdue)',

  'rule.order/preparation-incomplete.description':
    'An order that is already prepared or further along the flow (deferred, approved, planned, in progress) has what the preparation gate requires: a handler in the ordering function, the estimates the score is computed from (benefit, strategic fit, risk if not done, cost, effort or size), a delivering team and, for the types styr.yaml names (by default project and procurement), an architecture or security review; a planned order also has a planned quarter. The requirements per status are set under orderFlow.requirements in styr.yaml. Delivered, closed, rejected and withdrawn orders are not checked: their preparation is history. `styr order move` refuses the same moves; the rule catches orders that got there before the gate or by a hand edit.',
  'rule.order/preparation-incomplete.incomplete': "order is '{status}' but lacks {n, plural, one {one thing} other {# things}} the preparation requires: {fields}",
  'rule.order/preparation-incomplete.incomplete.hint': 'Fill them in, e.g. with `styr set {order} …`, before the decision council or the team needs them.',
  'rule.order/preparation-incomplete.handlerOutside': "order is '{status}' but its handler {handler} is not in the ordering function",
  'rule.order/preparation-incomplete.handlerOutside.hint': 'Preparation is done by the ordering function: name a handler from there under `handler:`.',

  'rule.order/orderer-not-authorised.description':
    "An open order's orderer is one of the department's authorised orderers (`orderers` in the unit file, report section 3): they place and own the department's orders. Closed, rejected and withdrawn orders are not checked. A department without authorised orderers is reported by unit/authorised-orderer.",
  'rule.order/orderer-not-authorised.notAuthorised': '{orderer} is not an authorised orderer for {unit}',
  'rule.order/orderer-not-authorised.notAuthorised.hint':
    "Let an authorised orderer ({orderers}) be the orderer under `orderer:`, or add the person to the department's `orderers:` if the department has given them the authority.",

  'rule.order/benefit-follow-up.description':
    'A delivered order of a type that promised benefits (by default project and procurement, orderFlow.benefitTypes in styr.yaml) is followed up a number of months after delivery (default 6, orderFlow.benefitFollowUpMonths): realised benefit, note and date under `benefitFollowUp`. The follow-up day is the delivery day plus the months, the same day of the month or the last day of the month when it has no such day. The warning is given from the day after the follow-up day.',
  'rule.order/benefit-follow-up.overdue':
    'the benefit has not been followed up: delivered {delivered}, follow-up due by {due} ({days, plural, one {# day} other {# days}} ago)',
  'rule.order/benefit-follow-up.overdue.hint': 'The orderer ({orderer}) follows up the benefit; add `benefitFollowUp:` with `realised` (1–5), `date` and `note`.',

  'rule.order/status-duration.pastQuarter':
    'order is planned for {quarter} but the work has not started (the quarter ended {end}); next step: {stepKind, select, team {{owner} {name}} noTeam {{owner},} other {{owner}}} to {action}',
  'rule.order/status-duration.pastQuarter.hint': 'Start the work (`styr order move {order} in-progress`) or replan it for a later quarter under `quarter:`.',
};
