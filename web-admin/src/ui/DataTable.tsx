import type { ReactNode } from 'react';

export interface DataTableProps {
  /** The table's title, read first by screen readers. */
  caption: ReactNode;
  /** Hide the caption visually (it stays for screen readers). */
  hiddenCaption?: boolean;
  className?: string;
  /** `<thead>` and `<tbody>`. */
  children: ReactNode;
}

/** A DSFR table, with the full markup its script expects (else its caption covers the headers). */
export function DataTable({ caption, hiddenCaption, className, children }: DataTableProps) {
  return (
    <div
      className={`fr-table fr-table--sm ${hiddenCaption ? 'fr-table--no-caption' : ''} ${className ?? ''}`}
    >
      <div className="fr-table__wrapper">
        {/* Focusable so that keyboard users can scroll a wide table. */}
        <div
          className="fr-table__container"
          tabIndex={0}
          role="region"
          aria-label={typeof caption === 'string' ? caption : 'Tableau'}
        >
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
