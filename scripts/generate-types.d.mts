// Types of scripts/generate-types.mjs for test/generated.test.ts.
/** Path of each generated file, relative to the repository root. */
export declare const OUTPUTS: { readonly records: string; readonly idPatterns: string };
/** Each generated file's path (relative to the repository root) and content. */
export declare function generate(options?: { schemaDir?: string }): Promise<Record<string, string>>;
