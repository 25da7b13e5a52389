// `yaml` is needed only for files with problems (positions, precise parse
// errors) and for edits; loading it on first use keeps a clean validate fast.
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';

type YamlLib = typeof YamlModule;

let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  lib ??= createRequire(import.meta.url)('yaml') as YamlLib;
  return lib;
}
