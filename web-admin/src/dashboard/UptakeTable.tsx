import { useState } from 'react';
import { Button } from '@passculture/ui';
import { formatCount, formatEuros } from '@passculture/client';
import { averageSpentCents, sortRows, type DepartmentRow, type SortKey } from './uptake';
import { DataTable } from '../ui/DataTable';

const COLUMNS: { key: SortKey; label: string; money?: boolean }[] = [
  { key: 'code', label: 'Code' },
  { key: 'name', label: 'Département' },
  { key: 'preRegistered', label: 'Préinscrits' },
  { key: 'beneficiaries', label: 'Bénéficiaires activés' },
  { key: 'grantedCents', label: 'Crédit accordé', money: true },
  { key: 'bookings', label: 'Réservations' },
  { key: 'spentCents', label: 'Montant dépensé', money: true },
  { key: 'averageSpentCents', label: 'Dépense moyenne', money: true },
];

export interface UptakeTableProps {
  rows: readonly DepartmentRow[];
  /** Bookings counted where the venues are: spent per resident beneficiary would mislead. */
  withoutAverage?: boolean;
  selected: string | null;
  onSelect: (code: string | null) => void;
}

/** Every department with its figures; each column sorts (click or keyboard). */
export function UptakeTable({ rows, withoutAverage, selected, onSelect }: UptakeTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({
    key: 'code',
    direction: 'ascending',
  });
  const sorted = sortRows(rows, sort.key, sort.direction);
  const toggle = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key
          ? current.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'code' || key === 'name'
            ? 'ascending'
            : 'descending',
    }));
  return (
    <DataTable
      caption="Chiffres par département (cliquez sur un titre de colonne pour trier)"
      className="uptake-table"
    >
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              scope="col"
              aria-sort={sort.key === column.key ? sort.direction : undefined}
            >
              <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                {column.label}
                <span aria-hidden="true">
                  {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="fr-sr-only">Détail</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const average = withoutAverage ? null : averageSpentCents(row);
          return (
            <tr key={row.code} aria-selected={row.code === selected || undefined}>
              <td>{row.code}</td>
              <th scope="row">
                {row.name}
                {!row.isOpen && <span className="fr-text--xs closed-tag"> (fermé)</span>}
              </th>
              <td>{formatCount(row.preRegistered)}</td>
              <td>{formatCount(row.beneficiaries)}</td>
              <td>{formatEuros(row.grantedCents)}</td>
              <td>{formatCount(row.bookings)}</td>
              <td>{formatEuros(row.spentCents)}</td>
              <td>{average === null ? '—' : formatEuros(average)}</td>
              <td>
                <Button
                  variant="tertiary"
                  size="small"
                  aria-pressed={row.code === selected}
                  onClick={() => onSelect(row.code === selected ? null : row.code)}
                >
                  {row.code === selected ? 'Voir la France' : 'Détailler'}
                  <span className="fr-sr-only"> {row.name}</span>
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
