import { describe, expect, it } from 'vitest';
import { checkPayload, PAYLOADS } from '../../src/main/payloads';
import { INVOKE_CHANNELS } from '../../src/shared/ipc-channels';

describe('IPC payload checks', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(PAYLOADS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  it('accepts well-formed payloads', () => {
    expect(checkPayload('setLanguage', 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(checkPayload('openGame', undefined).ok).toBe(true);
    expect(
      checkPayload('writeAutosave', { gameId: 'g-1', quarter: 3, save: { format: 'vpoe-save' } })
        .ok,
    ).toBe(true);
  });

  it.each([
    ['setLanguage', 'fr', 'Refused setLanguage'],
    ['loadScenario', '', 'Refused loadScenario'],
    ['writeAutosave', { gameId: '../etc', quarter: 1, save: {} }, 'gameId'],
    ['writeAutosave', { gameId: 'g', quarter: -1, save: {} }, 'quarter'],
    ['exportFile', { suggestedName: 'r.csv', kind: 'exe', content: '' }, 'kind'],
    ['saveGame', { save: {}, suggestedName: 7 }, 'suggestedName'],
    ['listScenarios', { sneaky: true }, 'Refused listScenarios'],
  ] as const)('refuses %s with %j, naming the field', (method, payload, mention) => {
    const checked = checkPayload(method, payload);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.detail).toContain(mention);
  });
});
