// Catalogue section 'print' (see ../catalog.ts): the words of a printed page —
// the footer of every page that styr render --html writes. `en` is typed from `sv`.

export const sv = {
  'print.asOf': 'Framställd per {date}',
  'print.pageNumber': 'Sida {page} av {pages}',
};

export const en: { readonly [K in keyof typeof sv]: string } = {
  'print.asOf': 'Rendered as of {date}',
  'print.pageNumber': 'Page {page} of {pages}',
};
