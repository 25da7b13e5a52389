// The label catalogue: every word styr prints, one Swedish and one English
// table with namespaced keys. The tables are assembled from sections (one file
// each under catalog/, so that a document's words sit together); `en` of each
// section is typed from its `sv`, so a missing translation is a compile error,
// and catalog.test.ts fails when two sections define the same key or a key is
// used nowhere.
//
// Messages are ICU MessageFormat: `{name}` is a value, `{n, plural, one {# dag}
// other {# dagar}}` a plural, `{n, number}` a number in the language's form.
import * as audience from './catalog/audience.js';
import * as cli from './catalog/cli.js';
import * as costs from './catalog/costs.js';
import * as deploy from './catalog/deploy.js';
import * as diff from './catalog/diff.js';
import * as diffFiles from './catalog/diff-files.js';
import * as edit from './catalog/edit.js';
import * as enums from './catalog/enums.js';
import * as help from './catalog/help.js';
import * as io from './catalog/io.js';
import * as orderFlow from './catalog/order-flow.js';
import * as objects from './catalog/objects.js';
import * as pages from './catalog/pages.js';
import * as problems from './catalog/problems.js';
import * as records from './catalog/records.js';
import * as print from './catalog/print.js';
import * as render from './catalog/render.js';
import * as rules from './catalog/rules.js';
import * as tabular from './catalog/tabular.js';
import * as units from './catalog/units.js';
import type { Language } from './language.js';

export const SECTIONS = {
  enums,
  render,
  cli,
  diff,
  rules,
  problems,
  help,
  io,
  tabular,
  diffFiles,
  records,
  edit,
  costs,
  print,
  deploy,
  units,
  audience,
  orderFlow,
  objects,
  pages,
} as const;

const svTable = {
  ...enums.sv,
  ...render.sv,
  ...cli.sv,
  ...diff.sv,
  ...rules.sv,
  ...problems.sv,
  ...help.sv,
  ...io.sv,
  ...tabular.sv,
  ...diffFiles.sv,
  ...records.sv,
  ...edit.sv,
  ...costs.sv,
  ...print.sv,
  ...deploy.sv,
  ...units.sv,
  ...audience.sv,
  ...orderFlow.sv,
  ...objects.sv,
  ...pages.sv,
};

export type MessageKey = keyof typeof svTable;
export type MessageTable = { readonly [K in MessageKey]: string };

const enTable: MessageTable = {
  ...enums.en,
  ...render.en,
  ...cli.en,
  ...diff.en,
  ...rules.en,
  ...problems.en,
  ...help.en,
  ...io.en,
  ...tabular.en,
  ...diffFiles.en,
  ...records.en,
  ...edit.en,
  ...costs.en,
  ...print.en,
  ...deploy.en,
  ...units.en,
  ...audience.en,
  ...orderFlow.en,
  ...objects.en,
  ...pages.en,
};

export const CATALOG: Readonly<Record<Language, MessageTable>> = { sv: svTable, en: enTable };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(svTable, key);
}
