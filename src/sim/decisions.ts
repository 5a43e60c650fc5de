/**
 * Guards for the player's decisions: shape and range of every lever (from the lever table, with
 * the game's limits: levers/info.ts), allocation summing to 100, the scenario's hiring limit,
 * known ids, and layoffs/promotions within the current staff. Returns [] when the decisions are
 * valid. Copying and comparing decisions is levers/copy.ts (re-exported here).
 */
import {
  ALLOCATION_TOTAL,
  allocationIsWhole,
  allocationSum,
  ALLOCATION_SHARES,
  LEVERS,
  readLever,
  type LeverId,
} from './levers';
import { effectiveMax, leverLimit, rampedSeniors } from './levers/info';
import { countOf, LEVEL_INDEX, ROLE_INDEX } from './model/staff';
import type { Decisions, DecisionProblem, Game, LocalizedText } from './types';
import { LEVELS, ROLES } from './types';

export { cloneDecisions, repeatsWithoutOneOffs } from './levers/copy';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** All problems with `d` for this game (the shape is checked too, so untyped JSON is safe). */
export function checkDecisions(game: Game, d: Decisions): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const add = (path: string, levers: LeverId[], reason: LocalizedText) =>
    problems.push({ path, levers, reason });
  if (d === null || typeof d !== 'object') {
    add('', [], t('Decisions must be an object.', '意思決定はオブジェクトである必要があります。'));
    return problems;
  }
  const scenario = game.scenario;
  for (const lever of LEVERS) {
    const v = readLever(d, lever.id);
    const name = lever.label;
    const on = [lever.id];
    if (lever.kind === 'number' || lever.kind === 'share') {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        add(
          lever.id,
          on,
          t(`${name.en} must be a number.`, `${name.ja}は数値である必要があります。`),
        );
        continue;
      }
      const limit = 'limit' in lever && lever.limit ? leverLimit(game, lever.limit) : undefined;
      const min = lever.min;
      const max = effectiveMax(lever, limit);
      const why = limit && max < lever.max ? limit.text : t('', '');
      if (v < min || v > max)
        add(
          lever.id,
          on,
          t(
            `${name.en} must be between ${fmt(min)} and ${fmt(max)} (got ${fmt(v)}).${why.en ? ` ${why.en}` : ''}`,
            `${name.ja}は${fmt(min)}から${fmt(max)}の範囲で指定してください（指定値: ${fmt(v)}）。${why.ja}`,
          ),
        );
      else if (lever.step === 1 && !Number.isInteger(v))
        add(
          lever.id,
          on,
          t(`${name.en} must be a whole number.`, `${name.ja}は整数で指定してください。`),
        );
    } else if (lever.kind === 'boolean') {
      if (typeof v !== 'boolean')
        add(
          lever.id,
          on,
          t(`${name.en} must be on or off.`, `${name.ja}はオンかオフで指定してください。`),
        );
    } else if (lever.kind === 'choice') {
      if (!lever.choices.some((c) => c.value === v))
        add(
          lever.id,
          on,
          t(
            `${name.en} must be one of: ${lever.choices.map((c) => String(c.value)).join(', ')}.`,
            `${name.ja}は次のいずれかです: ${lever.choices.map((c) => String(c.value)).join('、')}。`,
          ),
        );
    } else if (lever.kind === 'staff-lines') {
      checkStaffLines(v, lever.id, name, (path, reason) => add(path, on, reason));
    } else {
      const known = new Set(
        lever.catalogue === 'initiatives'
          ? scenario.initiatives.map((i) => i.id)
          : scenario.riskRegister.map((r) => r.id),
      );
      if (!Array.isArray(v)) {
        add(
          lever.id,
          on,
          t(`${name.en} must be a list of ids.`, `${name.ja}は ID のリストである必要があります。`),
        );
        continue;
      }
      const seen = new Set<string>();
      v.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || !known.has(id))
          add(
            `${lever.id}[${i}]`,
            on,
            t(
              `Unknown id "${String(id)}" in ${name.en}.`,
              `${name.ja}に不明な ID「${String(id)}」があります。`,
            ),
          );
        else if (seen.has(id))
          add(
            `${lever.id}[${i}]`,
            on,
            t(`"${id}" is listed twice in ${name.en}.`, `${name.ja}に「${id}」が2回あります。`),
          );
        seen.add(String(id));
      });
    }
  }
  if (problems.length > 0) return problems;

  if (!allocationIsWhole(d.allocation))
    add(
      'allocation',
      ALLOCATION_SHARES.map((s) => `allocation.${s}` as const),
      t(
        `Capacity allocation must sum to ${ALLOCATION_TOTAL}% (it sums to ${fmt(allocationSum(d.allocation))}%).`,
        `キャパシティ配分の合計は${ALLOCATION_TOTAL}%にしてください（現在${fmt(allocationSum(d.allocation))}%）。`,
      ),
    );
  const hires = d.talent.hiring.reduce((n, l) => n + l.count, 0);
  const hiring = leverLimit(game, 'maxHiresPerQuarter');
  if (hires > (hiring.max as number))
    add(
      'talent.hiring',
      ['talent.hiring'],
      t(
        `At most ${hiring.max} requisitions a quarter in this scenario (planned ${hires}).`,
        `このシナリオでは1四半期の採用枠は最大${hiring.max}件です（計画: ${hires}件）。`,
      ),
    );
  d.talent.layoffs.forEach((line, i) => {
    const have = countOf(game.state, ROLE_INDEX[line.role], LEVEL_INDEX[line.level]);
    if (line.count > have)
      add(
        `talent.layoffs[${i}].count`,
        ['talent.layoffs'],
        t(
          `Cannot lay off ${line.count} ${line.level} ${line.role} engineers: there are ${have}.`,
          `${line.role}/${line.level}を${line.count}名人員削減することはできません（在籍${have}名）。`,
        ),
      );
  });
  const seniors = rampedSeniors(game);
  const promotions = d.org.promotionsToManager + d.org.promotionsToStaff;
  if (promotions > seniors)
    add(
      'org.promotionsToManager',
      ['org.promotionsToManager', 'org.promotionsToStaff'],
      t(
        `Only ${seniors} ramped senior engineers can be promoted (asked for ${promotions}).`,
        `昇格できる経験を積んだシニアは${seniors}名だけです（指定: ${promotions}名）。`,
      ),
    );
  return problems;
}

function checkStaffLines(
  v: unknown,
  path: string,
  name: LocalizedText,
  add: (path: string, reason: LocalizedText) => void,
): void {
  if (!Array.isArray(v)) {
    add(
      path,
      t(
        `${name.en} must be a list of {role, level, count}.`,
        `${name.ja}は{role, level, count}のリストである必要があります。`,
      ),
    );
    return;
  }
  v.forEach((line: unknown, i) => {
    const l = line as Record<string, unknown> | null;
    if (!l || typeof l !== 'object') {
      add(
        `${path}[${i}]`,
        t(
          'Each line must be {role, level, count}.',
          '各行は{role, level, count}である必要があります。',
        ),
      );
      return;
    }
    if (!(ROLES as readonly unknown[]).includes(l.role))
      add(
        `${path}[${i}].role`,
        t(
          `Unknown role "${String(l.role)}" (${ROLES.join(', ')}).`,
          `不明な職種「${String(l.role)}」（${ROLES.join('、')}）。`,
        ),
      );
    if (!(LEVELS as readonly unknown[]).includes(l.level))
      add(
        `${path}[${i}].level`,
        t(
          `Unknown level "${String(l.level)}" (${LEVELS.join(', ')}).`,
          `不明なレベル「${String(l.level)}」（${LEVELS.join('、')}）。`,
        ),
      );
    if (typeof l.count !== 'number' || !Number.isInteger(l.count) || l.count < 0)
      add(
        `${path}[${i}].count`,
        t('Count must be a whole number, 0 or more.', '人数は0以上の整数で指定してください。'),
      );
  });
}
