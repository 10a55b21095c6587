import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CategoryChips } from './CategoryChips';

const categories = [
  { id: 'CINEMA', label: 'Cinéma' },
  { id: 'LIVRE', label: 'Livres' },
  { id: 'MUSEE', label: 'Musées' },
  { id: 'JEU', label: 'Jeux' },
];

describe('CategoryChips', () => {
  it('shows each category with its count, chosen ones first, and toggles them', () => {
    const onToggle = vi.fn();
    render(
      <CategoryChips
        categories={categories}
        counts={
          // The api's order: most offers first.
          new Map([
            ['JEU', 1234],
            ['LIVRE', 182],
            ['CINEMA', 1],
          ])
        }
        selected={['MUSEE', 'CINEMA']}
        onToggle={onToggle}
      />,
    );
    const chips = screen.getAllByRole('button');
    // Chosen (even with no offer) first, then most offers first; categories without offers hidden.
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Musées · 0Musées, 0 offre',
      'Cinéma · 1Cinéma, 1 offre',
      'Jeux · 1\u202f234Jeux, 1\u202f234 offres',
      'Livres · 182Livres, 182 offres',
    ]);
    expect(
      screen.getByRole('button', { name: 'Cinéma, 1 offre' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: 'Livres, 182 offres' }).getAttribute('aria-pressed'),
    ).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Livres, 182 offres' }));
    expect(onToggle).toHaveBeenLastCalledWith('LIVRE', true);
    fireEvent.click(screen.getByRole('button', { name: 'Cinéma, 1 offre' }));
    expect(onToggle).toHaveBeenLastCalledWith('CINEMA', false);
  });

  it('shows nothing before the counts arrive', () => {
    const { container } = render(
      <CategoryChips
        categories={categories}
        counts={new Map()}
        selected={[]}
        onToggle={() => {}}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
