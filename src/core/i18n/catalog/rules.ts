// Catalogue section 'rules' (see ../catalog.ts). `en` is typed from `sv`.

export const sv = {} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {};
