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
import { CliError } from '../../src/cli/io';
import { plannedChoice } from '../../src/cli/plan-apply';
import type { Plan } from '../../src/cli/plan';
import { MAX_FILE_BYTES } from '../../src/shared/host-api';
import { loadSave } from '../../src/sim/index';
import { JSON_LIMITS } from '../../src/sim/json-limits';
import { loadScenario, rawScenario } from '../sim/helpers';

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

  it('refuses a save whose log entry holds 125,000 bad answers (a 626 KB file) with a clear error, not a stack overflow', () => {
    // One level below the log, zod's issue collection overflowed the stack on bdf0a28: loadSave
    // threw a RangeError and the CLI's replay died with exit code 2 and a stack trace.
    const save = {
      format: 'vpoe-save',
      schemaVersion: 1,
      engineVersion: 'x',
      scenario: { id: 'series-b-saas', hash: 'h' },
      seed: 1,
      playerName: '',
      log: [
        {
          quarter: 1,
          decisions: (rawScenario() as { startingDecisions: unknown }).startingDecisions,
          choices: Array.from({ length: 125_000 }, () => null),
        },
      ],
      checksum: 'c',
    };
    expect(loadSave(save, loadScenario())).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    let thrown: unknown = null;
    try {
      replayCommand(fileWith('nested.vpoe.json', JSON.stringify(save)), {});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).exitCode).toBe(1);
    expect((thrown as CliError).message).toMatch(/log\[0\]\.choices.*a list of 125000 items/);
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

  type Raw = {
    limits: { maxContractors: number; maxTeamSize: number; maxHiresPerQuarter: number };
    startingDecisions: {
      budget: { contractors: number };
      org: { teamSizeTarget: number };
      talent: { hiring: { role: string; level: string; count: number }[] };
      riskMitigations: string[];
    };
    riskRegister: { id: string }[];
  };
  it.each<[string, RegExp, (s: Raw) => void]>([
    [
      'contractors over the limit',
      /startingDecisions\.budget\.contractors/,
      (s) => (s.startingDecisions.budget.contractors = s.limits.maxContractors + 5),
    ],
    [
      'a team size over the limit',
      /startingDecisions\.org\.teamSizeTarget/,
      (s) => (s.startingDecisions.org.teamSizeTarget = s.limits.maxTeamSize + 1),
    ],
    [
      'hiring over the limit',
      /startingDecisions\.talent\.hiring/,
      (s) =>
        (s.startingDecisions.talent.hiring = [
          { role: 'product', level: 'senior', count: s.limits.maxHiresPerQuarter + 1 },
        ]),
    ],
    [
      'a risk mitigation twice',
      /startingDecisions\.riskMitigations/,
      (s) => (s.startingDecisions.riskMitigations = [s.riskRegister[0]!.id, s.riskRegister[0]!.id]),
    ],
  ])(
    '`validate` refuses a starting plan the engine would refuse in quarter 1: %s',
    (_, path, edit) => {
      const s = rawScenario() as Raw;
      edit(s);
      expect(() => validateCommand(fileWith('over-limit.json', JSON.stringify(s)))).toThrow(path);
    },
  );

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
