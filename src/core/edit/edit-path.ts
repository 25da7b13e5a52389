// The path of a field edit (shared by the core's edit planning and io/record-edit).

/** Map keys, list indexes, or `{key, value}` to select the list item whose `key` field is `value`. */
export type EditPath = readonly (string | number | { key: string; value: string })[];

export type FieldEdit =
  | { op: 'set'; path: EditPath; value: unknown }
  | { op: 'unset'; path: EditPath }
  | { op: 'append'; path: EditPath; value: unknown } // list +=
  | { op: 'remove'; path: EditPath; value: unknown }; // list -=

/** A path as the user writes it: `integrations[target=ekonomi].protocol`, `holders[0]`. */
export function formatEditPath(path: EditPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'object') out += `[${seg.key}=${seg.value}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
