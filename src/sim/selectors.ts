/**
 * Selectors: what the renderer and the CLI read. They format nothing numeric themselves but
 * build LocalizedText lazily from ids and params (kept out of the quarter step).
 */
import { DRIVER_IDS, DRIVER_LABELS, DRIVEN_METRICS } from './model/drivers';
import { leverInfos } from './levers/info';
import { ENABLING_TEAM_MIN_ICS, ENABLING_TEAM_SIZE } from './model/enabling';
import { countOf } from './model/staff';
import { describeEvent } from './narrative';
import { jaName } from './format';
import { STAKEHOLDER_WHO } from './stakeholder-names';
import { gameScore, scoreGame } from './model/score';
import { choicesOf } from './model/turning-points';
import type {
  Game,
  Kpi,
  KpiArea,
  LeverInfo,
  LocalizedText,
  MetricDrivers,
  MetricId,
  OrgView,
  Outcome,
  QuarterMetrics,
  QuarterRecord,
  QuarterReport,
  StakeholderId,
  TeamView,
  TurningPoint,
} from './types';
import { LEVELS, ROLES } from './types';

interface KpiDef {
  id: MetricId;
  area: KpiArea;
  label: LocalizedText;
  unit: string;
  better: 'up' | 'down';
}

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

export const KPI_DEFS: readonly KpiDef[] = [
  { id: 'arr', area: 'business', label: t('ARR', 'ARR'), unit: 'currency', better: 'up' },
  {
    id: 'growth',
    area: 'business',
    label: t('Growth (annualised)', '成長率（年率）'),
    unit: 'ratio',
    better: 'up',
  },
  { id: 'cash', area: 'business', label: t('Cash', '現金残高'), unit: 'currency', better: 'up' },
  {
    id: 'runwayQuarters',
    area: 'business',
    label: t('Runway', 'ランウェイ'),
    unit: 'runway',
    better: 'up',
  },
  {
    id: 'burnMultiple',
    area: 'business',
    label: t('Burn multiple', 'バーンマルチプル'),
    unit: 'x',
    better: 'down',
  },
  {
    id: 'ruleOf40',
    area: 'business',
    label: t('Rule of 40', 'Rule of 40'),
    unit: 'points',
    better: 'up',
  },
  {
    id: 'nrr',
    area: 'business',
    label: t('Net revenue retention', '売上継続率（NRR）'),
    unit: 'ratio',
    better: 'up',
  },
  {
    id: 'grossMargin',
    area: 'business',
    label: t('Gross margin', '粗利率'),
    unit: 'ratio',
    better: 'up',
  },
  {
    id: 'featuresDelivered',
    area: 'delivery',
    label: t('Features delivered', '機能デリバリー'),
    unit: 'points',
    better: 'up',
  },
  {
    id: 'deployFrequency',
    area: 'delivery',
    label: t('Deploy frequency', 'デプロイ頻度'),
    unit: 'per day',
    better: 'up',
  },
  {
    id: 'leadTimeDays',
    area: 'delivery',
    label: t('Lead time', 'リードタイム'),
    unit: 'days',
    better: 'down',
  },
  {
    id: 'changeFailureRate',
    area: 'delivery',
    label: t('Change failure rate', '変更失敗率'),
    unit: 'ratio',
    better: 'down',
  },
  {
    id: 'debtTax',
    area: 'delivery',
    label: t('Debt tax', '負債税'),
    unit: 'ratio',
    better: 'down',
  },
  {
    id: 'techDebt',
    area: 'delivery',
    label: t('Code debt', 'コード負債'),
    unit: 'index',
    better: 'down',
  },
  {
    id: 'incidents',
    area: 'reliability',
    label: t('Incidents', 'インシデント'),
    unit: 'count',
    better: 'down',
  },
  {
    id: 'mttrHours',
    area: 'reliability',
    label: t('Time to restore', '復旧時間'),
    unit: 'hours',
    better: 'down',
  },
  {
    id: 'downtimeMinutes',
    area: 'reliability',
    label: t('Downtime', 'ダウンタイム'),
    unit: 'minutes',
    better: 'down',
  },
  {
    id: 'sloAttainment',
    area: 'reliability',
    label: t('Availability', '可用性'),
    unit: 'ratio',
    better: 'up',
  },
  {
    id: 'breachRisk',
    area: 'reliability',
    label: t('Breach risk (quarter)', '情報漏えいリスク（四半期）'),
    unit: 'ratio',
    better: 'down',
  },
  {
    id: 'headcount',
    area: 'people',
    label: t('Headcount', '人員数'),
    unit: 'people',
    better: 'up',
  },
  {
    id: 'attritionRate',
    area: 'people',
    label: t('Attrition (annualised)', '離職率（年率）'),
    unit: 'ratio',
    better: 'down',
  },
  {
    id: 'engagement',
    area: 'people',
    label: t('Engagement', 'エンゲージメント'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'exhaustion',
    area: 'people',
    label: t('Exhaustion', '疲弊度'),
    unit: 'index',
    better: 'down',
  },
  {
    id: 'cloudCost',
    area: 'cost',
    label: t('Cloud bill', 'クラウド費用'),
    unit: 'currency',
    better: 'down',
  },
  {
    id: 'costPerEngineer',
    area: 'cost',
    label: t('Cost per engineer (quarter)', 'エンジニア1人あたりコスト（四半期）'),
    unit: 'currency',
    better: 'down',
  },
  {
    id: 'budgetUse',
    area: 'cost',
    label: t('Engineering budget used', 'エンジニアリング予算の消化率'),
    unit: 'ratio',
    better: 'down',
  },
  {
    id: 'costs',
    area: 'cost',
    label: t('Total costs (quarter)', '総コスト（四半期）'),
    unit: 'currency',
    better: 'down',
  },
  {
    id: 'boardConfidence',
    area: 'stakeholders',
    label: t('Board confidence', '取締役会の信任'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'trustCeo',
    area: 'stakeholders',
    label: t('CEO trust', 'CEO の信頼'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'trustCfo',
    area: 'stakeholders',
    label: t('CFO trust', 'CFO の信頼'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'trustCto',
    area: 'stakeholders',
    label: t('CTO trust', 'CTO の信頼'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'trustCpo',
    area: 'stakeholders',
    label: t('CPO trust', 'CPO の信頼'),
    unit: 'index',
    better: 'up',
  },
  {
    id: 'trustHr',
    area: 'stakeholders',
    label: t('HR trust', '人事の信頼'),
    unit: 'index',
    better: 'up',
  },
];

/** The metrics as they stood before quarter 1 (the scenario's start). */
export function startMetrics(game: Game): QuarterMetrics {
  return baselineOf(game);
}

function previousMetrics(game: Game, quarter: number): QuarterMetrics {
  if (quarter <= 1) return baselineOf(game);
  const rec = game.history[quarter - 2];
  return rec ? rec.metrics : baselineOf(game);
}

/** Quarter-0 metrics (the scenario's starting point). */
function baselineOf(game: Game): QuarterMetrics {
  return game.baseline;
}

export function selectKpis(game: Game): Kpi[] {
  const current = game.history.length > 0 ? game.state.last : baselineOf(game);
  const prev =
    game.history.length > 1 ? game.history[game.history.length - 2]?.metrics : baselineOf(game);
  return KPI_DEFS.map((k) => ({
    id: k.id,
    area: k.area,
    label: k.label,
    unit: k.unit,
    value: current[k.id],
    delta: current[k.id] - (prev ?? current)[k.id],
    history: game.history.map((h) => h.metrics[k.id]),
    better: k.better,
  }));
}

export function selectHistory(game: Game): QuarterRecord[] {
  return game.history;
}

export function selectDrivers(game: Game, quarter: number): MetricDrivers[] {
  const rec = game.history[quarter - 1];
  if (!rec) return [];
  const prev = previousMetrics(game, quarter);
  return DRIVEN_METRICS.map((metric) => {
    const values = rec.drivers[metric] ?? [];
    const ids = DRIVER_IDS[metric];
    return {
      metric,
      from: prev[metric],
      to: rec.metrics[metric],
      parts: ids.map((id, i) => ({
        id,
        label: DRIVER_LABELS[id] ?? t(id, id),
        value: values[i] ?? 0,
      })),
    };
  });
}

export function selectQuarterReport(game: Game, quarter: number): QuarterReport {
  const rec = game.history[quarter - 1];
  if (!rec)
    throw new RangeError(`quarter ${quarter} has not been played (played: ${game.history.length})`);
  const prev = previousMetrics(game, quarter);
  const m = rec.metrics;
  const reactions: QuarterReport['stakeholderReactions'] = (
    [
      ['ceo', m.trustCeo - prev.trustCeo],
      ['cfo', m.trustCfo - prev.trustCfo],
      ['cto', m.trustCto - prev.trustCto],
      ['cpo', m.trustCpo - prev.trustCpo],
      ['hr', m.trustHr - prev.trustHr],
    ] as [StakeholderId, number][]
  ).map(([stakeholder, delta]) => ({ stakeholder, delta, text: reactionText(stakeholder, delta) }));
  const incidents = rec.events
    .filter((e) => e.kind === 'incident')
    .map((e) => ({ severity: Number(e.params.severity), minutes: Number(e.params.minutes) }));
  return {
    quarter,
    metrics: m,
    previous: prev,
    decisions: rec.decisions,
    choices: rec.choices,
    events: rec.events,
    incidents,
    hires: m.hires,
    leavers: m.leavers,
    drivers: selectDrivers(game, quarter),
    stakeholderReactions: reactions,
    narrative: rec.events
      .filter((e) => e.kind !== 'incident')
      .map((e) => describeEvent(e, game.scenario)),
  };
}

function reactionText(s: StakeholderId, delta: number): LocalizedText {
  // The sentence's subject: the name the other texts use ('the CFO'), capitalised ('The CFO').
  const name = STAKEHOLDER_WHO[s];
  const who = t(name.en.charAt(0).toUpperCase() + name.en.slice(1), name.ja);
  if (delta > 2) return t(`${who.en} is pleased.`, `${jaName(who.ja)}は満足しています。`);
  if (delta < -2)
    return t(`${who.en} is losing confidence.`, `${jaName(who.ja)}の信頼が揺らいでいます。`);
  return t(`${who.en} is watching.`, `${jaName(who.ja)}は様子を見ています。`);
}

const ROLE_TEAM_NAMES = ['Stream', 'ストリーム'];

export function selectOrg(game: Game): OrgView {
  const s = game.state;
  const byRoleLevel: OrgView['byRoleLevel'] = [];
  let headcount = 0;
  let managers = 0;
  ROLES.forEach((role, r) =>
    LEVELS.forEach((level, l) => {
      const count = countOf(s, r, l);
      const base = (r * 4 + l) * 4;
      const ramping = (s.staff[base] ?? 0) + (s.staff[base + 1] ?? 0) + (s.staff[base + 2] ?? 0);
      headcount += count;
      if (level === 'manager') managers += count;
      byRoleLevel.push({ role, level, count, ramping });
    }),
  );
  const d = game.log[game.log.length - 1]?.decisions ?? game.scenario.startingDecisions;
  const teams: TeamView[] = [];
  const platformSize = byRoleLevel
    .filter((x) => x.role === 'platform' && x.level !== 'manager')
    .reduce((a, b) => a + b.count, 0);
  const platform = d.org.platformTeam && platformSize > 0;
  const enabling = d.org.enablingTeam && headcount - managers >= ENABLING_TEAM_MIN_ICS;
  const streamIcs = Math.max(
    1,
    headcount - managers - (platform ? platformSize : 0) - (enabling ? ENABLING_TEAM_SIZE : 0),
  );
  const streams = Math.max(1, Math.ceil(streamIcs / d.org.teamSizeTarget));
  for (let i = 0; i < streams; i++) {
    const size = Math.floor(streamIcs / streams) + (i < streamIcs % streams ? 1 : 0);
    teams.push({
      id: `stream-${i + 1}`,
      name: t(`${ROLE_TEAM_NAMES[0]} ${i + 1}`, `${ROLE_TEAM_NAMES[1]}${i + 1}`),
      kind: 'stream',
      size,
    });
  }
  if (platform)
    teams.push({
      id: 'platform',
      name: t('Platform', 'プラットフォーム'),
      kind: 'platform',
      size: platformSize,
    });
  if (enabling)
    teams.push({
      id: 'enabling',
      name: t('Enabling', 'イネーブリング'),
      kind: 'enabling',
      size: ENABLING_TEAM_SIZE,
    });
  return {
    headcount,
    byRoleLevel,
    teams,
    managers,
    spanOfControl: (headcount - managers) / Math.max(1, managers),
    contractors: d.budget.contractors,
    pipeline: s.pipeline,
  };
}

export function selectOutcome(game: Game): Outcome {
  return scoreGame(game);
}

/** What the player answered at the end of `quarter` (1-based): each dilemma's or request's title and the option chosen. */
export function selectChoices(game: Game, quarter: number): TurningPoint['choices'] {
  return choicesOf(game, quarter);
}

/** selectOutcome's status, score and grade alone (cheaper: no turning points or texts). */
export function selectScore(game: Game): Pick<Outcome, 'status' | 'score' | 'grade'> {
  return gameScore(game);
}

/**
 * Every lever, in the lever table's order. With a game, each lever's range is narrowed to the
 * game's limits (scenario caps, people there are) and the limit is described.
 */
export function selectLevers(game?: Game): LeverInfo[] {
  return leverInfos(game);
}
