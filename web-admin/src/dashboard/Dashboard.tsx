import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page, SelectField, TextField } from '@passculture/ui';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { UptakeSide } from '../gql/graphql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import { formatCount, formatDateTime, formatEuros } from '@passculture/client';
import { CategoryChart, WeeklyChart } from './Charts';
import { DiversitySection } from './Diversity';
import { diversityPeriodOf } from './diversity-figures';
import { FranceMap } from './FranceMap';
import { UptakeTable } from './UptakeTable';
import {
  averageSpentCents,
  departmentsCsv,
  METRICS,
  metricValue,
  PERIOD_PRESETS,
  presetPeriod,
  type MetricKey,
  type PeriodPreset,
} from './uptake';

export const UptakeDashboardQuery = graphql(`
  query UptakeDashboard($filter: UptakeFilter!) {
    uptakeDashboard(filter: $filter) {
      asOf
      totals {
        preRegistered
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
      departments {
        code
        name
        isOpen
        preRegistered
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
      categories {
        categoryId
        label
        bookings
        spentCents
      }
      weeks {
        week
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
    }
    categories {
      id
      label
    }
  }
`);

const RefreshUptakeMutation = graphql(`
  mutation RefreshUptake {
    refreshUptake
  }
`);

const SIDES: { value: UptakeSide; label: string }[] = [
  { value: 'BENEFICIARY', label: 'Où vivent les jeunes' },
  { value: 'VENUE', label: 'Où sont les lieux culturels' },
];

function download(filename: string, text: string) {
  // A byte-order mark so that spreadsheets read the accents right.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** The ministry's uptake dashboard: filters, key figures, map, table, charts, export. */
export function Dashboard() {
  const [preset, setPreset] = useState<PeriodPreset>('ALL');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [categoryId, setCategoryId] = useState('');
  const [side, setSide] = useState<UptakeSide>('BENEFICIARY');
  const [metric, setMetric] = useState<MetricKey>('beneficiaries');
  const [department, setDepartment] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const period =
    preset === 'CUSTOM'
      ? { from: custom.from || null, to: custom.to || null }
      : presetPeriod(preset, new Date());
  const filter = { ...period, categoryId: categoryId || null, side, departmentCode: department };
  const { data, previousData, loading, error, refetch } = useQuery(UptakeDashboardQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const [refresh, refreshing] = useMutation(RefreshUptakeMutation);
  // « Détailler » in the table: the figures it changes are at the top; go there.
  const totalsHeading = useRef<HTMLHeadingElement>(null);
  const revealTotals = useRef(false);
  useEffect(() => {
    if (!revealTotals.current) return;
    revealTotals.current = false;
    totalsHeading.current?.scrollIntoView?.({ block: 'start' });
    totalsHeading.current?.focus({ preventScroll: true });
  }, [department]);
  const shown = data ?? previousData;
  const dashboard = shown?.uptakeDashboard;
  const selectedName = dashboard?.departments.find((d) => d.code === department)?.name;
  const scope = department ? `${selectedName ?? department} (${department})` : 'France entière';

  // By venue, the spending of a department's venues is not its residents' spending.
  const withoutAverage = side === 'VENUE';
  const metrics = METRICS.filter((m) => !withoutAverage || m.key !== 'averageSpentCents');
  const mapMetric = metrics.some((m) => m.key === metric) ? metric : 'beneficiaries';
  const metricDefinition = metrics.find((m) => m.key === mapMetric)!;
  const formatMetric = (value: number) =>
    metricDefinition.money ? formatEuros(value) : formatCount(value);

  const exportCsv = () => {
    if (!dashboard) return;
    const periodLabel =
      preset === 'CUSTOM'
        ? `du ${custom.from || 'début'} au ${custom.to || "aujourd'hui"}`
        : PERIOD_PRESETS.find((p) => p.value === preset)!.label;
    const categoryLabel = shown?.categories.find((c) => c.id === categoryId)?.label ?? 'Toutes';
    download(
      `pass-culture-departements-${dashboard.asOf.slice(0, 10)}.csv`,
      departmentsCsv(dashboard.departments, {
        asOf: formatDateTime(dashboard.asOf),
        period: periodLabel,
        category: categoryLabel,
        side: SIDES.find((s) => s.value === side)!.label,
        withoutAverage,
      }),
    );
  };

  return (
    <Page title="Tableau de bord">
      <form className="dashboard-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtres">
        <SelectField
          label="Période"
          value={preset}
          onChange={(e) => setPreset(e.target.value as PeriodPreset)}
        >
          {PERIOD_PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
        {preset === 'CUSTOM' && (
          <>
            <TextField
              label="Du"
              id="period-from"
              type="date"
              value={custom.from}
              onChange={(e) => setCustom({ ...custom, from: e.target.value })}
            />
            <TextField
              label="Au"
              id="period-to"
              type="date"
              value={custom.to}
              onChange={(e) => setCustom({ ...custom, to: e.target.value })}
            />
          </>
        )}
        <SelectField
          label="Catégorie"
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
        >
          <option value="">Toutes les catégories</option>
          {shown?.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Réservations comptées"
          value={side}
          onChange={(e) => setSide(e.target.value as UptakeSide)}
        >
          {SIDES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </form>
      <p className="fr-text--sm">
        Les périodes comptent des semaines entières (du lundi au dimanche), à l’heure de Paris pour
        tous les départements, outre-mer compris : une réservation faite à Cayenne le dimanche à 21
        h compte dans la semaine suivante. Les bénéficiaires sont toujours comptés là où ils vivent.
      </p>

      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!dashboard && loading && <Loading label="Chargement des chiffres…" />}
      {dashboard && (
        <>
          <div className="as-of">
            <p>
              Chiffres au <strong>{formatDateTime(dashboard.asOf)}</strong> (mis à jour toutes les
              quelques minutes){loading && ' — mise à jour de l’affichage…'}
            </p>
            <Button
              variant="secondary"
              size="small"
              disabled={refreshing.loading}
              onClick={() => {
                setFeedback(null);
                refresh()
                  .then(() => refetch())
                  .then(() =>
                    setFeedback({ kind: 'success', message: 'Les chiffres sont à jour.' }),
                  )
                  .catch((e: unknown) => setFeedback({ kind: 'error', error: e }));
              }}
            >
              Actualiser les chiffres
            </Button>
            <Button variant="secondary" size="small" onClick={exportCsv}>
              Exporter le tableau (CSV)
            </Button>
          </div>
          <FeedbackAlert feedback={feedback} />

          <section aria-labelledby="totals-title">
            <h2 id="totals-title" className="fr-h4" tabIndex={-1} ref={totalsHeading}>
              {scope}
            </h2>
            <ul className="kpis">
              <li>
                <span className="kpi-value">{formatCount(dashboard.totals.preRegistered)}</span>
                <span className="kpi-label">préinscrits en attente</span>
              </li>
              <li>
                <span className="kpi-value">{formatCount(dashboard.totals.beneficiaries)}</span>
                <span className="kpi-label">bénéficiaires activés</span>
              </li>
              <li>
                <span className="kpi-value">{formatEuros(dashboard.totals.grantedCents)}</span>
                <span className="kpi-label">de crédit accordé</span>
              </li>
              <li>
                <span className="kpi-value">{formatCount(dashboard.totals.bookings)}</span>
                <span className="kpi-label">réservations</span>
              </li>
              <li>
                <span className="kpi-value">{formatEuros(dashboard.totals.spentCents)}</span>
                <span className="kpi-label">dépensés</span>
              </li>
              <li>
                <span className="kpi-value">
                  {(() => {
                    const average = withoutAverage ? null : averageSpentCents(dashboard.totals);
                    return average === null ? '—' : formatEuros(average);
                  })()}
                </span>
                <span className="kpi-label">dépensés en moyenne par bénéficiaire</span>
              </li>
            </ul>
            {department && (
              <Button variant="tertiary" size="small" onClick={() => setDepartment(null)}>
                Revenir à la France entière
              </Button>
            )}
          </section>

          <section aria-labelledby="map-title" className="dashboard-map">
            <h2 id="map-title" className="fr-h4">
              Carte par département
            </h2>
            <SelectField
              label="Indicateur de la carte"
              value={metric}
              onChange={(e) => setMetric(e.target.value as MetricKey)}
            >
              {metrics.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </SelectField>
            <FranceMap
              rows={dashboard.departments}
              value={(row) => metricValue(row, mapMetric) ?? 0}
              format={formatMetric}
              metricLabel={metricDefinition.label}
              selected={department}
              onSelect={(code) => setDepartment(code === department ? null : code)}
            />
          </section>

          <section aria-labelledby="table-title">
            <h2 id="table-title" className="fr-h4">
              Tableau par département
            </h2>
            <UptakeTable
              rows={dashboard.departments}
              selected={department}
              onSelect={(code) => {
                revealTotals.current = true;
                setDepartment(code);
              }}
            />
          </section>

          <section aria-labelledby="weeks-title">
            <h2 id="weeks-title" className="fr-h4">
              Évolution par semaine — {scope}
            </h2>
            {dashboard.weeks.length === 0 ? (
              <p>Aucune activité sur cette période.</p>
            ) : (
              <WeeklyChart weeks={dashboard.weeks} />
            )}
          </section>

          <section aria-labelledby="categories-title">
            <h2 id="categories-title" className="fr-h4">
              Par catégorie — {scope}
            </h2>
            <CategoryChart categories={dashboard.categories} />
          </section>

          <DiversitySection
            period={diversityPeriodOf(preset)}
            departmentCode={department}
            scope={scope}
          />
        </>
      )}
    </Page>
  );
}
