/**
 * Words for lever values and event answers, shared by the replay viewer and the compare view.
 * Formatting only: values are the decisions as the engine stored them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deckFor,
  selectLevers,
  type Game,
  type LeverId,
  type LeverInfo,
  type LeverValue,
  type LocalizedText,
  type Scenario,
} from '../../../sim/index';
import { formatNumber, formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';

const LEVERS: ReadonlyMap<LeverId, LeverInfo> = new Map(selectLevers().map((l) => [l.id, l]));

/** Lever labels and values; ids (initiatives, risk mitigations) by their names in `scenario`. */
export function useLeverText(format: FormatContext, scenario: Scenario) {
  const { t } = useTranslation('compare');
  // Role and level names are the plan screen's (features/decisions), so both read the same.
  const td = useTranslation('decisions').t;
  const pick = useLocalized();
  return useMemo(() => {
    const label = (leverId: LeverId) => {
      const info = LEVERS.get(leverId);
      return info ? pick(info.label) : leverId;
    };
    const names = new Map<string, LocalizedText>([
      ...scenario.initiatives.map((i) => [i.id, i.name] as const),
      ...scenario.riskRegister.map((r) => [r.id, r.name] as const),
    ]);
    const idName = (id: string) => {
      const name = names.get(id);
      return name ? pick(name) : id;
    };
    const value = (leverId: LeverId, v: LeverValue<LeverId> | undefined): string => {
      if (v === undefined) return '—';
      const info = LEVERS.get(leverId);
      if (typeof v === 'boolean') return t(v ? 'on' : 'off');
      if (typeof v === 'number') {
        // A level lever (none/low/medium/high) reads by its level's name, as on the plan.
        const level = info?.choices?.find((c) => c.value === v);
        if (level) return pick(level.label);
        if (!info?.unit || info.unit === 'level') return formatNumber(v, format, 2);
        return formatValue(v, info.unit, format);
      }
      if (typeof v === 'string') {
        const choice = info?.choices?.find((c) => c.value === v);
        return choice ? pick(choice.label) : v;
      }
      if (v.length === 0) return t('none');
      return v
        .map((item) => {
          if (item && typeof item === 'object' && 'count' in item) {
            const line = item as { role: string; level: string; count: number };
            return t('staffLine', {
              count: line.count,
              level: td(`level.${line.level}`),
              role: td(`roleName.${line.role}`),
            });
          }
          return idName(String(item));
        })
        .join(t('listSeparator'));
    };
    return { label, value };
  }, [t, td, pick, format, scenario]);
}

/** The title of a dilemma card or request and the label of one of its options. */
export function useChoiceText(game: Game) {
  const { t } = useTranslation('compare');
  const pick = useLocalized();
  return useMemo(() => {
    const deck = deckFor(game.scenario);
    const card = (id: string) => deck.dilemmas.find((c) => c.id === id);
    return {
      title: (sourceId: string) => {
        const c = card(sourceId);
        if (c) return pick(c.title);
        const r = deck.requestsById.get(sourceId);
        return r ? pick(r.title) : sourceId;
      },
      option: (sourceId: string, optionId: string | null) => {
        if (optionId === null) return t('notFaced');
        const o = card(sourceId)?.options.find((x) => x.id === optionId);
        if (o) return pick(o.label);
        if (optionId === 'accept' || optionId === 'decline') return t(optionId);
        return optionId;
      },
    };
  }, [game.scenario, pick, t]);
}
