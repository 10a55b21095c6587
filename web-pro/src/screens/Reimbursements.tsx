import { useQuery } from '@apollo/client/react';
import { formatEuros, formatNumericDateTime, plural } from '@passculture/client';
import { Button, ErrorAlert, Loading, Page, SelectField, TextField } from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { myOfferersQuery, reimbursementsQuery } from '../queries';

const SCALE_LABELS: Record<string, string> = {
  STANDARD_2019: 'Barème 2019',
  STANDARD_2021: 'Barème depuis septembre 2021',
  BOOK: 'Livres',
  NOT_REIMBURSED: 'Numérique non remboursé',
};

function thisYear(): { from: string; to: string } {
  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${today.getFullYear()}-01-01`,
    to: `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
  };
}

/** What the State owes a venue for a period, booking by booking, and its CSV. */
export default function Reimbursements() {
  const offerers = useQuery(myOfferersQuery);
  const venues = (offerers.data?.myOfferers ?? []).flatMap((o) => o.venues);
  const [form, setForm] = useState({ venueId: '', ...thisYear() });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const report = useQuery(reimbursementsQuery, {
    variables: asked ?? { venueId: '', from: '', to: '' },
    skip: !asked,
  });
  const venueId = form.venueId || venues[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (venueId) setAsked({ ...form, venueId });
  }

  const data = report.data?.reimbursements;
  return (
    <Page title="Remboursements">
      <p className="lead">
        Les réservations validées sont remboursées selon le barème en vigueur : le taux dépend du
        chiffre d'affaires cumulé du lieu dans l'année civile.
      </p>
      {offerers.error ? (
        <ErrorAlert error={offerers.error} onRetry={() => void offerers.refetch()} />
      ) : !offerers.data ? (
        <Loading />
      ) : venues.length === 0 ? (
        <p>Aucun lieu pour le moment.</p>
      ) : (
        <form className="filters" onSubmit={submit} aria-label="Choisir le lieu et la période">
          <SelectField
            label="Lieu"
            value={venueId}
            onChange={(event) => setForm({ ...form, venueId: event.target.value })}
          >
            {venues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {venue.publicName || venue.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Du"
            type="date"
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
          <TextField
            label="Au"
            type="date"
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
          <p className="actions">
            <Button type="submit">Afficher</Button>
          </p>
        </form>
      )}
      {asked && report.error ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : asked && !data ? (
        <Loading />
      ) : data ? (
        <section aria-labelledby="report-title">
          <h2 id="report-title">
            {data.venueName} : {formatEuros(data.totalReimbursedCents)} à rembourser
          </h2>
          <p>
            {plural(data.lines.length, 'réservation validée', 'réservations validées')} pour{' '}
            {formatEuros(data.totalAmountCents)}.{' '}
            <a
              className="button button-secondary"
              href={`/exports/reimbursements.csv?${new URLSearchParams(asked!).toString()}`}
              download
            >
              Télécharger en CSV
            </a>
          </p>
          {data.lines.length === 0 ? (
            <p>Aucune réservation validée sur cette période.</p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Réservations remboursées"
            >
              <table>
                <caption className="visually-hidden">Réservations remboursées</caption>
                <thead>
                  <tr>
                    <th scope="col">Contremarque</th>
                    <th scope="col">Offre</th>
                    <th scope="col">Validée le</th>
                    <th scope="col">Montant</th>
                    <th scope="col">Cumul de l'année</th>
                    <th scope="col">Barème</th>
                    <th scope="col">Taux</th>
                    <th scope="col">Remboursé</th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.map((line) => (
                    <tr key={line.bookingId}>
                      <th scope="row" className="token">
                        {line.token}
                      </th>
                      <td>{line.offerName}</td>
                      <td>{formatNumericDateTime(line.usedAt)}</td>
                      <td>{formatEuros(line.amountCents)}</td>
                      <td>{formatEuros(line.cumulativeCents)}</td>
                      <td>{SCALE_LABELS[line.scale] ?? line.scale}</td>
                      <td>{String(line.ratePercent).replace('.', ',')} %</td>
                      <td>{formatEuros(line.reimbursedCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </Page>
  );
}
