/**
 * The stakeholders as a sentence names them ("the CFO", 「CFO」), for the texts that say whose
 * trust moved or is at stake (narrative.ts, a request's options in model/choices.ts).
 */
import type { LocalizedText, StakeholderId } from './types';

export const STAKEHOLDER_WHO: Record<StakeholderId, LocalizedText> = {
  ceo: { en: 'the CEO', ja: 'CEO' },
  cfo: { en: 'the CFO', ja: 'CFO' },
  cto: { en: 'the CTO', ja: 'CTO' },
  cpo: { en: 'the CPO', ja: 'CPO' },
  hr: { en: 'HR', ja: '人事' },
};
