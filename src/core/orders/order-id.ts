// Order ids: ORD-<YYMMDD of creation>-<4 random Crockford base32 characters>.
// The random part keeps two branches from minting the same id on the same day.
import type { IsoDate } from '../model/types.js';

export const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `random` supplies at least 4 bytes; each byte's low 5 bits pick a character (uniform, as 256 = 8 × 32). */
export function orderId(created: IsoDate, random: Uint8Array): string {
  if (random.length < 4) throw new Error('orderId needs 4 random bytes');
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += CROCKFORD_BASE32[random[i]! & 31];
  return `ORD-${created.slice(2, 4)}${created.slice(5, 7)}${created.slice(8, 10)}-${suffix}`;
}
