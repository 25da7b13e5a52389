// Maps keyed by record data: an id may be any name the id pattern allows, `constructor`
// too, so a lookup must never fall through to Object.prototype (issue 12 D3).

/** The value `map` holds under `key` itself; never one inherited from Object.prototype. */
export function ownValue<V>(map: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** An empty object without a prototype, for a map keyed by record data that is printed as JSON. */
export function dictionary<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
