// Catalogue section 'rules' (see ../catalog.ts). `en` is typed from `sv`.
//
// For every rule in core/rules: `rule.<id>.description` (styr validate
// --explain), `rule.<id>.<message>` and `rule.<id>.<message>.hint`, each with
// exactly the parameters the rule declares (rules.test.ts checks it). Values of
// closed vocabularies arrive as their labels from the enums section. Dates stay
// ISO (YYYY-MM-DD). An apostrophe is always text ('{role}' prints the value in
// quotes); see ../translate.ts.

export const sv = {
  'rule.raci/single-accountable.description':
    'Varje aktivitet i en HUKI-matris har exakt en H (huvudansvarig). Utan H äger ingen resultatet; med två tror var och en att den andra gör det – de otydliga gränssnitt som rapporten (§6.5.1) ville ta bort.',
  'rule.raci/single-accountable.noAccountable': "aktiviteten '{activity}' saknar H ({accountable})",
  'rule.raci/single-accountable.noAccountable.hint': 'Markera exakt en roll med H: den som svarar för resultatet.',
  'rule.raci/single-accountable.manyAccountable': "aktiviteten '{activity}' har {count} H ({accountable}): {roles}",
  'rule.raci/single-accountable.manyAccountable.hint': 'Behåll en H och gör de andra till U ({responsible}) eller K ({consulted}).',

  'rule.raci/responsible-required.description':
    'Varje aktivitet i en HUKI-matris har minst en U (utförare): någon som gör arbetet. En aktivitet med en ägare men ingen som utför den är en kö som aldrig rör sig.',
  'rule.raci/responsible-required.noResponsible': "aktiviteten '{activity}' saknar U ({responsible})",
  'rule.raci/responsible-required.noResponsible.hint':
    'Ge den roll som utför aktiviteten U{suggestion, select, change {, t.ex. `{role}: U` i stället för K/I ({letter}) i dag} other {: lägg till den under `roles:` med `<roll-id>: U`}}. Låt H-rollen vara kvar: en roll har en bokstav per aktivitet, så H-rollen kan inte samtidigt vara U.',

  'rule.raci/duplicate-activity.description':
    'Aktivitets-id är unika inom en HUKI-matris, så att ändringar och rapporter kan peka ut en enda aktivitet utan tvetydighet.',
  'rule.raci/duplicate-activity.duplicate': "aktivitets-id:t '{activity}' används två gånger (även i aktivitet {first})",
  'rule.raci/duplicate-activity.duplicate.hint': 'Ge varje aktivitet ett eget id.',

  'rule.raci/unused-role.description':
    'En roll i beställarfunktionen eller IT-enheten som inte finns i någon HUKI-matris har ingen bestämd del i någon process. Antingen behövs inte rollen, eller så saknas den i en matris. Roller på beställarsidan undantas om de inte är nyckelroller.',
  'rule.raci/unused-role.unused': "rollen '{role}' används inte i någon HUKI-matris",
  'rule.raci/unused-role.unused.hint': 'Ge rollen dess H/U/K/I i de processer den deltar i, eller ta bort den.',

  'rule.unit/authorised-orderer.description':
    'Varje förvaltning utser minst en beställningsberättigad (rapporten §3). Utan någon kan ingen lägga eller äga förvaltningens beställningar.',
  'rule.unit/authorised-orderer.noOrderer': "förvaltningen '{department}' saknar beställningsberättigad",
  'rule.unit/authorised-orderer.noOrderer.hint': 'Ange de personer som får lägga beställningar under `orderers:`.',

  'rule.unit/it-contact.description':
    'Varje förvaltning utser en IT-samordnare (rapporten §3): den enda kontaktpunkt som beställarfunktionen talar med. En förvaltning utan IT-samordnare rapporteras tills den har utsett en.',
  'rule.unit/it-contact.noItContact': "förvaltningen '{department}' saknar IT-samordnare",
  'rule.unit/it-contact.noItContact.hint': 'Ange under `itContact:` den person som samordnar förvaltningens IT-frågor.',

  'rule.role/staffing.description':
    'En rolls bemanning stämmer med dess innehavare: en bemannad roll eller en roll med konsult tills vidare anger sin eller sina innehavare, en vakant roll anger ingen, och ersättaren är inte samtidigt innehavare.',
  'rule.role/staffing.noHolder': 'rollen är {staffing} men anger ingen innehavare',
  'rule.role/staffing.noHolder.hint': 'Ange innehavaren eller innehavarna under `holders:` eller sätt `staffing: vacant`.',
  'rule.role/staffing.vacantWithHolders': 'rollen är {staffing} men anger innehavare',
  'rule.role/staffing.vacantWithHolders.hint': 'Ta bort innehavarna eller rätta `staffing:`.',
  'rule.role/staffing.deputyIsHolder': "ersättaren '{deputy}' är också innehavare av rollen",
  'rule.role/staffing.deputyIsHolder.hint': 'En ersättare går in i innehavarens ställe; ange någon annan.',

  'rule.role/vacant-key-role.description':
    'En nyckelroll är vakant. Rapportens rekryteringsstrategi (§6.6) sätter nyckelrollerna först; en vakant nyckelroll visas tills den är bemannad, med sitt rekryteringssteg.',
  'rule.role/vacant-key-role.vacantRecruiting': "nyckelrollen '{role}' är vakant (rekryteringssteg {step}, {status, select, none {ingen status} other {{status}}})",
  'rule.role/vacant-key-role.vacantNoRecruitment': "nyckelrollen '{role}' är vakant och ingen rekrytering är planerad",
  'rule.role/vacant-key-role.vacantNoRecruitment.hint': 'Lägg till `recruitment:` med `form`, `step` och `status`.',

  'rule.system/responsibility.description':
    'Varje aktivt system (under införande, i drift eller under avveckling) har en systemägare i verksamheten och en systemförvaltare. Rapporten fann system som ingen svarade för; regeln gör luckan synlig.',
  'rule.system/responsibility.noResponsible':
    "systemet '{system}' ({lifecycle}) saknar {missing, select, owner {systemägare} administrator {systemförvaltare} other {systemägare och systemförvaltare}}",
  'rule.system/responsibility.noResponsible.hint': 'Ange personen under `owner:` respektive `administrator:`.',

  'rule.system/management-plan.description':
    'Varje aktivt system omfattas av en förvaltningsplan för det planeringsår som anges i styr.yaml (rapporten §6.5.8). Planerna gäller per förvaltningsobjekt och år, så förra årets plan räknas inte.',
  'rule.system/management-plan.noPlan': "systemet '{system}' ({lifecycle}) saknar förvaltningsplan för {year}",
  'rule.system/management-plan.noPlan.hint': "Skapa plans/{object}-{year}.yaml med '{systemId}' under `systems:`.",
  'rule.system/management-plan.noPlanNoObject': "systemet '{system}' ({lifecycle}) saknar förvaltningsplan för {year} och förvaltningsobjekt",
  'rule.system/management-plan.noPlanNoObject.hint': "Ange `managedObject:` och skapa en förvaltningsplan för {year} som tar upp '{systemId}'.",

  'rule.system/classification.description':
    'Ett system i drift har en informationsklassning (KLASSA: konfidentialitet, riktighet, tillgänglighet). Utan den kan ingen avgöra vilka system som behöver kontinuitetsplaner eller ett starkare skydd (rapporten §6.5.7).',
  'rule.system/classification.unclassified': "systemet '{system}' är {lifecycle} utan informationsklassning",
  'rule.system/classification.unclassified.hint': 'Lägg till `classification:` med konfidentialitet, riktighet, tillgänglighet och datum för bedömningen.',

  'rule.system/retired-integration.description':
    'Ett avvecklat system har inga aktiva integrationer, och ingen aktiv integration pekar mot ett avvecklat system. En sådan integration är antingen fortfarande i gång (och systemet är inte avvecklat) eller död ved på systemkartan.',
  'rule.system/retired-integration.retiredHasActive': "det avvecklade systemet '{system}' har en aktiv integration till '{target}'",
  'rule.system/retired-integration.retiredHasActive.hint': 'Sätt integrationens `status: retired` eller rätta systemets `lifecycle:`.',
  'rule.system/retired-integration.activeToRetired': "aktiv integration till det avvecklade systemet '{target}'",
  'rule.system/retired-integration.activeToRetired.hint': 'Sätt integrationens `status: retired` eller peka den mot systemet som ersatte det.',

  'rule.continuity/missing.description':
    'Ett system vars tillgänglighet är klassad som betydande eller högre behöver en kontinuitetsplan i förvaltningsplanen för planeringsåret: scenarier, reservrutiner och återställningsmål (rapporten §6.5.7, MSB:s vägledning). System helt utan förvaltningsplan rapporteras av system/management-plan.',
  'rule.continuity/missing.missing': "kontinuitetsplan saknas, men '{system}' har tillgänglighetsklassen {availability}",
  'rule.continuity/missing.missing.hint': 'Lägg till `continuity:` med scenarier, reservrutin, återställningsmål och datum för senaste genomgång.',

  'rule.continuity/recovery-targets.description':
    'Återställningstiden (RTO) i en kontinuitetsplan är inte längre än den längsta tolerabla avbrottstiden: en plan som återställer systemet först när verksamheten redan har fallerat är ingen plan.',
  'rule.continuity/recovery-targets.recoveryTooSlow':
    'återställningstiden {recoveryHours, plural, one {# timme} other {# timmar}} är längre än den längsta tolerabla avbrottstiden {tolerableHours, plural, one {# timme} other {# timmar}}',
  'rule.continuity/recovery-targets.recoveryTooSlow.hint':
    'Korta återställningstiden (t.ex. med en reservrutin eller en snabbare återläsning) eller se över den tolerabla avbrottstiden med systemägaren.',

  'rule.continuity/stale-review.description':
    'En kontinuitetsplan i en förvaltningsplan för planeringsåret gicks senast igenom för mer än `continuityReviewMonths` (standard 12) månader sedan, eller har aldrig gåtts igenom. En plan som ingen har läst sedan förra året fungerar knappast när systemet ligger nere (rapporten §6.5.7–6.5.8).',
  'rule.continuity/stale-review.neverReviewed': 'kontinuitetsplanen har aldrig gåtts igenom (inget datum i `lastReviewed`)',
  'rule.continuity/stale-review.neverReviewed.hint': 'Gå igenom den med systemförvaltaren och ange `lastReviewed:`.',
  'rule.continuity/stale-review.staleReview': 'kontinuitetsplanen gicks senast igenom {reviewed}, för mer än {months, plural, one {# månad} other {# månader}} sedan',
  'rule.continuity/stale-review.staleReview.hint': 'Gå igenom den med systemförvaltaren och uppdatera `lastReviewed:`.',

  'rule.continuity/stale-exercise.description':
    'En kontinuitetsplan övades senast för mer än `continuityExerciseMonths` (standard 24) månader sedan, eller har aldrig övats. Reservrutiner som aldrig har prövats brukar fallera den dag de behövs.',
  'rule.continuity/stale-exercise.neverExercised': 'kontinuitetsplanen har aldrig övats (inget datum i `lastExercised`)',
  'rule.continuity/stale-exercise.neverExercised.hint': 'Planera en övning av reservrutinen och ange `lastExercised:`.',
  'rule.continuity/stale-exercise.staleExercise': 'kontinuitetsplanen övades senast {exercised}, för mer än {months, plural, one {# månad} other {# månader}} sedan',
  'rule.continuity/stale-exercise.staleExercise.hint': 'Planera en övning av reservrutinen och uppdatera `lastExercised:`.',

  'rule.plan/unapproved.description':
    'En förvaltningsplan för planeringsåret är fortfarande ett utkast, eller är markerad som godkänd utan att ange av vem och när. En plan som inte är godkänd styr ännu inte förvaltningsobjektet.',
  'rule.plan/unapproved.draft': 'förvaltningsplanen för {year} är fortfarande ett utkast',
  'rule.plan/unapproved.draft.hint': 'Låt objektägaren godkänna den och sätt sedan `status: approved` och `approved:`.',
  'rule.plan/unapproved.approvedWithoutWhoAndWhen': 'förvaltningsplanen är godkänd men anger inte av vem och när',
  'rule.plan/unapproved.approvedWithoutWhoAndWhen.hint': 'Lägg till `approved:` med `by:` och `date:`.',

  'rule.order/decision-cited.description':
    'En beställning som har beslutats – godkänd (och allt därefter), uppskjuten eller avslagen – hänvisar till beslutsprotokollet från det möte i Beslutsråd IT som fattade beslutet, och protokollet tar upp beställningen med samma utfall. Pull requesten är beslutsunderlaget; regeln håller beställningen och protokollet överens.',
  'rule.order/decision-cited.noDecision': 'beställningen är {status} men hänvisar inte till något beslut',
  'rule.order/decision-cited.noDecision.hint': 'Ange under `decision:` id:t för det beslutsprotokoll (decisions/) där beställningen beslutades.',
  'rule.order/decision-cited.notListed': "beslutet '{decision}' tar inte upp den här beställningen",
  'rule.order/decision-cited.notListed.hint': 'Lägg till `- order: {order}` med dess utfall under `orders:` i {file}.',
  'rule.order/decision-cited.outcomeMismatch': "beställningen är {status} men beslutet '{decision}' anger utfallet {outcome}",
  'rule.order/decision-cited.outcomeMismatch.hint': 'Statusen kräver utfallet {expected}.',

  'rule.order/rationale.description':
    'En uppskjuten eller avslagen beställning anger varför, under `rationale`. Beställaren har rätt till ett svar, och nästa möte i Beslutsråd IT måste kunna se varför den lades åt sidan.',
  'rule.order/rationale.noRationale': 'beställningen är {status} utan motivering',
  'rule.order/rationale.noRationale.hint': 'Skriv skälet under `rationale:`.',

  'rule.order/dependency-cycle.description':
    'Beställningar får bero av andra beställningar (`dependsOn`), men aldrig i en cirkel: en beställning som (indirekt) väntar på sig själv kan aldrig planeras. Varje cirkel rapporteras en gång, på den beställning i cirkeln som har lägst id.',
  'rule.order/dependency-cycle.cycle': 'cirkulärt beroende: {cycle}',
  'rule.order/dependency-cycle.cycle.hint': 'Ta bort ett av beroendena så att beställningarna kan planeras efter varandra.',

  'rule.order/history-status.description':
    'Den sista posten i en beställnings historik slutar i beställningens nuvarande status, och posterna står i datumordning. Historiken visar Beslutsråd IT hur länge en beställning har väntat; en status som ändras utan historikpost döljer det.',
  'rule.order/history-status.lastEntryDiffers': 'statusen är {status} men den sista historikposten flyttar till {to}',
  'rule.order/history-status.lastEntryDiffers.hint': 'Använd `styr order move`, som uppdaterar båda, eller lägg till den historikpost som saknas.',
  'rule.order/history-status.entryOutOfOrder': 'historikpost {entry} ({date}) är daterad före posten ovanför ({previous})',

  'rule.order/status-duration.description':
    'En beställning har legat i sin status längre än `statusLimits` i styr.yaml tillåter för den statusen (dagar sedan den senaste historikposten, eller sedan den skapades). En planerad beställning med ett planerat kvartal (`quarter`) mäts i stället mot planen: den är sen först när kvartalet har slutat utan att arbetet har startat, hur länge den än har varit planerad. Varningen anger vem som äger nästa steg – handläggaren eller beställarfunktionen, Beslutsråd IT med sitt nästa möte, teamet som levererar eller beställaren – eftersom beställningar som köar utan att någon äger dem är just det problem rapporten ville lösa.',
  'rule.order/status-duration.tooLong':
    'beställningen har varit {status} i {days, plural, one {# dag} other {# dagar}} (gräns {limit}); nästa steg: {stepKind, select, handler {{name} ({owner})} orderer {{name} ({owner})} team {{owner} {name}} orderingFunction {{owner}{name, select, none {} other { ({name})}}} noTeam {{owner},} other {{owner}}} ska {action}{stepKind, select, orderingFunction { (ingen handläggare utsedd)} other {}}{meeting, select, none {} other { vid nästa möte {meeting}}}',
  'rule.order/status-duration.tooLong.hint':
    'Flytta den vidare med `styr order move {order} <status>`, eller höj {setting} i styr.yaml om {limit, plural, one {# dag} other {# dagar}} är för kort tid.',

  'rule.decision/supersedes.description':
    'Ersättningslänkarna mellan beslutsprotokoll stämmer åt båda hållen: när A ersätter B anger B att det ersatts av A och har statusen ersatt; och ett beslut med statusen ersatt anger vad som ersatte det.',
  'rule.decision/supersedes.olderNotMarked': "ersätter '{older}', men '{older}' anger inte att det ersatts av '{decision}'",
  'rule.decision/supersedes.olderNotMarked.hint': 'Sätt `supersededBy: {decision}` och `status: superseded` i {file}.',
  'rule.decision/supersedes.olderStatus': "ersatt av '{decision}' men har statusen {status}",
  'rule.decision/supersedes.olderStatus.hint': 'Sätt `status: superseded`.',
  'rule.decision/supersedes.newerDoesNotList': "anger att det ersatts av '{newer}', som inte tar upp det under `supersedes`",
  'rule.decision/supersedes.newerDoesNotList.hint': "Lägg till '{decision}' under `supersedes:` i {file}.",
  'rule.decision/supersedes.noSupersededBy': 'statusen är {status} men inget `supersededBy` anger det nyare beslutet',
  'rule.decision/supersedes.noSupersededBy.hint': 'Ange under `supersededBy:` id:t för beslutet som ersatte det.',

  'rule.contract/notice-soon.description':
    'Nästa sista uppsägningsdag som fortfarande kan hållas (periodens slutdatum t.o.m., förlängningar medräknade, minus uppsägningstiden) infaller i dag eller inom `noticeLeadDays` (standard 90) dagar och inget beslut har registrerats för den perioden. Dags att besluta: förlänga, säga upp eller upphandla på nytt (rapporten §6.5.10). I avtalets sista möjliga period (ingen förlängning, förlängningarna förbrukade eller `latestEnd`) upphör avtalet ändå; regeln säger då från samma dag att ett nytt avtal behövs i tid.',
  'rule.contract/notice-soon.noticeSoon':
    'sista uppsägningsdag {deadline} infaller {days, plural, =0 {i dag} one {om # dag} other {om # dagar}} (avtalsperioden slutar {end})',
  'rule.contract/notice-soon.noticeSoon.hint': 'Besluta om förlängning eller uppsägning och ange beslutet under `noticeDecision:`.',

  'rule.contract/notice-passed.description':
    'Sista uppsägningsdagen för den nuvarande perioden har passerat (från dagen efter, till periodens slutdatum) utan att något beslut har registrerats, och avtalet löper därför en period till som en uppsägning i tid hade undvikit. Gäller när uppsägningstiden är kortare än en förlängningsperiod och en period till kan följa; är uppsägningstiden lika lång eller längre ligger alltid en uppsägningsdag inom perioden och `contract/notice-soon` gäller nästa.',
  'rule.contract/notice-passed.noticePassed':
    'sista uppsägningsdag {deadline} passerades för {days, plural, one {# dag} other {# dagar}} sedan utan beslut (perioden slutar {end})',
  'rule.contract/notice-passed.noticePassed.hint':
    '{renewal, select, automatic {Avtalet förlängs automatiskt: ange beslutet att godta eller omförhandla under `noticeDecision:`.} other {Ange under `noticeDecision:` om avtalet förlängs, sägs upp eller upphandlas på nytt.}}',

  'rule.contract/notice-soon.lastPeriod':
    'avtalet kan inte förlängas och gäller t.o.m. {end} ({days, plural, =0 {sista dagen i dag} one {# dag kvar} other {# dagar kvar}}); ett nytt avtal behöver upphandlas eller beslutas i tid',
  'rule.contract/notice-soon.lastPeriod.hint':
    'Upphandla eller besluta om ett nytt avtal före slutdatum och ange beslutet under `noticeDecision:` (till exempel `outcome: terminate` med datum).',

  'rule.contract/notice-decision-undated.description':
    'Ett beslut inför uppsägning saknar datum. Utan datum går det inte att avgöra vilken period beslutet gäller; styr räknar det tills vidare som beslut för den period som pågår i dag, vilket flyttas med kalendern (ett beslut att säga upp skulle aldrig avsluta avtalet).',
  'rule.contract/notice-decision-undated.undated':
    'beslutet att {outcome, select, renew {förlänga} terminate {säga upp} other {omförhandla}} saknar datum; det räknas tills vidare för den period som pågår',
  'rule.contract/notice-decision-undated.undated.hint': 'Ange datumet då beslutet fattades under `noticeDecision: date:`.',

  'rule.contract/expired-in-use.description':
    'Ett avtal som har upphört eller löpt ut (från dagen efter sin sista giltighetsdag, `ended` eller ett beslut att säga upp medräknade) ligger fortfarande bakom ett aktivt system (angivet under avtalets `systems` eller systemets `contracts`). Kommunen använder då ett system utan avtal.',
  'rule.contract/expired-in-use.expiredInUse': 'avtalet gällde t.o.m. {end} men aktiva system är beroende av det: {systems}',
  'rule.contract/expired-in-use.expiredInUse.hint': 'Lägg in det nya avtalet och peka systemen mot det, eller avveckla systemen.',

  'rule.contract/licence-overuse.description':
    'Fler licenser används än avtalet ger rätt till (rapporten §6.5.12). Överanvändning är en risk för både regelefterlevnad och kostnad; köp fler eller frigör några.',
  'rule.contract/licence-overuse.overuse': '{used, plural, one {# licens} other {# licenser}} för {product} används, {quantity, number} köpta',
  'rule.contract/licence-overuse.overuse.hint': 'Köp fler licenser eller ta bort användare; uppdatera sedan `used:`.',

  'rule.service/sla-targets.description':
    'En serviceöverenskommelse har ett mål per prioritet och slag (svarstid, lösningstid, tillgänglighet), ett mål för lösningstid som inte är kortare än svarstiden för samma prioritet, och nyckeltalsmätningar med unika perioder.',
  'rule.service/sla-targets.duplicateTarget': 'två mål för {kind, select, response {svarstid} resolution {lösningstid} other {tillgänglighet}} för prioritet {priority}',
  'rule.service/sla-targets.duplicateTarget.hint': 'Behåll ett mål per prioritet och slag.',
  'rule.service/sla-targets.resolutionFaster':
    'prioritet {priority}: målet för lösningstid ({resolutionUnit, select, minutes {{resolution, number} min} hours {{resolution, plural, one {# timme} other {# timmar}}} businessDays {{resolution, plural, one {# arbetsdag} other {# arbetsdagar}}} other {{resolution, number} %}}) är kortare än målet för svarstid ({responseUnit, select, minutes {{response, number} min} hours {{response, plural, one {# timme} other {# timmar}}} businessDays {{response, plural, one {# arbetsdag} other {# arbetsdagar}}} other {{response, number} %}})',
  'rule.service/sla-targets.duplicateMeasurement': "nyckeltalet '{kpi}' har två mätningar för {period}",

  'rule.maturity/gap-action.description':
    'Varje område vars nuläge ligger under börläget har minst en åtgärd för att stänga gapet (rapporten §6.3–6.4). Ett gap utan åtgärd är en önskan, inte en plan.',
  'rule.maturity/gap-action.noAction': "området '{area}' ligger på {current, number} % mot målet {target, number} % utan någon åtgärd",
  'rule.maturity/gap-action.noAction.hint': 'Ange under `actions:` vad som ska göras.',

  'rule.direction/tactical-year.description':
    'En 1-årig taktisk plan genomför en 3-årig IT-inriktning: den anger en inriktning av typen direction, och dess år ligger inom inriktningens period (rapporten §6.5.6).',
  'rule.direction/tactical-year.notADirection': "'{direction}' är en taktisk plan, inte en IT-inriktning",
  'rule.direction/tactical-year.yearOutsidePeriod': 'den taktiska planens år {year} ligger utanför inriktningens period {from}–{to}',
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'rule.raci/single-accountable.description':
    'Every activity in a HUKI/RACI matrix has exactly one H (huvudansvarig, accountable). With none, nobody owns the outcome; with two, each assumes the other does — the unclear interfaces the report (§6.5.1) set out to remove.',
  'rule.raci/single-accountable.noAccountable': "activity '{activity}' has no H ({accountable} role)",
  'rule.raci/single-accountable.noAccountable.hint': 'Mark exactly one role H: the one who answers for the result.',
  'rule.raci/single-accountable.manyAccountable': "activity '{activity}' has {count} H ({accountable}) roles: {roles}",
  'rule.raci/single-accountable.manyAccountable.hint': 'Keep one H and make the others U ({responsible}) or K ({consulted}).',

  'rule.raci/responsible-required.description':
    'Every activity in a HUKI/RACI matrix has at least one U (utförare, responsible): somebody who does the work. An activity with an owner but no doer is a queue that never moves.',
  'rule.raci/responsible-required.noResponsible': "activity '{activity}' has no U ({responsible} role)",
  'rule.raci/responsible-required.noResponsible.hint':
    'Give the role that carries out the activity U{suggestion, select, change {, e.g. `{role}: U` instead of its K/I ({letter}) today} other {: add it under `roles:` as `<role-id>: U`}}. Leave the H role as it is: a role has one letter per activity, so the H role cannot also be U.',

  'rule.raci/duplicate-activity.description': 'Activity ids are unique within a HUKI/RACI matrix, so that changes and reports can name one activity unambiguously.',
  'rule.raci/duplicate-activity.duplicate': "activity id '{activity}' is used twice (also activity {first})",
  'rule.raci/duplicate-activity.duplicate.hint': 'Give each activity its own id.',

  'rule.raci/unused-role.description':
    'A role of the ordering function or the IT unit that appears in no HUKI/RACI matrix has no defined part in any process. Either the role is not needed or a matrix is missing it. Roles on the orderer side are exempt unless they are key roles.',
  'rule.raci/unused-role.unused': "role '{role}' is not used in any HUKI/RACI matrix",
  'rule.raci/unused-role.unused.hint': 'Give the role its H/U/K/I in the processes it takes part in, or remove it.',

  'rule.unit/authorised-orderer.description':
    'Every department (förvaltning) appoints at least one authorised orderer (beställningsberättigad), report §3. Without one, nobody can place or own the department’s orders.',
  'rule.unit/authorised-orderer.noOrderer': "department '{department}' has no authorised orderer",
  'rule.unit/authorised-orderer.noOrderer.hint': 'List the people who may place orders under `orderers:`.',

  'rule.unit/it-contact.description':
    'Every department names one coordinating IT contact (IT-samordnare), report §3: the single point the ordering function talks to. A department without one is reported until it appoints one.',
  'rule.unit/it-contact.noItContact': "department '{department}' has no coordinating IT contact",
  'rule.unit/it-contact.noItContact.hint': 'Set `itContact:` to the person who coordinates IT questions for the department.',

  'rule.role/staffing.description':
    'A role’s staffing agrees with its holders: a filled or interim role names its holder(s), a vacant role names none, and the deputy is not also a holder.',
  'rule.role/staffing.noHolder': "role is '{staffing}' but names no holder",
  'rule.role/staffing.noHolder.hint': 'List the holder(s) under `holders:` or set `staffing: vacant`.',
  'rule.role/staffing.vacantWithHolders': 'role is {staffing} but names holders',
  'rule.role/staffing.vacantWithHolders.hint': 'Remove the holders or correct `staffing:`.',
  'rule.role/staffing.deputyIsHolder': "deputy '{deputy}' is also a holder of the role",
  'rule.role/staffing.deputyIsHolder.hint': 'A deputy stands in for the holder; name somebody else.',

  'rule.role/vacant-key-role.description':
    'A key role is vacant. The report’s recruitment strategy (§6.6) puts key roles first; a vacant one is shown until it is filled, with its recruitment step.',
  'rule.role/vacant-key-role.vacantRecruiting': "key role '{role}' is vacant (recruitment step {step}, {status, select, none {no status} other {{status}}})",
  'rule.role/vacant-key-role.vacantNoRecruitment': "key role '{role}' is vacant with no recruitment planned",
  'rule.role/vacant-key-role.vacantNoRecruitment.hint': 'Add `recruitment:` with form, step and status.',

  'rule.system/responsibility.description':
    'Every active system (introduction, production or phase-out) has a system owner (systemägare) in the business and a system administrator (systemförvaltare). The report found systems nobody answered for; this makes the gap visible.',
  'rule.system/responsibility.noResponsible':
    "system '{system}' ({lifecycle}) has no {missing, select, owner {owner (systemägare)} administrator {administrator (systemförvaltare)} other {owner (systemägare) and no administrator (systemförvaltare)}}",
  'rule.system/responsibility.noResponsible.hint': 'Name the person under `owner:` / `administrator:`.',

  'rule.system/management-plan.description':
    'Every active system is covered by a management plan (förvaltningsplan) for the planning year set in styr.yaml (report §6.5.8). Plans are per managed object and year, so last year’s plan does not count.',
  'rule.system/management-plan.noPlan': "system '{system}' ({lifecycle}) has no management plan for {year}",
  'rule.system/management-plan.noPlan.hint': "Create plans/{object}-{year}.yaml listing '{systemId}' under systems.",
  'rule.system/management-plan.noPlanNoObject': "system '{system}' ({lifecycle}) has no management plan for {year} and no managed object",
  'rule.system/management-plan.noPlanNoObject.hint': "Set `managedObject:` and create a plan for {year} that lists '{systemId}'.",

  'rule.system/classification.description':
    'A system in production has an information classification (KLASSA: confidentiality, integrity, availability). Without it, nobody can say which systems need continuity plans or stronger protection (report §6.5.7).',
  'rule.system/classification.unclassified': "system '{system}' is {lifecycle} without an information classification",
  'rule.system/classification.unclassified.hint': 'Add `classification:` with confidentiality, integrity, availability and the date assessed.',

  'rule.system/retired-integration.description':
    'A retired system has no active integrations, and no active integration points at a retired system. Such an integration either still runs (the system is not retired) or is dead wood on the systems map.',
  'rule.system/retired-integration.retiredHasActive': "retired system '{system}' has an active integration to '{target}'",
  'rule.system/retired-integration.retiredHasActive.hint': 'Set the integration `status: retired`, or correct the lifecycle.',
  'rule.system/retired-integration.activeToRetired': "active integration to retired system '{target}'",
  'rule.system/retired-integration.activeToRetired.hint': 'Set the integration `status: retired` or point it at the system that replaced it.',

  'rule.continuity/missing.description':
    'A system whose availability is classified "significant" or higher needs a continuity plan (kontinuitetsplan) in its management plan for the planning year: scenarios, fallback routines and recovery targets (report §6.5.7, MSB guidance). Systems without a plan at all are reported by system/management-plan.',
  'rule.continuity/missing.missing': "no continuity plan, but '{system}' has availability class '{availability}'",
  'rule.continuity/missing.missing.hint': 'Add `continuity:` with scenarios, fallback routine, recovery targets and the date last reviewed.',

  'rule.continuity/recovery-targets.description':
    'The recovery time target (RTO) of a continuity plan does not exceed its maximum tolerable outage: a plan that restores the system after the business has already failed is no plan.',
  'rule.continuity/recovery-targets.recoveryTooSlow': 'recovery time {recoveryHours, number} h exceeds the maximum tolerable outage {tolerableHours, number} h',
  'rule.continuity/recovery-targets.recoveryTooSlow.hint':
    'Shorten the recovery time (e.g. with a fallback routine or a faster restore) or revisit the tolerable outage with the system owner.',

  'rule.continuity/stale-review.description':
    'A continuity plan in a management plan for the planning year was last reviewed more than `continuityReviewMonths` (default 12) months before today, or has never been reviewed. A plan nobody has read since last year is unlikely to work when the system is down (report §6.5.7–6.5.8).',
  'rule.continuity/stale-review.neverReviewed': 'continuity plan has never been reviewed (no lastReviewed date)',
  'rule.continuity/stale-review.neverReviewed.hint': 'Review it with the system administrator and set `lastReviewed:`.',
  'rule.continuity/stale-review.staleReview': 'continuity plan last reviewed {reviewed}, more than {months, plural, one {# month} other {# months}} ago',
  'rule.continuity/stale-review.staleReview.hint': 'Review it with the system administrator and update `lastReviewed:`.',

  'rule.continuity/stale-exercise.description':
    'A continuity plan was last exercised more than `continuityExerciseMonths` (default 24) months before today, or never. Fallback routines that have never been tried tend to fail on the day they are needed.',
  'rule.continuity/stale-exercise.neverExercised': 'continuity plan has never been exercised (no lastExercised date)',
  'rule.continuity/stale-exercise.neverExercised.hint': 'Plan an exercise of the fallback routine and record `lastExercised:`.',
  'rule.continuity/stale-exercise.staleExercise': 'continuity plan last exercised {exercised}, more than {months, plural, one {# month} other {# months}} ago',
  'rule.continuity/stale-exercise.staleExercise.hint': 'Plan an exercise of the fallback routine and update `lastExercised:`.',

  'rule.plan/unapproved.description':
    'A management plan for the planning year is still a draft, or is marked approved without saying by whom and when. An unapproved plan does not yet govern the managed object.',
  'rule.plan/unapproved.draft': 'management plan for {year} is still a draft',
  'rule.plan/unapproved.draft.hint': 'Have the object owner approve it, then set `status: approved` and `approved:`.',
  'rule.plan/unapproved.approvedWithoutWhoAndWhen': 'management plan is approved but does not say by whom and when',
  'rule.plan/unapproved.approvedWithoutWhoAndWhen.hint': 'Add `approved:` with `by:` and `date:`.',

  'rule.order/decision-cited.description':
    'An order that has been decided — approved (and everything after it), deferred or rejected — cites the decision record of the council meeting that decided it, and that record lists the order with the same outcome. The pull request is the decision record; this rule keeps the order and the minutes in agreement.',
  'rule.order/decision-cited.noDecision': "order is '{status}' but cites no decision",
  'rule.order/decision-cited.noDecision.hint': 'Set `decision:` to the id of the decision record (decisions/) that decided it.',
  'rule.order/decision-cited.notListed': "decision '{decision}' does not list this order",
  'rule.order/decision-cited.notListed.hint': 'Add `- order: {order}` with its outcome under `orders:` in {file}.',
  'rule.order/decision-cited.outcomeMismatch': "order is '{status}' but decision '{decision}' records the outcome '{outcome}'",
  'rule.order/decision-cited.outcomeMismatch.hint': "The status needs the outcome '{expected}'.",

  'rule.order/rationale.description':
    'A deferred or rejected order states why, in `rationale`. The orderer is owed an answer, and the next council must be able to see why it was put aside.',
  'rule.order/rationale.noRationale': "order is '{status}' without a rationale",
  'rule.order/rationale.noRationale.hint': 'Write the reason under `rationale:`.',

  'rule.order/dependency-cycle.description':
    'Orders may depend on other orders (`dependsOn`), but never in a circle: an order that (indirectly) waits for itself can never be planned. Each cycle is reported once, on its first order by id.',
  'rule.order/dependency-cycle.cycle': 'dependency cycle: {cycle}',
  'rule.order/dependency-cycle.cycle.hint': 'Remove one of the dependencies so that the orders can be planned one after another.',

  'rule.order/history-status.description':
    'The last entry of an order’s history ends in the order’s current status, and entries are in date order. History is how the council sees how long an order has waited; a status changed without a history entry hides that.',
  'rule.order/history-status.lastEntryDiffers': "status is '{status}' but the last history entry moves to '{to}'",
  'rule.order/history-status.lastEntryDiffers.hint': 'Use `styr order move`, which updates both, or add the missing history entry.',
  'rule.order/history-status.entryOutOfOrder': 'history entry {entry} ({date}) is dated before the entry above it ({previous})',

  'rule.order/status-duration.description':
    'An order has stayed in its status longer than `statusLimits` in styr.yaml allows for that status (days since its last history entry, or since it was created). A planned order with a planned quarter (`quarter`) is measured against the plan instead: it is late only when its quarter has ended without the work having started, however long it has been planned. The warning names who owns the next step — the handler or the ordering function, the decision council with its next meeting, the delivering team, or the orderer — because orders queuing up with nobody owning them is the problem the report set out to fix.',
  'rule.order/status-duration.tooLong':
    "order has been '{status}' for {days, plural, one {# day} other {# days}} (limit {limit}); next step: {stepKind, select, handler {{name} ({owner})} orderer {{name} ({owner})} team {{owner} {name}} orderingFunction {{owner}{name, select, none {} other { ({name})}}} council {{owner} (Beslutsråd IT)} noTeam {{owner},} other {{owner}}} to {action}{stepKind, select, orderingFunction { (no handler assigned)} other {}}{meeting, select, none {} other { at its next meeting on {meeting}}}",
  'rule.order/status-duration.tooLong.hint':
    'Move it on with `styr order move {order} <status>`, or raise {setting} in styr.yaml if {limit, plural, one {# day} other {# days}} is too short.',

  'rule.decision/supersedes.description':
    'Supersede links between decision records agree in both directions: when A supersedes B, B says it is superseded by A and has status superseded; and a decision with status superseded names what superseded it.',
  'rule.decision/supersedes.olderNotMarked': "supersedes '{older}', but '{older}' does not say it is superseded by '{decision}'",
  'rule.decision/supersedes.olderNotMarked.hint': 'Set `supersededBy: {decision}` and `status: superseded` in {file}.',
  'rule.decision/supersedes.olderStatus': "superseded by '{decision}' but its status is '{status}'",
  'rule.decision/supersedes.olderStatus.hint': 'Set `status: superseded`.',
  'rule.decision/supersedes.newerDoesNotList': "says it is superseded by '{newer}', which does not list it under supersedes",
  'rule.decision/supersedes.newerDoesNotList.hint': "Add '{decision}' under `supersedes:` in {file}.",
  'rule.decision/supersedes.noSupersededBy': 'status is {status} but no `supersededBy` names the newer decision',
  'rule.decision/supersedes.noSupersededBy.hint': 'Set `supersededBy:` to the id of the decision that replaced it.',

  'rule.contract/notice-soon.description':
    'The next notice deadline that can still be met (the period’s end date, the last day in force, renewals included, minus the notice period) falls today or within `noticeLeadDays` (default 90) days and no notice decision has been recorded for that period. Time to decide: renew, terminate or procure anew (report §6.5.10). In the contract’s last possible period (no renewal, renewals used up, or `latestEnd`) the contract ends anyway; from the same day the rule says that a new contract is needed in time.',
  'rule.contract/notice-soon.noticeSoon': 'notice deadline {deadline} is {days, plural, =0 {today} one {in # day} other {in # days}} (contract period ends {end})',
  'rule.contract/notice-soon.noticeSoon.hint': 'Decide on renewal or termination and record it under `noticeDecision:`.',

  'rule.contract/notice-passed.description':
    'The current period’s notice deadline has passed (from the day after it until the period’s end) without a recorded notice decision, so the contract runs another period that notice in time would have avoided. Only when the notice period is shorter than a renewal and another period can follow; with a notice period as long or longer a deadline always lies within the period and `contract/notice-soon` is about the next one.',
  'rule.contract/notice-passed.noticePassed': 'notice deadline {deadline} passed {days, plural, one {# day} other {# days}} ago without a decision (period ends {end})',
  'rule.contract/notice-passed.noticePassed.hint':
    '{renewal, select, automatic {The contract renews automatically: record the decision to accept or renegotiate under `noticeDecision:`.} other {Record under `noticeDecision:` whether it is renewed, terminated or procured anew.}}',

  'rule.contract/notice-soon.lastPeriod':
    'the contract cannot be renewed and is in force through {end} ({days, plural, =0 {last day today} one {# day left} other {# days left}}); a new contract must be procured or decided on in time',
  'rule.contract/notice-soon.lastPeriod.hint':
    'Procure or decide on a new contract before the end date and record the decision under `noticeDecision:` (for example `outcome: terminate` with its date).',

  'rule.contract/notice-decision-undated.description':
    'A notice decision has no date. Without one styr cannot tell which period the decision is for; meanwhile it takes it to be for the period running today, which moves with the calendar (a decision to terminate would never end the contract).',
  'rule.contract/notice-decision-undated.undated':
    'the notice decision to {outcome, select, renew {renew} terminate {terminate} other {renegotiate}} has no date; meanwhile it counts for the period running',
  'rule.contract/notice-decision-undated.undated.hint': 'Write the date the decision was made under `noticeDecision: date:`.',

  'rule.contract/expired-in-use.description':
    'A contract that has ended or run out (from the day after its last day in force, `ended` or a decision to terminate included) is still behind an active system (listed in the contract’s `systems` or the system’s `contracts`). The municipality is then using a system without an agreement.',
  'rule.contract/expired-in-use.expiredInUse': 'contract was in force through {end} but active systems depend on it: {systems}',
  'rule.contract/expired-in-use.expiredInUse.hint': 'Record the new contract and point the systems at it, or retire the systems.',

  'rule.contract/licence-overuse.description':
    'More licences are in use than the contract gives the right to (report §6.5.12). Over-use is a compliance and cost risk; buy more or free some.',
  'rule.contract/licence-overuse.overuse': '{used, plural, one {# {product} licence} other {# {product} licences}} in use, {quantity, number} bought',
  'rule.contract/licence-overuse.overuse.hint': 'Buy more licences or remove users; then update `used:`.',

  'rule.service/sla-targets.description':
    'An SLA has one target per priority and kind (response, resolution, availability), a resolution target not faster than the response target of the same priority, and KPI measurements with unique periods.',
  'rule.service/sla-targets.duplicateTarget': 'two {kind, select, response {response} resolution {resolution} other {availability}} targets for priority {priority}',
  'rule.service/sla-targets.duplicateTarget.hint': 'Keep one target per priority and kind.',
  'rule.service/sla-targets.resolutionFaster':
    'priority {priority}: resolution target ({resolutionUnit, select, minutes {{resolution, plural, one {# minute} other {# minutes}}} hours {{resolution, plural, one {# hour} other {# hours}}} businessDays {{resolution, plural, one {# business day} other {# business days}}} other {{resolution, number} %}}) is faster than the response target ({responseUnit, select, minutes {{response, plural, one {# minute} other {# minutes}}} hours {{response, plural, one {# hour} other {# hours}}} businessDays {{response, plural, one {# business day} other {# business days}}} other {{response, number} %}})',
  'rule.service/sla-targets.duplicateMeasurement': "KPI '{kpi}' has two measurements for {period}",

  'rule.maturity/gap-action.description':
    'Every area whose current maturity is below its target has at least one action to close the gap (report §6.3–6.4). A gap without an action is a wish, not a plan.',
  'rule.maturity/gap-action.noAction': "area '{area}' is at {current, number} % against a target of {target, number} % with no action",
  'rule.maturity/gap-action.noAction.hint': 'List what will be done under `actions:`.',

  'rule.direction/tactical-year.description':
    'A 1-year tactical plan implements a 3-year direction: it names a direction record of type direction, and its year lies inside that direction’s period (report §6.5.6).',
  'rule.direction/tactical-year.notADirection': "'{direction}' is a tactical plan, not a direction",
  'rule.direction/tactical-year.yearOutsidePeriod': 'tactical plan year {year} is outside the direction period {from}–{to}',
};
