// One English collator for sorting text in documents. `a.localeCompare(b, 'en')`
// builds a collator on every call; this compares the same way, once built.
export const compareEn: (a: string, b: string) => number = new Intl.Collator('en').compare;
