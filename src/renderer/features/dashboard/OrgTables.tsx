import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import type { OrgView } from '../../../sim/index';
import { DataTable } from '../../components/DataTable';
import { formatNumber, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';

export interface OrgTablesProps {
  org: OrgView;
  format: FormatContext;
}

interface TeamRow {
  name: string;
  kind: string;
  size: number;
}
interface StaffRow {
  role: string;
  level: string;
  count: number;
  ramping: number;
}
interface PipelineRow {
  role: string;
  level: string;
  count: number;
  arrivesQuarter: number;
}

/** The organisation (selectOrg): teams, headcount by role and level, the hiring pipeline. */
export function OrgTables({ org, format }: OrgTablesProps) {
  const { t } = useTranslation('dashboard');
  const tr = useTranslation('decisions').t;
  const pick = useLocalized();
  const num = (v: number) => formatNumber(v, format, 0);

  const teams = useMemo<TeamRow[]>(
    () =>
      org.teams.map((team) => ({
        name: pick(team.name),
        kind: t(`teamKind.${team.kind}`),
        size: team.size,
      })),
    [org, pick, t],
  );
  const staff = useMemo<StaffRow[]>(
    () =>
      org.byRoleLevel.map((r) => ({
        role: tr(`roleName.${r.role}`),
        level: tr(`level.${r.level}`),
        count: r.count,
        ramping: r.ramping,
      })),
    [org, tr],
  );
  const pipeline = useMemo<PipelineRow[]>(
    () =>
      org.pipeline.map((p) => ({
        role: tr(`roleName.${p.role}`),
        level: tr(`level.${p.level}`),
        count: p.count,
        arrivesQuarter: p.arrivesQuarter,
      })),
    [org, tr],
  );

  const teamCol = createColumnHelper<TeamRow>();
  const staffCol = createColumnHelper<StaffRow>();
  const pipeCol = createColumnHelper<PipelineRow>();
  const teamColumns = [
    teamCol.accessor('name', { header: t('col.team') }),
    teamCol.accessor('kind', { header: t('col.kind') }),
    teamCol.accessor('size', { header: t('col.size'), cell: (c) => num(c.getValue()) }),
  ];
  const staffColumns = [
    staffCol.accessor('role', { header: t('col.role') }),
    staffCol.accessor('level', { header: t('col.level') }),
    staffCol.accessor('count', { header: t('col.count'), cell: (c) => num(c.getValue()) }),
    staffCol.accessor('ramping', { header: t('col.ramping'), cell: (c) => num(c.getValue()) }),
  ];
  const pipeColumns = [
    pipeCol.accessor('role', { header: t('col.role') }),
    pipeCol.accessor('level', { header: t('col.level') }),
    pipeCol.accessor('count', { header: t('col.count'), cell: (c) => num(c.getValue()) }),
    pipeCol.accessor('arrivesQuarter', {
      header: t('col.arrives'),
      cell: (c) => t('quarterShort', { n: c.getValue() }),
    }),
  ];

  return (
    <section className="panel" aria-labelledby="org-title">
      <h2 id="org-title">{t('org.title')}</h2>
      <dl className="org-summary">
        <div>
          <dt>
            <GlossaryTerm termId="headcount">{t('org.headcount')}</GlossaryTerm>
          </dt>
          <dd>{num(org.headcount)}</dd>
        </div>
        <div>
          <dt>{t('org.managers')}</dt>
          <dd>{num(org.managers)}</dd>
        </div>
        <div>
          <dt>
            <GlossaryTerm termId="spanOfControl">{t('org.span')}</GlossaryTerm>
          </dt>
          <dd>{formatNumber(org.spanOfControl, format, 1)}</dd>
        </div>
        <div>
          <dt>
            <GlossaryTerm termId="contractors">{t('org.contractors')}</GlossaryTerm>
          </dt>
          <dd>{num(org.contractors)}</dd>
        </div>
      </dl>
      <div className="org-tables">
        <DataTable
          caption={t('org.teams')}
          data={teams}
          columns={teamColumns}
          testId="table-teams"
        />
        <DataTable
          caption={t('org.staff')}
          data={staff}
          columns={staffColumns}
          testId="table-staff"
        />
        <DataTable
          caption={t('org.pipeline')}
          data={pipeline}
          columns={pipeColumns}
          testId="table-pipeline"
        />
      </div>
    </section>
  );
}
