// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../src/renderer/components/DataTable';
import { createTestI18n } from './testI18n';

interface Team {
  name: string;
  size: number;
}
const col = createColumnHelper<Team>();
const columns = [
  col.accessor('name', { header: 'Team' }),
  col.accessor('size', { header: 'People' }),
];
const teams: Team[] = [
  { name: 'Payments', size: 7 },
  { name: 'Platform', size: 4 },
  { name: 'Search', size: 9 },
];

afterEach(cleanup);

async function renderTable() {
  const i18n = await createTestI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <DataTable caption="Teams" data={teams} columns={columns} />
    </I18nextProvider>,
  );
  const names = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td')?.textContent);
  return names;
}

describe('DataTable', () => {
  it('sorts by a column when its header is pressed, and says so to assistive tech', async () => {
    const names = await renderTable();
    const people = screen.getByRole('button', { name: /People/ });
    fireEvent.click(people);
    const header = people.closest('th')!;
    const order = names();
    expect(header.getAttribute('aria-sort')).toMatch(/ascending|descending/);
    expect(order).toEqual(
      header.getAttribute('aria-sort') === 'ascending'
        ? ['Platform', 'Payments', 'Search']
        : ['Search', 'Payments', 'Platform'],
    );
    fireEvent.click(people);
    expect(names()).toEqual([...order].reverse());
  });

  it('filters the rows by the text typed', async () => {
    const names = await renderTable();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter Teams' }), {
      target: { value: 'pla' },
    });
    expect(names()).toEqual(['Platform']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter Teams' }), {
      target: { value: 'nothing like this' },
    });
    expect(screen.getByText('Nothing to show.')).toBeTruthy();
  });
});
