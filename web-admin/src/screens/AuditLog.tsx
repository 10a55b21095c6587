import { useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page } from '@passculture/ui';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { AUDIT_ACTION_LABELS, formatDateTime, labelOf, plural } from '@passculture/client';
import { SELECTION_FIELD_LABELS, TARGET_LABELS } from './labels';
import { DataTable } from '../ui/DataTable';

const AuditLogQuery = graphql(`
  query AuditLog($beforeId: ID) {
    auditLog(first: 50, beforeId: $beforeId) {
      id
      action
      targetType
      targetId
      details
      createdAt
      adminEmail
      adminName
    }
  }
`);

function detailsText(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  const d = details as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.title === 'string') parts.push(`« ${d.title} »`);
  if (Array.isArray(d.changed) && d.changed.length > 0) {
    parts.push(
      `modifié : ${d.changed.map((f) => SELECTION_FIELD_LABELS[String(f)] ?? String(f)).join(', ')}`,
    );
  }
  if (Array.isArray(d.order)) parts.push(`nouvel ordre : ${d.order.join(', ')}`);
  if (typeof d.reason === 'string') parts.push(`motif : ${d.reason}`);
  if (Array.isArray(d.cancelledBookingIds) && d.cancelledBookingIds.length > 0) {
    parts.push(
      plural(d.cancelledBookingIds.length, 'réservation annulée', 'réservations annulées'),
    );
  }
  if (typeof d.preRegistered === 'number') parts.push(plural(d.preRegistered, 'préinscrit'));
  if (typeof d.amountCents === 'number') parts.push(`crédit de ${d.amountCents / 100} €`);
  return parts.join(' ; ');
}

/** Every admin action, newest first. */
export function AuditLog() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { beforeId: null },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLog ?? [];
  return (
    <Page title="Journal des actions">
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && entries.length === 0 && <p>Aucune action enregistrée.</p>}
      {entries.length > 0 && (
        <DataTable caption="Actions de l'administration, les plus récentes d'abord">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Sur</th>
              <th scope="col">Détails</th>
              <th scope="col">Par</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.createdAt)}</td>
                <th scope="row">{labelOf(AUDIT_ACTION_LABELS, e.action)}</th>
                <td>
                  {TARGET_LABELS[e.targetType] ?? e.targetType}{' '}
                  {e.targetType === 'USER' ? (
                    <Link to={`/personnes/${e.targetId}`}>n° {e.targetId}</Link>
                  ) : (
                    e.targetId
                  )}
                </td>
                <td>{detailsText(e.details)}</td>
                <td>
                  {e.adminName}
                  <br />
                  <span className="fr-text--xs">{e.adminEmail}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {entries.length > 0 && entries.length % 50 === 0 && (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { beforeId: entries[entries.length - 1]!.id },
              updateQuery: (previous, { fetchMoreResult }) => ({
                auditLog: [...previous.auditLog, ...fetchMoreResult.auditLog],
              }),
            })
          }
        >
          Voir les actions plus anciennes
        </Button>
      )}
    </Page>
  );
}
