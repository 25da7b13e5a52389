// Catalogue section 'objects' (see ../catalog.ts): the words of the managed
// object (förvaltningsobjekt) as a record and of complete management plans —
// the plan/incomplete rule and the object's name and contents on the pages.
// `en` is typed from `sv`.

export const sv = {
  'validate.idOf.object': 'förvaltningsobjekts-id',

  // What an approved management plan must have (plan/incomplete lists the missing ones).
  'planPart.objectOwner': 'objektägare',
  'planPart.managementLeads': 'förvaltningsledare',
  'planPart.budget': 'budget',
  'planPart.goals': 'mål',
  'planPart.activities': 'aktiviteter',

  'rule.plan/incomplete.description':
    'En fastställd förvaltningsplan för planeringsåret eller senare har en objektägare, minst en förvaltningsledare, en budget, mål och aktiviteter. Objektägaren och förvaltningsledarna kan anges i planen eller i förvaltningsobjektet (objects/). En plan som saknar något av detta styr inte förvaltningen; ett utkast får vara ofullständigt.',
  'rule.plan/incomplete.missing': 'förvaltningsplanen är fastställd men saknar {parts}',
  'rule.plan/incomplete.missing.hint':
    'Ange det som saknas: `objectOwner:` och `managementLeads:` i förvaltningsobjektet eller planen, `budget:`, `goals:` och `activities:` i planen – eller sätt planen till `status: draft` tills den är klar.',
  'finding.plan/incomplete': 'planen är fastställd men saknar {parts}',
};

export const en: { readonly [K in keyof typeof sv]: string } = {
  'validate.idOf.object': 'managed object id',

  'planPart.objectOwner': 'object owner',
  'planPart.managementLeads': 'management leads',
  'planPart.budget': 'budget',
  'planPart.goals': 'goals',
  'planPart.activities': 'activities',

  'rule.plan/incomplete.description':
    'An approved management plan for the planning year or later has an object owner, at least one management lead, a budget, goals and activities. The object owner and management leads may be given in the plan or in the managed object (objects/). A plan that lacks any of these does not govern the management; a draft may be incomplete.',
  'rule.plan/incomplete.missing': 'the management plan is approved but has no {parts}',
  'rule.plan/incomplete.missing.hint':
    'Add what is missing: `objectOwner:` and `managementLeads:` in the managed object or the plan, `budget:`, `goals:` and `activities:` in the plan – or set the plan to `status: draft` until it is done.',
  'finding.plan/incomplete': 'the plan is approved but has no {parts}',
};
