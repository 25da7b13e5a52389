// The plain half of the message dialect: `{name}` is replaced by its value and
// any other text, braces included, stays as it is. No intl-messageformat and
// no catalogue here, so `styr --help` can format its words with this alone.

export type PlaceholderValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill `{name}` placeholders; a value is printed as it is (a year stays 2027), an unknown name is left alone. */
export function fillPlaceholders(text: string, values: PlaceholderValues = {}): string {
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (m, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : m));
}
