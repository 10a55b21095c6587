import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page } from '@passculture/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import { formatDateTime, ofName, plural } from '@passculture/client';
import { ReasonDecision } from '../ui/ReasonDecision';
import { DataTable } from '../ui/DataTable';

export const ActivationRequestsQuery = graphql(`
  query ActivationRequests {
    activationRequests {
      userId
      email
      firstName
      lastName
      birthDate
      age
      departmentCode
      departmentName
      departmentOpen
      requestedAt
      obstacle
    }
  }
`);

const ApproveActivationMutation = graphql(`
  mutation ApproveActivation($userId: ID!) {
    approveActivation(userId: $userId)
  }
`);

const RejectActivationMutation = graphql(`
  mutation RejectActivation($userId: ID!, $reason: String!) {
    rejectActivation(userId: $userId, reason: $reason)
  }
`);

/** Young people who asked for their credit: approve (if eligible today) or refuse. */
export function Activations() {
  const { data, loading, error, refetch } = useQuery(ActivationRequestsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [approve, approving] = useMutation(ApproveActivationMutation);
  const [reject, rejecting] = useMutation(RejectActivationMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const act = async (work: () => Promise<unknown>, message: string) => {
    setFeedback(null);
    try {
      await work();
      setFeedback({ kind: 'success', message });
      await refetch();
    } catch (e) {
      setFeedback({ kind: 'error', error: e });
    }
  };

  return (
    <Page title="Demandes d'activation">
      <p>
        Le crédit est accordé selon la politique en vigueur, seulement si la personne a l'âge requis
        aujourd'hui et si son département est ouvert.{' '}
        <Link to="/departements">Gérer les départements</Link>
      </p>
      <FeedbackAlert feedback={feedback} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && data.activationRequests.length === 0 && <p>Aucune demande en attente.</p>}
      {data && data.activationRequests.length > 0 && (
        <DataTable
          caption={
            <>
              {plural(data.activationRequests.length, 'demande')} en attente, les plus anciennes
              d'abord
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Personne</th>
              <th scope="col">Âge</th>
              <th scope="col">Département</th>
              <th scope="col">Demandé le</th>
              <th scope="col">Décision</th>
            </tr>
          </thead>
          <tbody>
            {data.activationRequests.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              return (
                <tr key={r.userId}>
                  <th scope="row">
                    <Link to={`/personnes/${r.userId}`}>{name}</Link>
                    <br />
                    <span className="fr-text--xs">{r.email}</span>
                  </th>
                  <td>{r.age === null ? '—' : `${r.age} ans`}</td>
                  <td>
                    {r.departmentName ? `${r.departmentName} (${r.departmentCode})` : '—'}
                    {!r.departmentOpen && (
                      <span className="fr-badge fr-badge--sm fr-badge--warning fr-ml-1v">
                        fermé
                      </span>
                    )}
                  </td>
                  <td>{formatDateTime(r.requestedAt)}</td>
                  <td className="decision-cell">
                    {r.obstacle && <p className="fr-text--sm fr-mb-1v obstacle">{r.obstacle}</p>}
                    <Button
                      size="small"
                      disabled={approving.loading || r.obstacle !== null}
                      aria-label={`Valider la demande ${ofName(name)}`}
                      onClick={() =>
                        void act(
                          () => approve({ variables: { userId: r.userId } }),
                          `Le crédit ${ofName(name)} est activé.`,
                        )
                      }
                    >
                      Valider
                    </Button>
                    <ReasonDecision
                      label="Refuser"
                      subject={`la demande ${ofName(name)}`}
                      confirmLabel="Confirmer le refus"
                      busy={rejecting.loading}
                      onConfirm={(reason) =>
                        void act(
                          () => reject({ variables: { userId: r.userId, reason } }),
                          `La demande ${ofName(name)} est refusée.`,
                        )
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </Page>
  );
}
