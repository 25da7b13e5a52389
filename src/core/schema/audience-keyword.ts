// `x-audience`: an annotation on a schema property saying who may read the
// field ("internal" = only the organisation's own staff; no annotation means
// public). Ajv in strict mode refuses unknown keywords, so it is registered as
// an annotation that validates nothing; its value is checked when a schema compiles.
import type { Ajv } from 'ajv';
import { FIELD_AUDIENCES } from '../model/types.js';

export const AUDIENCE_KEYWORD = 'x-audience';

export function useAudienceKeyword(ajv: Ajv): void {
  ajv.addKeyword({ keyword: AUDIENCE_KEYWORD, schemaType: 'string', metaSchema: { enum: [...FIELD_AUDIENCES] } });
}
