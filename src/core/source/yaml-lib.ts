// `yaml` is needed only for files with problems (positions, precise parse
// errors) and for edits; loading it on first use keeps a clean validate fast.
import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  lib ??= createRequire(import.meta.url)('yaml') as YamlLib;
  return lib;
}
