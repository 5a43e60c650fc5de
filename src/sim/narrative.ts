/**
 * Narrative texts for quarter events, built lazily from an event's kind and params (the
 * quarter step stores only ids and numbers).
 */
import { deckFor } from './deck';
import { groupThousands, jaName, moneyText } from './format';
import type { Scenario } from './scenario/schema';
import { STAKEHOLDER_WHO } from './stakeholder-names';
import type { EventRecord, LocalizedText } from './types';

/**
 * What of the scenario an event's text needs: its currency, its initiatives' names and its deck
 * (a risk's report text).
 */
export type NarrativeContext = Pick<Scenario, 'currency' | 'initiatives' | 'deck'>;

const money = (n: number, currency: NarrativeContext['currency']): LocalizedText =>
  moneyText(n, currency);

const WHO: Record<string, LocalizedText> = STAKEHOLDER_WHO;

/** Downtime in whole minutes (the step rounds them), in words that agree with the number. */
function downtime(minutes: number): LocalizedText {
  if (minutes < 1) return { en: 'less than a minute of downtime', ja: 'ダウンタイム1分未満' };
  const n = groupThousands(minutes);
  return {
    en: `${n} ${minutes === 1 ? 'minute' : 'minutes'} of downtime`,
    ja: `ダウンタイム${n}分`,
  };
}

export function describeEvent(e: EventRecord, scenario: NarrativeContext): LocalizedText {
  const p = e.params;
  const { currency } = scenario;
  switch (e.kind) {
    case 'incident': {
      const d = downtime(Number(p.minutes));
      return {
        en: `A severity-${p.severity} incident: ${d.en}.`,
        ja: `重大度${p.severity}のインシデント: ${d.ja}。`,
      };
    }
    case 'breach': {
      const c = money(Number(p.cost), currency);
      return {
        en: `A data breach cost ${c.en}, customers and trust.`,
        ja: `情報漏えいにより${c.ja}の損失と、顧客と信頼を失いました。`,
      };
    }
    case 'key-person':
      return {
        en: 'A key engineer resigned, taking knowledge with them.',
        ja: '中心的なエンジニアが退職し、知識も一緒に失われました。',
      };
    case 'manager-burnout':
      return Number(p.left) > 0
        ? { en: 'A manager burnt out and left.', ja: 'マネージャーが燃え尽きて退職しました。' }
        : {
            en: 'A manager burnt out and is struggling.',
            ja: 'マネージャーが燃え尽き、苦しんでいます。',
          };
    case 'hiring-market-hot':
      return {
        en: 'The hiring market heated up: offers are harder to land.',
        ja: '採用市場が過熱し、内定承諾を得にくくなりました。',
      };
    case 'hiring-market-cool':
      return {
        en: 'The hiring market cooled: candidates are easier to find.',
        ja: '採用市場が落ち着き、候補者を見つけやすくなりました。',
      };
    case 'market-boom':
      return {
        en: 'The market is booming: buyers are spending, bookings run ahead of plan, and engineers are harder to hire and keep.',
        ja: '市場が好況に入りました。顧客の購買が活発で受注は計画を上回り、エンジニアの採用と定着は難しくなります。',
      };
    case 'market-downturn':
      return {
        en: 'The market turned down: buyers cut budgets, bookings fall, churn rises and investors hold back; candidates are easier to find.',
        ja: '市場が不況に転じました。顧客は予算を削り、受注は減り、解約は増え、投資家は慎重になります。候補者は見つけやすくなります。',
      };
    case 'market-normal':
      return {
        en: 'The market is back to normal: bookings, churn and hiring return to their usual pace.',
        ja: '市場は平常に戻りました。受注、解約、採用はいつものペースに戻ります。',
      };
    case 'competitor-launch':
      return {
        en: 'A competitor launched a strong release.',
        ja: '競合が強力な新機能をリリースしました。',
      };
    case 'funding-won': {
      const c = money(Number(p.amount), currency);
      return {
        en: `A funding round closed: ${c.en} raised.`,
        ja: `資金調達が完了し、${c.ja}を調達しました。`,
      };
    }
    case 'funding-lost':
      return {
        en: 'Investors passed on the funding round.',
        ja: '投資家は今回の資金調達を見送りました。',
      };
    case 'budget-cut':
      return { en: 'The board cut the spending plan.', ja: '取締役会が支出計画を削減しました。' };
    case 'large-deal':
      return {
        en: 'A large deal is on the table if a feature ships in time.',
        ja: '機能が間に合えば大型案件を受注できそうです。',
      };
    case 'cloud-price-rise':
      return {
        en: `The cloud provider raised prices by ${p.pct}%.`,
        ja: `クラウドプロバイダーが価格を${p.pct}%値上げしました。`,
      };
    case 'regulatory-audit': {
      const c = money(Number(p.cost), currency);
      // An order (model/regulator.ts) when the audit found a backlog nobody was working down.
      const order = Number(p.order ?? 0);
      if (order > 0)
        return {
          en: `A regulatory audit cost ${c.en} and found the vulnerability backlog unremediated: the regulator ordered improvements. For ${p.quarters} quarters the remediation takes ${order}% of feature work and new sign-ups are restricted.`,
          ja: `規制当局の監査で${c.ja}の費用がかかり、脆弱性の未対応が放置されていると指摘され、業務改善命令を受けました。${p.quarters} 四半期のあいだ、是正作業が機能開発の${order}%を使い、新規契約が制限されます。`,
        };
      return {
        en: `A regulatory audit cost ${c.en}.`,
        ja: `規制当局の監査で${c.ja}の費用がかかりました。`,
      };
    }
    case 'risk-happened': {
      // The card's own words for the risk that came true (model/chance.ts).
      const option = deckFor(scenario)
        .dilemmas.find((c) => c.id === p.card)
        ?.options.find((o) => o.id === p.option);
      const report = option?.delayed[Number(p.entry)]?.chance?.report;
      return (
        report ?? {
          en: 'A risk taken with an earlier choice came true.',
          ja: '以前の選択で取ったリスクが現実になりました。',
        }
      );
    }
    case 'initiative-complete': {
      // The player reads the initiative's name, never its id.
      const name = scenario.initiatives.find((i) => i.id === p.initiative)?.name ?? {
        en: String(p.initiative),
        ja: String(p.initiative),
      };
      return {
        en: `${name.en} is complete.`,
        ja: `取り組み「${name.ja}」が完了しました。`,
      };
    }
    case 'commitment-met': {
      const w = WHO[String(p.stakeholder)] ?? WHO.ceo!;
      return {
        en: `You kept your commitment to ${w.en}.`,
        ja: `${jaName(w.ja)}への約束を守りました。`,
      };
    }
    case 'commitment-missed': {
      const w = WHO[String(p.stakeholder)] ?? WHO.ceo!;
      return {
        en: `You missed your commitment to ${w.en}.`,
        ja: `${jaName(w.ja)}への約束を果たせませんでした。`,
      };
    }
    default:
      return { en: e.kind, ja: e.kind };
  }
}
