import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FranceMap, SCALE } from './FranceMap';
import type { DepartmentRow } from './uptake';

const row = (code: string, beneficiaries: number): DepartmentRow => ({
  code,
  name: `Département ${code}`,
  isOpen: true,
  preRegistered: 0,
  beneficiaries,
  grantedCents: 0,
  bookings: 0,
  spentCents: 0,
});

describe('FranceMap', () => {
  const rows = [row('29', 50), row('35', 10), row('973', 30)];

  it('colours every department, overseas included, on the chosen figure', () => {
    const { container } = render(
      <FranceMap
        rows={rows}
        value={(r) => r.beneficiaries}
        format={String}
        metricLabel="Bénéficiaires"
        selected={null}
        onSelect={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('img', { name: /Carte de France par département : Bénéficiaires/ }),
    ).toBeTruthy();
    expect(container.querySelectorAll('[data-department]')).toHaveLength(101);
    expect(container.querySelector('[data-department="29"]')!.getAttribute('fill')).toBe(SCALE[4]);
    expect(container.querySelector('[data-department="973"]')!.getAttribute('fill')).toBe(SCALE[2]);
    expect(container.querySelector('[data-department="75"]')!.getAttribute('fill')).toBe('#f6f6f6');
    expect(screen.getByText('Finistère (29) : 50', { exact: false })).toBeTruthy();
    // Legend: whole, non-overlapping classes up to the maximum.
    expect(screen.getByText('0 à 10')).toBeTruthy();
    expect(screen.getByText('41 à 50')).toBeTruthy();
  });

  it('selects a department on click', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <FranceMap
        rows={rows}
        value={(r) => r.beneficiaries}
        format={String}
        metricLabel="Bénéficiaires"
        selected="35"
        onSelect={onSelect}
      />,
    );
    fireEvent.click(container.querySelector('[data-department="29"]')!);
    expect(onSelect).toHaveBeenCalledWith('29');
    expect(container.querySelector('[data-department="35"]')!.getAttribute('stroke')).toBe(
      '#ce0500',
    );
  });

  it('draws Paris and its inner ring again, enlarged, with the same colours and choice', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <FranceMap
        rows={[row('93', 40), row('75', 8)]}
        value={(r) => r.beneficiaries}
        format={String}
        metricLabel="Bénéficiaires"
        selected={null}
        onSelect={onSelect}
      />,
    );
    const inset = [...container.querySelectorAll('[data-inset-department]')];
    expect(inset.map((path) => path.getAttribute('data-inset-department')).sort()).toEqual([
      '75',
      '92',
      '93',
      '94',
    ]);
    const enlarged = container.querySelector('[data-inset-department="93"]')!;
    expect(enlarged.getAttribute('fill')).toBe(
      container.querySelector('[data-department="93"]')!.getAttribute('fill'),
    );
    expect(enlarged.getAttribute('fill')).toBe(SCALE[4]);
    fireEvent.click(enlarged);
    expect(onSelect).toHaveBeenCalledWith('93');
    expect(screen.getByText('petite couronne')).toBeTruthy();
  });
});
