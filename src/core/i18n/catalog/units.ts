// Catalogue section 'units' (see ../catalog.ts): the words of the orderer's
// view — the department pages (`styr render units`, `styr unit`), the KPIs the
// tactical plan computes from the records, and the council report as a
// meeting document. `en` is typed from `sv`.

export const sv = {
  // KPI measures (direction.schema.json directionKpi.measure).
  'kpiMeasure.lead-time-to-decision': 'mediantid till beslut',
  'kpiMeasure.lead-time-to-delivery': 'mediantid till leverans',
  'kpiMeasure.delivered-on-time': 'levererade i tid',
  'kpiMeasure.stuck-orders': 'beställningar som fastnat',
  'kpiMeasure.systems-with-plan-and-continuity': 'system med förvaltningsplan och kontinuitetsplan',
  'kpiMeasure.licence-utilisation': 'licensutnyttjande',
  'kpiMeasure.lead-time-to-decision.how':
    'Median av antalet dagar från att beställningen togs emot (created) till dess första beslut (godkänd, uppskjuten eller avslagen i historiken).',
  'kpiMeasure.lead-time-to-delivery.how': 'Median av antalet dagar från att beställningen togs emot (created) till att den första gången flyttades till levererad.',
  'kpiMeasure.delivered-on-time.how': 'Andel av de levererade beställningarna som levererades senast sitt önskade datum (wantedBy).',
  'kpiMeasure.stuck-orders.how': 'Beställningar som regeln order/status-duration varnar för: längre i sin status än gränsen i styr.yaml, med vem som äger nästa steg.',
  'kpiMeasure.systems-with-plan-and-continuity.how':
    'Andel av de aktiva systemen (införande, produktion, avveckling) som ingår i en fastställd förvaltningsplan för {year} vars kontinuitetsplan granskats de senaste {months} månaderna.',
  'kpiMeasure.licence-utilisation.how': 'Använda licenser av köpta, för licenser med registrerad användning i avtal som gäller och licenser som inte upphört.',
  'kpi.counts.decided': '{n, plural, =0 {Ingen beställning beslutades} one {Median av # beställning beslutad} other {Median av # beställningar beslutade}} {from}–{to}.',
  'kpi.counts.delivered': '{n, plural, =0 {Ingen beställning levererades} one {Median av # beställning levererad} other {Median av # beställningar levererade}} {from}–{to}.',
  'kpi.counts.onTime':
    '{part} av {n, plural, one {# beställning} other {# beställningar}} med önskat datum levererade {from}–{to} kom i tid{excluded, plural, =0 {} one {; # levererad utan önskat datum räknas inte} other {; # levererade utan önskat datum räknas inte}}.',
  'kpi.counts.stuck': '{n, plural, =0 {Ingen beställning} one {# beställning} other {# beställningar}} per {today}.',
  'kpi.counts.systems': '{part} av {n, plural, one {# aktivt system} other {# aktiva system}} per {today}.',
  'kpi.counts.licences': '{used} av {bought} licenser på {n, plural, one {# licensrad} other {# licensrader}} per {today}.',
  'kpi.computedNote':
    'Nyckeltal med en mätning räknas fram ur posterna per {today}: ledtider och leveranser under de tolv senaste månaderna, övriga som läget den dagen. – betyder att det inte finns något att mäta.',
  'kpi.outcomeOn': 'Utfall {today}',
  'kpi.status': 'Mot målet',
  'kpi.how': 'Så räknas utfallet',
  'kpi.notComputed': 'Räknas inte ut av styr; följs upp för hand.',
  'kpi.lowerIsBetter': 'Lägre är bättre.',
  'kpi.higherIsBetter': 'Högre är bättre.',

  // The council report as a meeting document.
  'council.meetingFacts': 'Mötet',
  'council.date': 'Datum',
  'council.forum': 'Forum',
  'council.chair': 'Ordförande',
  'council.attendees': 'Kallade',
  'council.place': 'Plats',
  'council.meetingRecord': 'Mötesanteckning',
  'council.noMeetingRecord': 'Det finns ingen beslutspost för mötet {date} i data/decisions; ordförande och kallade saknas.',
  'council.proposals': 'Förslag till beslut',
  'council.proposalsNote': 'Beredningens förslag för varje beställning, med kostnaden och den årliga konsekvensen om förslaget godkänns.',
  'council.proposal': 'Förslag till beslut',
  'council.noProposal': 'förslag saknas',
  'council.yearlyConsequence': 'Årlig konsekvens',
  'council.yearlyFinancing': 'Årlig kostnad bärs av',
  'council.earlier': 'Tidigare behandling',
  'council.earlierItem': '{outcome} {date}',
  'council.lastChance': 'Avtal som måste beslutas på mötet',
  'council.lastChanceNote':
    'Avtal utan beslut vars sista uppsägningsdag infaller före mötet därefter ({next}): mötet {date} är sista tillfället att besluta om förlängning eller uppsägning.',
  'council.lastChanceNoNext':
    'Avtal utan beslut vars sista uppsägningsdag infaller senast {date}; inget senare möte är inplanerat i styr.yaml, så fönstret är {days} dagar.',
  'council.noLastChance': 'Inget avtal har sin sista uppsägningsdag före mötet därefter.',
} as const;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'kpiMeasure.lead-time-to-decision': 'median lead time to decision',
  'kpiMeasure.lead-time-to-delivery': 'median lead time to delivery',
  'kpiMeasure.delivered-on-time': 'delivered on time',
  'kpiMeasure.stuck-orders': 'stuck orders',
  'kpiMeasure.systems-with-plan-and-continuity': 'systems with management plan and continuity plan',
  'kpiMeasure.licence-utilisation': 'licence utilisation',
  'kpiMeasure.lead-time-to-decision.how': 'Median of the days from receiving the order (created) to its first decision (approved, deferred or rejected in its history).',
  'kpiMeasure.lead-time-to-delivery.how': 'Median of the days from receiving the order (created) to its first move to delivered.',
  'kpiMeasure.delivered-on-time.how': 'Share of the delivered orders that were delivered on or before their wanted-by date.',
  'kpiMeasure.stuck-orders.how': 'Orders rule order/status-duration warns about: longer in their status than the limit in styr.yaml, with who owns the next step.',
  'kpiMeasure.systems-with-plan-and-continuity.how':
    'Share of the active systems (introduction, production, phase-out) in an approved management plan for {year} whose continuity plan was reviewed in the last {months} months.',
  'kpiMeasure.licence-utilisation.how': 'Licences used of licences bought, for licences with recorded use in contracts in force that have not ended.',
  'kpi.counts.decided': '{n, plural, =0 {No order was decided} one {Median of # order decided} other {Median of # orders decided}} {from}–{to}.',
  'kpi.counts.delivered': '{n, plural, =0 {No order was delivered} one {Median of # order delivered} other {Median of # orders delivered}} {from}–{to}.',
  'kpi.counts.onTime':
    '{part} of {n, plural, one {# order} other {# orders}} with a wanted-by date delivered {from}–{to} came on time{excluded, plural, =0 {} one {; # delivered without a wanted-by date is not counted} other {; # delivered without a wanted-by date are not counted}}.',
  'kpi.counts.stuck': '{n, plural, =0 {No order} one {# order} other {# orders}} on {today}.',
  'kpi.counts.systems': '{part} of {n, plural, one {# active system} other {# active systems}} on {today}.',
  'kpi.counts.licences': '{used} of {bought} licences on {n, plural, one {# licence line} other {# licence lines}} on {today}.',
  'kpi.computedNote':
    'KPIs with a measure are computed from the records as of {today}: lead times and deliveries over the last twelve months, the others as the state on that day. – means there is nothing to measure.',
  'kpi.outcomeOn': 'Outcome {today}',
  'kpi.status': 'Against target',
  'kpi.how': 'How the outcome is computed',
  'kpi.notComputed': 'Not computed by styr; followed up by hand.',
  'kpi.lowerIsBetter': 'Lower is better.',
  'kpi.higherIsBetter': 'Higher is better.',

  'council.meetingFacts': 'The meeting',
  'council.date': 'Date',
  'council.forum': 'Forum',
  'council.chair': 'Chair',
  'council.attendees': 'Summoned',
  'council.place': 'Place',
  'council.meetingRecord': 'Meeting record',
  'council.noMeetingRecord': 'There is no decision record for the meeting {date} in data/decisions; chair and attendees are missing.',
  'council.proposals': 'Proposed decisions',
  'council.proposalsNote': "The preparation's proposal for each order, with its cost and the yearly consequence if the proposal is approved.",
  'council.proposal': 'Proposed decision',
  'council.noProposal': 'no proposal',
  'council.yearlyConsequence': 'Yearly consequence',
  'council.yearlyFinancing': 'Yearly cost borne by',
  'council.earlier': 'Earlier handling',
  'council.earlierItem': '{outcome} {date}',
  'council.lastChance': 'Contracts the meeting must decide on',
  'council.lastChanceNote':
    'Contracts without a decision whose notice deadline falls before the meeting after ({next}): the meeting on {date} is the last chance to decide on renewal or termination.',
  'council.lastChanceNoNext':
    'Contracts without a decision whose notice deadline falls on or before {date}; no later meeting is scheduled in styr.yaml, so the window is {days} days.',
  'council.noLastChance': 'No contract has its notice deadline before the meeting after.',
};
