// Catalogue section 'diffFiles' (see ../catalog.ts): what `styr diff` says about
// a record's file (not its contents). `en` is typed from `sv`.

export const sv = {
  'diff.record.fileRenamed': '{who}: filen bytte namn från {from} till {file}',
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'diff.record.fileRenamed': '{who}: file renamed from {from} to {file}',
};
