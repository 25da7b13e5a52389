// Catalogue section 'records' (see ../catalog.ts): the information classification
// per KLASSA — the problem for values from before KLASSA was followed
// (schema/klassa) and the rule for the top level (system/classification-top-level).

export const sv = {
  'problem.schema/klassa.description':
    'Ett värde i informationsklassningen som inte finns i KLASSA: spårbarhet är ingen aspekt (KLASSA bedömer konfidentialitet, riktighet och tillgänglighet, K-R-T), och den högsta nivån heter synnerligen allvarlig (4). Tipset säger vad som ska stå i stället.',
  'problem.schema/klassa.traceability': "spårbarhet ('traceability') är inte en aspekt i KLASSA",
  'problem.schema/klassa.removeTraceability.hint':
    'Ta bort `traceability:`. KLASSA klassar konfidentialitet, riktighet och tillgänglighet (K-R-T); krav på loggning och spårbarhet följer av nivåerna för riktighet och konfidentialitet.',
  'problem.schema/klassa.oldLevel': "'{value}' är inte en nivå i KLASSA ('{field}')",
  'problem.schema/klassa.oldLevel.hint':
    'Skriv `{field}: serious` (allvarlig, 3). Nivå 4, `exceptionally-serious` (synnerligen allvarlig), gäller bara information som rör Sveriges säkerhet; ange då skälet under `topLevelReason:`.',

  'rule.system/classification-top-level.description':
    'Nivå 4 (synnerligen allvarlig) i KLASSA gäller information som rör Sveriges säkerhet och hanteras utanför KLASSA:s kravkataloger (säkerhetsskydd). Ett kommunalt verksamhetssystem på nivå 4 behöver ett angivet skäl; annars är det troligen en överklassning.',
  'rule.system/classification-top-level.noReason': "systemet '{system}' har nivå 4 (synnerligen allvarlig) för {aspect} utan angivet skäl",
  'rule.system/classification-top-level.noReason.hint':
    'Nivå 4 gäller information som rör Sveriges säkerhet och hanteras utanför KLASSA:s kravkataloger. Sänk till `serious` (allvarlig, 3), eller ange skälet under `classification.topLevelReason:`.',
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'problem.schema/klassa.description':
    'A value in the information classification that KLASSA does not have: traceability is not an aspect (KLASSA assesses confidentiality, integrity and availability, C-I-A), and the top level is exceptionally serious (4). The hint says what to write instead.',
  'problem.schema/klassa.traceability': "traceability ('traceability') is not a KLASSA aspect",
  'problem.schema/klassa.removeTraceability.hint':
    'Remove `traceability:`. KLASSA classifies confidentiality, integrity and availability (C-I-A); logging and traceability requirements follow from the integrity and confidentiality levels.',
  'problem.schema/klassa.oldLevel': "'{value}' is not a KLASSA level ('{field}')",
  'problem.schema/klassa.oldLevel.hint':
    'Write `{field}: serious` (serious, 3). Level 4, `exceptionally-serious`, is only for information that concerns Sweden’s security; then give the reason under `topLevelReason:`.',

  'rule.system/classification-top-level.description':
    'Level 4 (exceptionally serious) in KLASSA is for information that concerns Sweden’s security and is handled outside KLASSA’s requirement catalogues (protective security). A municipal business system at level 4 needs a stated reason; without one it is most likely over-classified.',
  'rule.system/classification-top-level.noReason': "system '{system}' is at level 4 (exceptionally serious) for {aspect} without a stated reason",
  'rule.system/classification-top-level.noReason.hint':
    'Level 4 is for information that concerns Sweden’s security, handled outside KLASSA’s requirement catalogues. Lower it to `serious` (3), or give the reason under `classification.topLevelReason:`.',
};
