import { describe, expect, it } from 'vitest';
import { DRIVER_IDS, KPI_DEFS, selectLevers } from '../../src/sim/index';
import en from '../../src/renderer/features/help/locales/en.json';
import ja from '../../src/renderer/features/help/locales/ja.json';
import { LEVER_GLOSSARY, METRIC_GLOSSARY } from '../../src/renderer/features/help/glossaryIds';
import terminology from '../../src/renderer/i18n/terminology.json';

type Glossary = Record<string, { definition: string }>;
const TERMS = terminology.terms as Record<string, { en: string; ja: string }>;
const glossaries: Record<'en' | 'ja', Glossary> = { en: en.glossary, ja: ja.glossary };

describe('glossary coverage', () => {
  it('has the same terms in English and Japanese, none empty', () => {
    expect(Object.keys(glossaries.ja).sort()).toEqual(Object.keys(glossaries.en).sort());
    for (const lang of ['en', 'ja'] as const) {
      for (const [id, entry] of Object.entries(glossaries[lang])) {
        // The term itself is the terminology table's (one term per concept).
        expect(TERMS[id]?.[lang].trim(), `${lang} ${id} term`).toBeTruthy();
        expect(entry.definition.trim().length, `${lang} ${id} definition`).toBeGreaterThan(10);
      }
    }
  });

  it('explains every KPI the engine reports', () => {
    for (const kpi of KPI_DEFS) {
      const id = METRIC_GLOSSARY[kpi.id];
      expect(id, `KPI ${kpi.id} has no glossary entry`).toBeDefined();
      expect(glossaries.en[id!], `glossary entry ${id} for KPI ${kpi.id}`).toBeDefined();
    }
  });

  it('explains every metric that has a driver breakdown in the report', () => {
    for (const metric of Object.keys(DRIVER_IDS)) {
      expect(METRIC_GLOSSARY[metric], `metric ${metric}`).toBeDefined();
    }
  });

  it('explains every lever the engine has', () => {
    for (const lever of selectLevers()) {
      const id = LEVER_GLOSSARY[lever.id];
      expect(id, `lever ${lever.id} has no glossary entry`).toBeDefined();
      expect(glossaries.ja[id!], `glossary entry ${id} for lever ${lever.id}`).toBeDefined();
    }
  });

  it('covers the terms a VPoE trainee must know', () => {
    for (const id of [
      'dora',
      'slo',
      'errorBudget',
      'burnMultiple',
      'ruleOf40',
      'debtTax',
      'finops',
    ]) {
      expect(glossaries.en[id], id).toBeDefined();
    }
  });
});
