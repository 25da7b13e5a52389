import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
export async function runCouncilApply(_d: string, _o: OptionsOf<'councilApply'>, _io: CliIo): Promise<number> {
  return 0;
}
