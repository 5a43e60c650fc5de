import { describe, expect, it } from 'vitest';
import { looksCutOff } from '../../src/sim/json-limits';
import { balancedPolicy, runGame, toSave } from '../../src/sim/index';
import { loadScenario } from './helpers';

describe('looksCutOff', () => {
  const text = JSON.stringify(toSave(runGame(loadScenario(), 3, balancedPolicy)), null, 1);

  it('says so for every cut of a real save that leaves it invalid', () => {
    for (let cut = 1; cut < text.length; cut += 97) {
      const part = text.slice(0, cut);
      let parses = true;
      try {
        JSON.parse(part);
      } catch {
        parses = false;
      }
      if (!parses) expect(looksCutOff(part), `cut at ${cut}`).toBe(true);
    }
  });

  it('does not for complete text that is damaged', () => {
    expect(looksCutOff(text.replace('"seed"', 'seed'))).toBe(false);
    expect(looksCutOff(`${text},`)).toBe(false);
    expect(looksCutOff('{"a": "quote \\" inside", "b": [1, 2]}x')).toBe(false);
    expect(looksCutOff('{"a": "an escaped \\\\')).toBe(true);
  });
});
