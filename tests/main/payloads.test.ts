import { describe, expect, it } from 'vitest';
import { checkPayload, PAYLOADS } from '../../src/main/payloads';
import { INVOKE_CHANNELS } from '../../src/shared/ipc-channels';
import { MAX_FILE_BYTES } from '../../src/shared/host-api';
import { newGame, toSave } from '../../src/sim/index';
import { loadScenario } from '../sim/helpers';

const realSave = () => toSave(newGame(loadScenario(), 3, { playerName: 'P' }));

describe('IPC payload checks', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(PAYLOADS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  it('accepts well-formed payloads', () => {
    expect(checkPayload('setLanguage', 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(checkPayload('openGame', undefined).ok).toBe(true);
    expect(checkPayload('writeAutosave', { gameId: 'g-1', quarter: 3, save: realSave() }).ok).toBe(
      true,
    );
    expect(checkPayload('saveGame', { save: realSave(), suggestedName: 'a.vpoe.json' }).ok).toBe(
      true,
    );
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

  describe('the save in saveGame and writeAutosave', () => {
    const deep = () => {
      let value: unknown = 1;
      for (let i = 0; i < 5000; i++) value = { x: value };
      return value;
    };
    it.each([
      ['only an envelope', { format: 'vpoe-save' }, 'schemaVersion'],
      ['an unknown field', { ...realSave(), script: 'x' }, 'script'],
      ['an action of no known type', { ...realSave(), actions: [{ type: 'rm -rf' }] }, 'actions'],
      ['125,000 list items', { ...realSave(), actions: Array(125_000).fill({}) }, '125000 items'],
      ['5,000 levels of nesting', { ...realSave(), draft: deep() }, 'nested more than 32'],
      [
        'more bytes than a file may hold',
        {
          ...realSave(),
          playerName: 'x'.repeat(20_000),
          draft: Array(400).fill('y'.repeat(19_000)),
        },
        `at most ${MAX_FILE_BYTES}`,
      ],
    ])('refuses %s, saying why', (_what, save, mention) => {
      for (const checked of [
        checkPayload('saveGame', { save, suggestedName: 'a.vpoe.json' }),
        checkPayload('writeAutosave', { gameId: 'g', quarter: 0, save }),
      ]) {
        expect(checked.ok).toBe(false);
        expect(checked.ok ? '' : checked.detail).toContain(mention);
      }
    });
  });
});
