// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import terminology from '../../../src/renderer/i18n/terminology.json';
import { KPI_DEFS } from '../../../src/sim/index';
import { createTestI18n } from '../testI18n';

describe("a commitment's measure in the terminology table's words", () => {
  it.each(['en', 'ja'] as const)(
    'names the code-debt commitment as the KPI it is judged on (%s)',
    async (language) => {
      const kpi = KPI_DEFS.find((k) => k.id === 'techDebt')!;
      expect(kpi.label[language]).toBe(terminology.terms.codeDebt[language]);
      const i18n = await createTestI18n(language);
      // The request's stakes and the report's commitment line (was "Technical debt index").
      expect(i18n.t('events:stakes.measure.debtIndex')).toBe(kpi.label[language]);
      expect(i18n.t('report:measure.debtIndex')).toBe(kpi.label[language]);
    },
  );
});
