/**
 * Issue 14, items 3, 8 and 10 through the CLI's own functions: crafted files are refused fast
 * with what and where, `validate` runs the engine's quarter-1 check of the starting plan, and a
 * plan may answer cards named like Object's own properties.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayCommand, validateCommand } from '../../src/cli/commands';
import { plannedChoice } from '../../src/cli/plan-apply';
import type { Plan } from '../../src/cli/plan';
import { MAX_FILE_BYTES } from '../../src/shared/host-api';
import { JSON_LIMITS } from '../../src/sim/json-limits';
import { rawScenario } from '../sim/helpers';

const dir = mkdtempSync(join(tmpdir(), 'vpoe-cli-hostile-'));
const fileWith = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('CLI and crafted files', () => {
  it('refuses a save with 125,000 bad log entries quickly, naming the list', () => {
    const save = {
      format: 'vpoe-save',
      schemaVersion: 1,
      engineVersion: 'x',
      scenario: { id: 'series-b-saas', hash: 'h' },
      seed: 1,
      playerName: '',
      log: Array.from({ length: 125_000 }, () => ({ bad: 1 })),
      checksum: 'c',
    };
    const started = Date.now();
    expect(() => replayCommand(fileWith('big.vpoe.json', JSON.stringify(save)), {})).toThrow(
      /log: a list of 125000 items/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses JSON nested deeper than the limit, saying where', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(() => validateCommand(fileWith('deep.json', deep))).toThrow(
      `nested more than ${JSON_LIMITS.depth} levels deep`,
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    const path = fileWith('huge.json', ' '.repeat(MAX_FILE_BYTES + 1));
    expect(() => validateCommand(path)).toThrow(`files over ${MAX_FILE_BYTES} bytes are refused`);
  });

  it('`validate` refuses a starting plan the engine would refuse in quarter 1', () => {
    const s = rawScenario() as {
      limits: { maxContractors: number };
      startingDecisions: { budget: { contractors: number }; riskMitigations: string[] };
      riskRegister: { id: string }[];
    };
    s.startingDecisions.budget.contractors = s.limits.maxContractors + 5;
    const path = fileWith('over-limit.json', JSON.stringify(s));
    expect(() => validateCommand(path)).toThrow(/startingDecisions\.budget\.contractors/);
  });

  it('a plan answers cards named constructor and toString, and only those it names', () => {
    const plan = {
      format: 'vpoe-plan',
      version: 1,
      choices: { constructor: 'a' },
      quarters: [],
    } as unknown as Plan;
    expect(plannedChoice(plan, 1, { id: 'q1-d-constructor', sourceId: 'constructor' })).toBe('a');
    expect(plannedChoice(plan, 1, { id: 'q1-d-toString', sourceId: 'toString' })).toBeUndefined();
  });
});
