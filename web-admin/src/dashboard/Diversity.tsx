import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading } from '@passculture/ui';
import { formatCount } from '@passculture/client';
import { graphql } from '../gql';
import { DataTable } from '../ui/DataTable';
import { formatAverage, formatShare, isSecret, type DiversityPeriod } from './diversity-figures';
import { maskedCount } from './uptake';

export const UptakeDiversityQuery = graphql(`
  query UptakeDiversity($period: DiversityPeriod!, $departmentCode: String) {
    uptakeDiversity(period: $period, departmentCode: $departmentCode) {
      asOf
      totals {
        bookers
        oneCategoryShare
        twoCategoriesShare
        threeOrMoreShare
        averageCategories
      }
      departments {
        code
        name
        bookers
        oneCategoryShare
        twoCategoriesShare
        threeOrMoreShare
        averageCategories
      }
    }
  }
`);

/**
 * Diversity of practice: of the young people who booked in the period, the share who booked
 * in 1, 2, 3 or more categories, and the average number of categories each, where they live.
 */
export function DiversitySection({
  period,
  departmentCode,
  scope,
}: {
  period: DiversityPeriod | null;
  departmentCode: string | null;
  scope: string;
}) {
  const { data, previousData, loading, error, refetch } = useQuery(UptakeDiversityQuery, {
    variables: { period: period ?? 'ALL', departmentCode },
    skip: period === null,
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.uptakeDiversity;
  return (
    <section aria-labelledby="diversity-title">
      <h2 id="diversity-title" className="fr-h4">
        Diversité des pratiques — {scope}
      </h2>
      <p className="fr-text--sm">
        Parmi les jeunes qui ont réservé sur la période (réservations non annulées), combien l’ont
        fait dans 1, 2, 3 catégories ou plus, là où ils vivent. Moins de 10 jeunes : secret
        statistique.
      </p>
      {period === null ? (
        <p>
          Ces chiffres portent sur les périodes proposées : depuis le début, les 12 ou les 52
          dernières semaines.
        </p>
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        loading && <Loading label="Chargement de la diversité…" />
      ) : (
        <>
          <ul className="kpis">
            <li>
              <span className="kpi-value">{maskedCount(shown.totals.bookers)}</span>
              <span className="kpi-label">jeunes ayant réservé</span>
            </li>
            <li>
              <span className="kpi-value">
                {formatShare(shown.totals.oneCategoryShare, shown.totals.bookers)}
              </span>
              <span className="kpi-label">dans une seule catégorie</span>
            </li>
            <li>
              <span className="kpi-value">
                {formatShare(shown.totals.twoCategoriesShare, shown.totals.bookers)}
              </span>
              <span className="kpi-label">dans 2 catégories</span>
            </li>
            <li>
              <span className="kpi-value">
                {formatShare(shown.totals.threeOrMoreShare, shown.totals.bookers)}
              </span>
              <span className="kpi-label">dans 3 catégories ou plus</span>
            </li>
            <li>
              <span className="kpi-value">
                {formatAverage(shown.totals.averageCategories, shown.totals.bookers)}
              </span>
              <span className="kpi-label">catégories en moyenne par jeune</span>
            </li>
          </ul>
          <DataTable caption="Diversité par département" className="diversity-table">
            <thead>
              <tr>
                <th scope="col">Département</th>
                <th scope="col">Jeunes ayant réservé</th>
                <th scope="col">1 catégorie</th>
                <th scope="col">2 catégories</th>
                <th scope="col">3 ou plus</th>
                <th scope="col">Moyenne</th>
              </tr>
            </thead>
            <tbody>
              {shown.departments
                .filter((d) => d.bookers > 0)
                .map((d) => (
                  <tr key={d.code}>
                    <th scope="row">
                      {d.name} ({d.code})
                    </th>
                    <td>{isSecret(d.bookers) ? '< 10' : formatCount(d.bookers)}</td>
                    <td>{formatShare(d.oneCategoryShare, d.bookers)}</td>
                    <td>{formatShare(d.twoCategoriesShare, d.bookers)}</td>
                    <td>{formatShare(d.threeOrMoreShare, d.bookers)}</td>
                    <td>{formatAverage(d.averageCategories, d.bookers)}</td>
                  </tr>
                ))}
            </tbody>
          </DataTable>
          {shown.departments.every((d) => d.bookers === 0) && (
            <p>Aucune réservation sur cette période.</p>
          )}
        </>
      )}
    </section>
  );
}
