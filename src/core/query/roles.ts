// `styr roles`: the valid roles with holders, staffing and recruitment step,
// filtered and sorted by level (strategic first) and name.
import type { Language } from '../i18n/language.js';
import { validRecords } from '../model/repository.js';
import type { RepositoryModel } from '../model/repository.js';
import { LEVELS } from '../model/types.js';
import type { Level, RecruitmentStatus, Side, Staffing } from '../model/types.js';
import { isVacancy } from '../render/roles.js';
import { compareIds, personName, textCompare } from './common.js';

export interface RoleQuery {
  /** Only roles that are not fully staffed: vacant, interim consultant or partly filled (the roles document's vacancies). */
  vacant?: boolean;
  level?: Level;
  unit?: string;
  /** Only roles this person holds (holders, not deputy). */
  person?: string;
}

export interface RoleRow {
  id: string;
  name: string;
  level: Level;
  side: Side;
  unit: string | null;
  key: boolean;
  holders: string[];
  holderNames: string[];
  deputy: string | null;
  staffing: Staffing;
  recruitmentStep: number | null;
  recruitmentStatus: RecruitmentStatus | null;
}

export function queryRoles(model: RepositoryModel, query: RoleQuery, language: Language): RoleRow[] {
  const compare = textCompare(language);
  return validRecords(model, 'role')
    .filter(({ data }) => {
      if (query.vacant && !isVacancy(data)) return false;
      if (query.level !== undefined && data.level !== query.level) return false;
      if (query.unit !== undefined && data.unit !== query.unit) return false;
      if (query.person !== undefined && !(data.holders ?? []).includes(query.person)) return false;
      return true;
    })
    .sort((a, b) => LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level) || compare(a.data.name, b.data.name) || compareIds(a.id, b.id))
    .map(({ id, data }) => {
      const holders = [...(data.holders ?? [])];
      return {
        id,
        name: data.name,
        level: data.level,
        side: data.side,
        unit: data.unit ?? null,
        key: data.key === true,
        holders,
        holderNames: holders.map((h) => personName(model, h)),
        deputy: data.deputy ?? null,
        staffing: data.staffing,
        recruitmentStep: data.recruitment?.step ?? null,
        recruitmentStatus: data.recruitment?.status ?? null,
      };
    });
}
