import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { formatCount, formatEuros } from '@passculture/client';
import { DataTable } from '../ui/DataTable';

// Only what the two charts use: keeps chart.js's share of the bundle small.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

const BLUE = '#000091';
const RED = '#ce0500';

export interface WeekPoint {
  week: string;
  bookings: number;
  spentCents: number;
  beneficiaries: number;
}

const weekLabel = (week: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${week}T00:00:00Z`));

/** Bookings and new beneficiaries per week; the figures are also in the table under it. */
export function WeeklyChart({ weeks }: { weeks: readonly WeekPoint[] }) {
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <Line
          aria-label="Graphique : réservations et nouveaux bénéficiaires par semaine (détail dans le tableau qui suit)"
          role="img"
          data={{
            labels: weeks.map((w) => weekLabel(w.week)),
            datasets: [
              {
                label: 'Réservations',
                data: weeks.map((w) => w.bookings),
                borderColor: BLUE,
                backgroundColor: BLUE,
                pointRadius: 2,
              },
              {
                label: 'Nouveaux bénéficiaires',
                data: weeks.map((w) => w.beneficiaries),
                borderColor: RED,
                backgroundColor: RED,
                borderDash: [6, 4],
                pointRadius: 2,
              },
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { beginAtZero: true } },
          }}
        />
      </div>
      <details className="fr-mt-2w">
        <summary>Voir les chiffres par semaine</summary>
        <DataTable caption="Réservations et bénéficiaires par semaine" hiddenCaption>
          <thead>
            <tr>
              <th scope="col">Semaine du</th>
              <th scope="col">Réservations</th>
              <th scope="col">Montant dépensé</th>
              <th scope="col">Nouveaux bénéficiaires</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{weekLabel(w.week)}</th>
                <td>{formatCount(w.bookings)}</td>
                <td>{formatEuros(w.spentCents)}</td>
                <td>{formatCount(w.beneficiaries)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </figure>
  );
}

export interface CategoryPoint {
  categoryId: string;
  label: string;
  bookings: number;
  spentCents: number;
}

/** Amount spent per category, with a table of the same figures. */
export function CategoryChart({ categories }: { categories: readonly CategoryPoint[] }) {
  return (
    <figure className="chart">
      <div className="chart-canvas">
        <Bar
          aria-label="Graphique : montant dépensé par catégorie (détail dans le tableau qui suit)"
          role="img"
          data={{
            labels: categories.map((c) => c.label),
            datasets: [
              {
                label: 'Montant dépensé (€)',
                data: categories.map((c) => c.spentCents / 100),
                backgroundColor: BLUE,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            // The unit on the axis (the legend is hidden): euros, French figures.
            scales: {
              x: {
                beginAtZero: true,
                title: { display: true, text: 'Montant dépensé, en euros' },
                ticks: { callback: (value) => `${formatCount(Number(value))} €` },
              },
            },
          }}
        />
      </div>
      <details className="fr-mt-2w">
        <summary>Voir les chiffres par catégorie</summary>
        <DataTable caption="Réservations et montant par catégorie" hiddenCaption>
          <thead>
            <tr>
              <th scope="col">Catégorie</th>
              <th scope="col">Réservations</th>
              <th scope="col">Montant dépensé</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.categoryId}>
                <th scope="row">{c.label}</th>
                <td>{formatCount(c.bookings)}</td>
                <td>{formatEuros(c.spentCents)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </figure>
  );
}
