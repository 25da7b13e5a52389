// Catalogue section 'audience' (see ../catalog.ts): who a rendering is for —
// `styr render --audience`, the line on every page, and the check of
// styr.yaml's `audience.fields`. `en` is typed from `sv`.

export const sv = {
  'audience.banner.public':
    'Publik utgåva: sidan visar bara det som alla får läsa. Kostnader, avtal, informationsklassning, kontinuitet, risker, vakanser och personliga kontaktuppgifter finns i den interna utgåvan.',
  'audience.banner.internal': 'Intern utgåva: sidan innehåller interna uppgifter och får inte publiceras utanför organisationen.',
  'audience.invalid': 'ogiltig läsekrets ”{value}” för --audience: välj public eller internal',
  // The index's line for a document whose public edition leaves sections out.
  'audience.description.tactical-plan': 'Årets styrande plan för IT-verksamheten: inriktningens mål, initiativ per område och nyckeltal.',
  'audience.description.council': 'Beslutsråd IT: beställningar som fastnat och de senaste besluten med utfall.',
  'audience.description.roles': 'Organisationsschema och rollbeskrivningar med ansvar och kompetenser, innehavare och ersättare.',
  'problem.config/unknown-audience-field.description':
    'styr.yaml anger läsekrets (`audience.fields`) för ett postslag eller fält som inte finns. Nyckeln är postslag och fältsökväg med punkter, t.ex. person.phone.',
  'problem.config/unknown-audience-field.unknownKind': "okänt postslag '{kind}' i audience.fields: '{key}'",
  'problem.config/unknown-audience-field.unknownField': "postslaget {kind} har inget fält '{path}' (audience.fields: '{key}')",
  'problem.config/unknown-audience-field.didYouMean.hint': "Menade du '{suggestion}'?",
  'problem.config/unknown-audience-field.kinds.hint': 'Postslagen: {kinds}.',
};

export const en: { readonly [K in keyof typeof sv]: string } = {
  'audience.banner.public':
    'Public edition: this page shows only what anyone may read. Costs, contracts, information classification, continuity, risks, vacancies and personal contact details are in the internal edition.',
  'audience.banner.internal': 'Internal edition: this page holds internal information and must not be published outside the organisation.',
  'audience.invalid': 'invalid audience “{value}” for --audience: choose public or internal',
  'audience.description.tactical-plan': "The year's governing plan for IT: the direction's goals, initiatives by area and KPIs.",
  'audience.description.council': 'The IT decision council: orders that are stuck and the latest decisions with their outcomes.',
  'audience.description.roles': 'Organisation chart and role descriptions with responsibilities and competencies, holders and deputies.',
  'problem.config/unknown-audience-field.description':
    'styr.yaml sets the audience (`audience.fields`) of a kind or field that does not exist. The key is the kind and the dotted field path, e.g. person.phone.',
  'problem.config/unknown-audience-field.unknownKind': "unknown kind '{kind}' in audience.fields: '{key}'",
  'problem.config/unknown-audience-field.unknownField': "the kind {kind} has no field '{path}' (audience.fields: '{key}')",
  'problem.config/unknown-audience-field.didYouMean.hint': "Did you mean '{suggestion}'?",
  'problem.config/unknown-audience-field.kinds.hint': 'The kinds: {kinds}.',
};
