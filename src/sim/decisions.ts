/**
 * Guards for the player's decisions: shape and range of every lever (from the lever table),
 * allocation summing to 100, the scenario's hiring and contractor limits, known ids, and
 * layoffs/promotions within the current staff. Returns [] when the decisions are valid.
 */
import { LEVERS } from './levers';
import { countOf, LEVEL_INDEX, ROLE_INDEX } from './model/staff';
import type { Decisions, DecisionProblem, Game, LocalizedText } from './types';
import { LEVELS, ROLES } from './types';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

type Getter = (obj: unknown) => unknown;
const step =
  (key: string, next: Getter): Getter =>
  (obj) =>
    obj !== null && typeof obj === 'object'
      ? next((obj as Record<string, unknown>)[key])
      : undefined;
const identity: Getter = (v) => v;

/** One getter per lever path, built once (reading by dotted path on every check was slow). */
const GETTERS = new Map<string, Getter>(
  LEVERS.map((l) => [
    l.id,
    l.id.split('.').reduceRight<Getter>((next, key) => step(key, next), identity),
  ]),
);

function read(obj: unknown, path: string): unknown {
  const get = GETTERS.get(path);
  return get ? get(obj) : undefined;
}

function fmt(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** All problems with `d` for this game (the shape is checked too, so untyped JSON is safe). */
export function checkDecisions(game: Game, d: Decisions): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const add = (path: string, reason: LocalizedText) => problems.push({ path, reason });
  if (d === null || typeof d !== 'object') {
    add('', t('Decisions must be an object.', '意思決定はオブジェクトである必要があります。'));
    return problems;
  }
  const scenario = game.scenario;
  for (const lever of LEVERS) {
    const v = read(d, lever.id);
    const name = lever.label;
    if (lever.kind === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        add(lever.id, t(`${name.en} must be a number.`, `${name.ja}は数値である必要があります。`));
        continue;
      }
      const min = lever.min ?? -Infinity;
      const max =
        lever.id === 'org.teamSizeTarget' ? scenario.limits.maxTeamSize : (lever.max ?? Infinity);
      if (v < min || v > max)
        add(
          lever.id,
          t(
            `${name.en} must be between ${fmt(min)} and ${fmt(max)} (got ${fmt(v)}).`,
            `${name.ja}は${fmt(min)}から${fmt(max)}の範囲で指定してください(指定値: ${fmt(v)})。`,
          ),
        );
      else if (lever.step === 1 && !Number.isInteger(v))
        add(
          lever.id,
          t(`${name.en} must be a whole number.`, `${name.ja}は整数で指定してください。`),
        );
    } else if (lever.kind === 'boolean') {
      if (typeof v !== 'boolean')
        add(
          lever.id,
          t(`${name.en} must be on or off.`, `${name.ja}はオンかオフで指定してください。`),
        );
    } else if (lever.kind === 'choice') {
      const ok = (lever.choices ?? []).some((c) => c.value === v);
      if (!ok)
        add(
          lever.id,
          t(
            `${name.en} must be one of: ${(lever.choices ?? []).map((c) => String(c.value)).join(', ')}.`,
            `${name.ja}は次のいずれかです: ${(lever.choices ?? []).map((c) => String(c.value)).join('、')}。`,
          ),
        );
    } else if (lever.kind === 'staff-lines') {
      checkStaffLines(v, lever.id, name, add);
    } else {
      const known = new Set(
        lever.id === 'initiatives'
          ? scenario.initiatives.map((i) => i.id)
          : scenario.riskRegister.map((r) => r.id),
      );
      if (!Array.isArray(v)) {
        add(
          lever.id,
          t(`${name.en} must be a list of ids.`, `${name.ja}はIDのリストである必要があります。`),
        );
        continue;
      }
      const seen = new Set<string>();
      v.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || !known.has(id))
          add(
            `${lever.id}[${i}]`,
            t(
              `Unknown id "${String(id)}" in ${name.en}.`,
              `${name.ja}に不明なID「${String(id)}」があります。`,
            ),
          );
        else if (seen.has(id))
          add(
            `${lever.id}[${i}]`,
            t(`"${id}" is listed twice in ${name.en}.`, `${name.ja}に「${id}」が2回あります。`),
          );
        seen.add(String(id));
      });
    }
  }
  if (problems.length > 0) return problems;

  const a = d.allocation;
  const sum = a.features + a.debtPaydown + a.reliability + a.security + a.innovation;
  if (Math.abs(sum - 100) > 1e-9)
    add(
      'allocation',
      t(
        `Capacity allocation must sum to 100% (it sums to ${fmt(sum)}%).`,
        `キャパシティ配分の合計は100%にしてください(現在${fmt(sum)}%)。`,
      ),
    );
  const hires = d.talent.hiring.reduce((n, l) => n + l.count, 0);
  if (hires > scenario.limits.maxHiresPerQuarter)
    add(
      'talent.hiring',
      t(
        `At most ${scenario.limits.maxHiresPerQuarter} requisitions a quarter in this scenario (planned ${hires}).`,
        `このシナリオでは1四半期の採用枠は最大${scenario.limits.maxHiresPerQuarter}件です(計画: ${hires}件)。`,
      ),
    );
  if (d.budget.contractors > scenario.limits.maxContractors)
    add(
      'budget.contractors',
      t(
        `At most ${scenario.limits.maxContractors} contractors in this scenario.`,
        `このシナリオでは業務委託は最大${scenario.limits.maxContractors}名です。`,
      ),
    );
  d.talent.layoffs.forEach((line, i) => {
    const have = countOf(game.state, ROLE_INDEX[line.role], LEVEL_INDEX[line.level]);
    if (line.count > have)
      add(
        `talent.layoffs[${i}].count`,
        t(
          `Cannot lay off ${line.count} ${line.level} ${line.role} engineers: there are ${have}.`,
          `${line.role}/${line.level}を${line.count}名レイオフすることはできません(在籍${have}名)。`,
        ),
      );
  });
  const seniors = ROLES.reduce((n, _r, ri) => n + (game.state.staff[(ri * 4 + 1) * 4 + 3] ?? 0), 0);
  const promotions = d.org.promotionsToManager + d.org.promotionsToStaff;
  if (promotions > seniors)
    add(
      'org.promotionsToManager',
      t(
        `Only ${seniors} ramped senior engineers can be promoted (asked for ${promotions}).`,
        `昇格できる経験を積んだシニアは${seniors}名だけです(指定: ${promotions}名)。`,
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
          `不明な職種「${String(l.role)}」(${ROLES.join('、')})。`,
        ),
      );
    if (!(LEVELS as readonly unknown[]).includes(l.level))
      add(
        `${path}[${i}].level`,
        t(
          `Unknown level "${String(l.level)}" (${LEVELS.join(', ')}).`,
          `不明なレベル「${String(l.level)}」(${LEVELS.join('、')})。`,
        ),
      );
    if (typeof l.count !== 'number' || !Number.isInteger(l.count) || l.count < 0)
      add(
        `${path}[${i}].count`,
        t('Count must be a whole number, 0 or more.', '人数は0以上の整数で指定してください。'),
      );
  });
}

/** A deep copy of valid decisions (kept in history, so callers cannot mutate the record). */
export function cloneDecisions(d: Decisions): Decisions {
  // Field by field (not spread): one hidden class per group, and only known fields survive.
  const o = d.org;
  const p = d.process;
  const t = d.talent;
  const a = d.allocation;
  const b = d.budget;
  const r = d.trends;
  return {
    org: {
      teamSizeTarget: o.teamSizeTarget,
      platformTeam: o.platformTeam,
      enablingTeam: o.enablingTeam,
      promotionsToManager: o.promotionsToManager,
      promotionsToStaff: o.promotionsToStaff,
    },
    process: {
      ciCd: p.ciCd,
      testAutomation: p.testAutomation,
      codeReview: p.codeReview,
      postmortems: p.postmortems,
      documentation: p.documentation,
    },
    talent: {
      hiring: t.hiring.map((l) => ({ role: l.role, level: l.level, count: l.count })),
      payAdjustmentPct: t.payAdjustmentPct,
      training: t.training,
      careerLadder: t.careerLadder,
      layoffs: t.layoffs.map((l) => ({ role: l.role, level: l.level, count: l.count })),
    },
    allocation: {
      features: a.features,
      debtPaydown: a.debtPaydown,
      reliability: a.reliability,
      security: a.security,
      innovation: a.innovation,
    },
    initiatives: d.initiatives.slice(),
    budget: {
      rightsizing: b.rightsizing,
      commitmentCoverage: b.commitmentCoverage,
      contractors: b.contractors,
      tools: {
        observability: b.tools.observability,
        ci: b.tools.ci,
        securityScanning: b.tools.securityScanning,
      },
      sourcing: b.sourcing,
    },
    coaching: {
      oneOnOnes: d.coaching.oneOnOnes,
      leadershipTraining: d.coaching.leadershipTraining,
    },
    riskMitigations: d.riskMitigations.slice(),
    trends: {
      aiAdoption: r.aiAdoption,
      aiGuardrails: r.aiGuardrails,
      workPolicy: r.workPolicy,
      chaosEngineering: r.chaosEngineering,
      sloTarget: r.sloTarget,
      errorBudgetPolicy: r.errorBudgetPolicy,
    },
  };
}

const isGroup = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

function sameLines(a: unknown, b: readonly Decisions['talent']['hiring'][number][]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x: unknown = a[i];
    const y = b[i] as (typeof b)[number];
    if (!isGroup(x) || x.role !== y.role || x.level !== y.level || !Object.is(x.count, y.count))
      return false;
  }
  return true;
}

function sameIds(a: unknown, b: readonly string[]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether `d` repeats `prev` lever for lever (the fields cloneDecisions keeps, numbers compared
 * with Object.is so -0 and 0 differ) with no promotions and no layoffs. When `prev` is
 * decisions this game already accepted, such a `d` needs no checkDecisions: every check but
 * the layoff and promotion ones depends only on the decisions and the scenario, and `prev`
 * passed them. Headless play re-submits last quarter's plan most quarters, and the checks
 * were a tenth of its time. Safe on untyped input (anything else returns false).
 */
export function repeatsWithoutOneOffs(d: unknown, prev: Decisions): boolean {
  if (!isGroup(d)) return false;
  const { org, process: p, talent: t, allocation: a, budget: b, coaching: c, trends: r } = d;
  if (!isGroup(org) || !isGroup(p) || !isGroup(t) || !isGroup(a) || !isGroup(b)) return false;
  if (!isGroup(c) || !isGroup(r) || !isGroup(b.tools)) return false;
  const po = prev.org;
  const pp = prev.process;
  const pt = prev.talent;
  const pa = prev.allocation;
  const pb = prev.budget;
  const pr = prev.trends;
  return (
    Object.is(org.promotionsToManager, 0) &&
    Object.is(org.promotionsToStaff, 0) &&
    Array.isArray(t.layoffs) &&
    t.layoffs.length === 0 &&
    Object.is(org.teamSizeTarget, po.teamSizeTarget) &&
    org.platformTeam === po.platformTeam &&
    org.enablingTeam === po.enablingTeam &&
    Object.is(p.ciCd, pp.ciCd) &&
    Object.is(p.testAutomation, pp.testAutomation) &&
    Object.is(p.codeReview, pp.codeReview) &&
    p.postmortems === pp.postmortems &&
    Object.is(p.documentation, pp.documentation) &&
    sameLines(t.hiring, pt.hiring) &&
    Object.is(t.payAdjustmentPct, pt.payAdjustmentPct) &&
    Object.is(t.training, pt.training) &&
    t.careerLadder === pt.careerLadder &&
    Object.is(a.features, pa.features) &&
    Object.is(a.debtPaydown, pa.debtPaydown) &&
    Object.is(a.reliability, pa.reliability) &&
    Object.is(a.security, pa.security) &&
    Object.is(a.innovation, pa.innovation) &&
    sameIds(d.initiatives, prev.initiatives) &&
    b.rightsizing === pb.rightsizing &&
    Object.is(b.commitmentCoverage, pb.commitmentCoverage) &&
    Object.is(b.contractors, pb.contractors) &&
    b.tools.observability === pb.tools.observability &&
    b.tools.ci === pb.tools.ci &&
    b.tools.securityScanning === pb.tools.securityScanning &&
    b.sourcing === pb.sourcing &&
    Object.is(c.oneOnOnes, prev.coaching.oneOnOnes) &&
    Object.is(c.leadershipTraining, prev.coaching.leadershipTraining) &&
    sameIds(d.riskMitigations, prev.riskMitigations) &&
    Object.is(r.aiAdoption, pr.aiAdoption) &&
    Object.is(r.aiGuardrails, pr.aiGuardrails) &&
    r.workPolicy === pr.workPolicy &&
    r.chaosEngineering === pr.chaosEngineering &&
    Object.is(r.sloTarget, pr.sloTarget) &&
    r.errorBudgetPolicy === pr.errorBudgetPolicy
  );
}
