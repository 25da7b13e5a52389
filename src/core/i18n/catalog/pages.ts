// Catalogue section 'pages' (see ../catalog.ts): the words of drawn diagrams
// (figure captions, the link to the table with the same facts) and of
// `styr render --pdf`. `en` is typed from `sv`.

export const sv = {
  'figure.source': 'Diagrammet visas som Mermaid-källkod (styr render --no-diagrams); GitHub och GitLab ritar det.',
  'figure.table': 'Samma uppgifter som tabell: {table}',
  'figure.mapOverview': 'Verksamhetsområdena och antalet integrationer mellan dem.',
  'figure.mapArea': 'System inom {area} och deras integrationer, även med system i andra områden.',
  'figure.mapAreaPart': 'System inom {area}, del {part} av {parts}, och de system de har integrationer med.',
  'figure.grey': 'Grå ruta: {what}.',
  'figure.neighbourhood': '{system} och de system det utbyter information med.',
  'figure.maturity': 'Mognad per område: nuläge (staplar) och mål (linje), i procent.',
  'figure.maturityTrend': 'Mognad per område vid varje bedömning, i procent.',
  'figure.gantt': 'Tidslinje: beställningarna per team och kvartal; sena beställningar i rött.',
  'figure.orgChart': 'Organisationsschema: roller och vem de rapporterar till.',
  'pdf.noChromium':
    'styr render --pdf: hittar ingen Chromium (sökte {searched}). Installera den (apt-get install chromium) eller ange sökvägen i STYR_CHROMIUM. Övriga filer är skrivna.',
  'pdf.failed': 'styr render --pdf: {page}: {reason}',
};

export const en: { readonly [K in keyof typeof sv]: string } = {
  'figure.source': 'The diagram is shown as Mermaid source (styr render --no-diagrams); GitHub and GitLab draw it.',
  'figure.table': 'The same facts as a table: {table}',
  'figure.mapOverview': 'The business areas and the number of integrations between them.',
  'figure.mapArea': 'Systems in {area} and their integrations, also with systems in other areas.',
  'figure.mapAreaPart': 'Systems in {area}, part {part} of {parts}, and the systems they integrate with.',
  'figure.grey': 'Grey box: {what}.',
  'figure.neighbourhood': '{system} and the systems it exchanges information with.',
  'figure.maturity': 'Maturity by area: current (bars) and target (line), in per cent.',
  'figure.maturityTrend': 'Maturity by area at each assessment, in per cent.',
  'figure.gantt': 'Timeline: the orders by team and quarter; late orders in red.',
  'figure.orgChart': 'Organisation chart: roles and whom they report to.',
  'pdf.noChromium':
    'styr render --pdf: no Chromium found (looked at {searched}). Install it (apt-get install chromium) or give its path in STYR_CHROMIUM. The other files are written.',
  'pdf.failed': 'styr render --pdf: {page}: {reason}',
};
