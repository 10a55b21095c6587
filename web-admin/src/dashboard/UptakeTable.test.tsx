import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { UptakeTable } from './UptakeTable';
import type { DepartmentRow } from './uptake';

const rows: DepartmentRow[] = [
  {
    code: '35',
    name: 'Ille-et-Vilaine',
    isOpen: true,
    preRegistered: 2,
    beneficiaries: 10,
    grantedCents: 500_000,
    bookings: 30,
    spentCents: 60_000,
  },
  {
    code: '69',
    name: 'Rhône',
    isOpen: false,
    preRegistered: 5,
    beneficiaries: 0,
    grantedCents: 0,
    bookings: 0,
    spentCents: 0,
  },
  {
    code: '93',
    name: 'Seine-Saint-Denis',
    isOpen: true,
    preRegistered: 0,
    beneficiaries: 20,
    grantedCents: 1_000_000,
    bookings: 50,
    spentCents: 80_000,
  },
];

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('UptakeTable', () => {
  it('sorts by a column, then the other way, and says so to screen readers', () => {
    render(<UptakeTable rows={rows} selected={null} onSelect={vi.fn()} />);
    expect(firstColumn()).toEqual(['35', '69', '93']);
    fireEvent.click(screen.getByRole('button', { name: /^Réservations/ }));
    expect(firstColumn()).toEqual(['93', '35', '69']);
    expect(
      screen.getByRole('columnheader', { name: /^Réservations/ }).getAttribute('aria-sort'),
    ).toBe('descending');
    fireEvent.click(screen.getByRole('button', { name: /^Réservations/ }));
    expect(firstColumn()).toEqual(['69', '35', '93']);
    // No beneficiary: no average, shown last whichever the order.
    fireEvent.click(screen.getByRole('button', { name: /^Dépense moyenne/ }));
    expect(firstColumn()).toEqual(['35', '93', '69']);
  });

  it('selects a department for its detail, and back', () => {
    const onSelect = vi.fn();
    const { rerender } = render(<UptakeTable rows={rows} selected={null} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^Détailler\s*Rhône$/ }));
    expect(onSelect).toHaveBeenCalledWith('69');
    rerender(<UptakeTable rows={rows} selected="69" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^Voir la France\s*Rhône$/ }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
});
