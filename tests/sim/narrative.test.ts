/**
 * The texts of quarter events as the player reads them (issue 13, item 8): numbers and words
 * agree, and no internal id shows.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, type EventRecord } from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const event = (kind: string, params: EventRecord['params']): EventRecord =>
  ({ id: 'q1-x', kind, params }) as EventRecord;

describe('event texts', () => {
  it('say "minute" for one minute, and never "0 minutes"', () => {
    const text = (minutes: number) =>
      describeEvent(event('incident', { severity: 2, minutes }), scenario);
    expect(text(1).en).toBe('A severity-2 incident: 1 minute of downtime.');
    expect(text(1045).en).toBe('A severity-2 incident: 1,045 minutes of downtime.');
    expect(text(0).en).toBe('A severity-2 incident: less than a minute of downtime.');
    expect(text(0).ja).toBe('重大度2のインシデント: ダウンタイム1分未満。');
    expect(text(1045).ja).toBe('重大度2のインシデント: ダウンタイム1,045分。');
  });

  it('name a completed initiative by its name, not its id', () => {
    const initiative = scenario.initiatives[0]!;
    const text = describeEvent(
      event('initiative-complete', { initiative: initiative.id }),
      scenario,
    );
    expect(text.en).toBe(`${initiative.name.en} is complete.`);
    expect(text.ja).toBe(`取り組み「${initiative.name.ja}」が完了しました。`);
    expect(text.en).not.toContain(initiative.id);
    expect(text.ja).not.toContain(initiative.id);
  });

  it('set a Latin name off from the Japanese after it, as every Japanese text does', () => {
    const met = (stakeholder: string) =>
      describeEvent(event('commitment-met', { stakeholder }), scenario).ja;
    expect(met('ceo')).toBe('CEO への約束を守りました。');
    expect(met('hr')).toBe('人事への約束を守りました。');
  });

  it('say what an improvement order takes when an audit brings one, and only then', () => {
    const audit = (order: number) =>
      describeEvent(event('regulatory-audit', { cost: 1000, order, quarters: 3 }), scenario);
    expect(audit(18).en).toContain('ordered improvements');
    expect(audit(18).en).toContain('For 3 quarters the remediation takes 18% of feature work');
    expect(audit(18).ja).toContain('業務改善命令');
    expect(audit(18).ja).toContain('3 四半期のあいだ、是正作業が機能開発の18%を使い');
    expect(audit(0).en).not.toContain('ordered');
    expect(audit(0).ja).not.toContain('命令');
  });
});
