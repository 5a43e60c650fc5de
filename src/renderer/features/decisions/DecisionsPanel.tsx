import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALLOCATION_SHARES,
  getLever,
  sameLeverValue,
  setLever,
  type AllocationShare,
  type Decisions,
  type DecisionProblem,
  type Game,
  type LeverId,
  type LeverInfo,
  type LeverValue,
  type Projection,
  type StaffLine,
} from '../../../sim/index';
import { formatMoney, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { LEVER_GLOSSARY } from '../help/glossaryIds';
import { AllocationSliders } from './AllocationSliders';
import { IdChecklist } from './IdChecklist';
import { LeverControl } from './LeverControl';
import { ProjectionPanel } from './ProjectionPanel';
import { StaffLinesTable } from './StaffLinesTable';
import { leverOf, problemsFor } from './problems';
import type { PlanSections } from './usePlanSections';

/** What the panel reads of the game: the quarter and the scenario's catalogues (a workshop sends only these). */
export type PlanSubject = Pick<Game, 'quarter'> & {
  scenario: Pick<Game['scenario'], 'initiatives' | 'riskRegister'>;
};

export interface DecisionsPanelProps {
  game: PlanSubject;
  levers: LeverInfo[];
  draft: Decisions;
  onDraftChange: (next: Decisions) => void;
  /** checkDecisions(game, draft): empty when the engine accepts the plan. */
  problems: DecisionProblem[];
  projection: Projection | undefined;
  onSubmit: () => void;
  format: FormatContext;
  /** The engine's refusal of the last submission, if any. */
  submitError?: string;
  /** The plan this quarter started from: each section counts the levers changed from it. */
  basePlan?: Decisions;
  /** Which sections are open; without it every section is open. */
  sections?: PlanSections;
  /** Shown below the sections, beside the side bar (which stays in view beside it too). */
  children?: ReactNode;
}

const RESPONSIBILITIES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Every lever the engine has, grouped by the VPoE's responsibilities, with the live projection. */
export function DecisionsPanel(props: DecisionsPanelProps) {
  const { game, levers, draft, onDraftChange, problems, projection, onSubmit, format } = props;
  const { t } = useTranslation('decisions');
  const pick = useLocalized();
  const reasonFor = (...leverIds: LeverId[]) =>
    problemsFor(problems, ...leverIds)
      .map((p) => pick(p.reason))
      .join(' ') || undefined;
  // The controls hand back a value of the lever's kind (LeverControl: number, flag or choice).
  const set = (leverId: LeverId, value: unknown) =>
    onDraftChange(setLever(draft, leverId, value as LeverValue<LeverId>));
  const shareId = (share: AllocationShare) => `allocation.${share}` as const satisfies LeverId;
  const { basePlan, sections } = props;
  const changedIn = (group: LeverInfo[]) =>
    basePlan
      ? group.filter(
          (l) => !sameLeverValue(l.kind, getLever(draft, l.id), getLever(basePlan, l.id)),
        ).length
      : 0;
  const shown = RESPONSIBILITIES.filter((r) => levers.some((l) => l.responsibility === r));

  function renderLever(lever: LeverInfo) {
    const value = getLever(draft, lever.id);
    const problem = reasonFor(lever.id);
    if (lever.kind === 'staff-lines') {
      return (
        <StaffLinesTable
          key={lever.id}
          lever={lever}
          lines={value as StaffLine[]}
          onChange={(lines) => set(lever.id, lines)}
          problem={problem}
        />
      );
    }
    if (lever.kind === 'ids') {
      const catalogue =
        lever.catalogue === 'initiatives'
          ? game.scenario.initiatives.map((i) => ({
              id: i.id,
              name: i.name,
              detail: pick(i.description),
            }))
          : game.scenario.riskRegister.map((r) => ({
              id: r.id,
              name: r.name,
              detail: t('riskCost', { cost: formatMoney(r.costPerQuarter, format) }),
            }));
      return (
        <IdChecklist
          key={lever.id}
          lever={lever}
          items={catalogue}
          selected={value as string[]}
          onChange={(ids) => set(lever.id, ids)}
          glossaryId={LEVER_GLOSSARY[lever.id]}
          problem={problem}
        />
      );
    }
    return (
      <LeverControl
        key={lever.id}
        lever={lever}
        value={value}
        onChange={(v) => set(lever.id, v)}
        format={format}
        glossaryId={LEVER_GLOSSARY[lever.id]}
        problem={problem}
      />
    );
  }

  const valid = problems.length === 0;
  return (
    // Enter in a field must never end the quarter: the plan is not a <form>, so the browser has
    // no implicit submission to make; End quarter is an explicit press.
    <section className="decisions-layout" aria-labelledby="decisions-title">
      <div className="decisions">
        <div className="decisions-head">
          <h2 id="decisions-title">{t('title', { quarter: game.quarter })}</h2>
          {sections && (
            <div className="button-row">
              <button
                type="button"
                onClick={() => sections.setAll(shown, true)}
                data-testid="open-all-sections"
              >
                {t('sections.openAll')}
              </button>
              <button type="button" onClick={() => sections.setAll(shown, false)}>
                {t('sections.closeAll')}
              </button>
            </div>
          )}
        </div>
        {shown.map((r) => {
          const group = levers.filter((l) => l.responsibility === r);
          const shares = ALLOCATION_SHARES.flatMap((share) => {
            const lever = group.find((l) => l.id === shareId(share));
            return lever ? [{ share, lever }] : [];
          });
          const others = group.filter((l) => l.kind !== 'share');
          const changed = changedIn(group);
          const problem = problemsFor(problems, ...group.map((l) => l.id)).length > 0;
          return (
            <details
              key={r}
              className="panel responsibility"
              open={sections ? sections.isOpen(r) : true}
              onToggle={(e) => sections?.setOpen(r, e.currentTarget.open)}
              data-testid={`responsibility-${r}`}
            >
              <summary>
                <span className="responsibility-title">
                  {r <= 7 ? `${r}. ` : ''}
                  {t(`responsibility.${r}.title`)}
                </span>
                {changed > 0 && (
                  <span className="section-badge" data-testid={`changed-${r}`}>
                    {t('sections.changed', { count: changed })}
                  </span>
                )}
                {problem && (
                  <span className="section-badge section-problem">{t('sections.problem')}</span>
                )}
                <span className="responsibility-why muted small">
                  {t(`responsibility.${r}.why`)}
                </span>
              </summary>
              {shares.length > 0 && (
                <>
                  <AllocationSliders<AllocationShare>
                    shares={shares.map(({ share, lever }) => ({
                      key: share,
                      label: pick(lever.label),
                      help: pick(lever.help),
                      glossaryId: LEVER_GLOSSARY[lever.id],
                    }))}
                    value={draft.allocation}
                    onChange={(allocation) =>
                      onDraftChange(
                        ALLOCATION_SHARES.reduce(
                          (d, share) => setLever(d, shareId(share), allocation[share]),
                          draft,
                        ),
                      )
                    }
                  />
                  {reasonFor(...shares.map((s) => s.lever.id)) && (
                    <p className="bad" role="alert">
                      {reasonFor(...shares.map((s) => s.lever.id))}
                    </p>
                  )}
                </>
              )}
              <div className="lever-grid">{others.map(renderLever)}</div>
            </details>
          );
        })}
        {props.children}
      </div>
      <aside className="decisions-side" aria-label={t('sideLabel')}>
        <div className="panel submit-bar" id="plan-submit" tabIndex={-1}>
          {!valid && (
            <div className="error-box" role="alert" data-testid="decision-problems">
              <strong>{t('problemsTitle')}</strong>
              <ul className="problems">
                {problems.map((p, i) => {
                  const lever = leverOf(p, levers);
                  return (
                    <li key={`${p.path}-${i}`}>
                      {lever ? `${pick(lever.label)}: ` : ''}
                      {pick(p.reason)}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {props.submitError && (
            <p className="error-box" role="alert">
              {props.submitError}
            </p>
          )}
          <button
            type="button"
            className="primary end-quarter"
            disabled={!valid}
            onClick={() => {
              if (valid) onSubmit();
            }}
            data-testid="end-quarter"
            id="end-quarter"
          >
            {t('submit')}
          </button>
          {!valid && <p className="muted small">{t('submitDisabled')}</p>}
        </div>
        <ProjectionPanel projection={projection} format={format} />
      </aside>
    </section>
  );
}
