import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page } from '@passculture/ui';
import { useState } from 'react';
import { graphql } from '../gql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import { formatDate, ofName, plural } from '@passculture/client';
import { ReasonDecision } from '../ui/ReasonDecision';
import { DataTable } from '../ui/DataTable';

const PendingValidationsQuery = graphql(`
  query PendingValidations {
    pendingOfferers {
      id
      siren
      name
      createdAt
      venueCount
      memberEmails
    }
    pendingMemberships {
      id
      email
      firstName
      lastName
      offererName
      offererSiren
      offererStatus
      createdAt
    }
  }
`);

const DecideOffererMutation = graphql(`
  mutation DecideOfferer($offererId: ID!, $decision: OffererDecision!, $reason: String) {
    decideOfferer(offererId: $offererId, decision: $decision, reason: $reason)
  }
`);

const DecideMembershipMutation = graphql(`
  mutation DecideMembership($membershipId: ID!, $decision: OffererDecision!, $reason: String) {
    decideMembership(membershipId: $membershipId, decision: $decision, reason: $reason)
  }
`);

const OFFERER_STATUS: Record<string, string> = {
  NEW: 'en attente',
  VALIDATED: 'validée',
  REJECTED: 'refusée',
};

/** New offerers and memberships waiting for a decision. */
export function Offerers() {
  const { data, loading, error, refetch } = useQuery(PendingValidationsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [decideOfferer, decidingOfferer] = useMutation(DecideOffererMutation);
  const [decideMembership, decidingMembership] = useMutation(DecideMembershipMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const busy = decidingOfferer.loading || decidingMembership.loading;

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
    <Page title="Structures et rattachements">
      <p>
        Les offres d'une structure ne sont visibles des jeunes qu'une fois la structure validée. Un
        rattachement validé donne accès à l'espace professionnel de la structure.
      </p>
      <FeedbackAlert feedback={feedback} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <h2 className="fr-h4">Structures en attente</h2>
          {data.pendingOfferers.length === 0 ? (
            <p>Aucune structure en attente.</p>
          ) : (
            <DataTable
              caption={
                <>{plural(data.pendingOfferers.length, 'structure')} en attente de validation</>
              }
            >
              <thead>
                <tr>
                  <th scope="col">Structure</th>
                  <th scope="col">SIREN</th>
                  <th scope="col">Lieux</th>
                  <th scope="col">Membres</th>
                  <th scope="col">Inscrite le</th>
                  <th scope="col">Décision</th>
                </tr>
              </thead>
              <tbody>
                {data.pendingOfferers.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{o.siren}</td>
                    <td>{o.venueCount}</td>
                    <td>{o.memberEmails.join(', ') || '—'}</td>
                    <td>{formatDate(o.createdAt)}</td>
                    <td className="decision-cell">
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={`Valider la structure ${o.name}`}
                        onClick={() =>
                          void act(
                            () =>
                              decideOfferer({
                                variables: { offererId: o.id, decision: 'VALIDATED' },
                              }),
                            `La structure ${o.name} est validée.`,
                          )
                        }
                      >
                        Valider
                      </Button>
                      <ReasonDecision
                        label="Refuser"
                        subject={`la structure ${o.name}`}
                        confirmLabel="Confirmer le refus"
                        busy={busy}
                        onConfirm={(reason) =>
                          void act(
                            () =>
                              decideOfferer({
                                variables: { offererId: o.id, decision: 'REJECTED', reason },
                              }),
                            `La structure ${o.name} est refusée.`,
                          )
                        }
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}

          <h2 className="fr-h4">Rattachements en attente</h2>
          {data.pendingMemberships.length === 0 ? (
            <p>Aucun rattachement en attente.</p>
          ) : (
            <DataTable
              caption={
                <>
                  {plural(data.pendingMemberships.length, 'rattachement')} en attente de validation
                </>
              }
            >
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Structure</th>
                  <th scope="col">Demandé le</th>
                  <th scope="col">Décision</th>
                </tr>
              </thead>
              <tbody>
                {data.pendingMemberships.map((m) => {
                  const who = `${m.firstName} ${m.lastName}`;
                  return (
                    <tr key={m.id}>
                      <th scope="row">
                        {who}
                        <br />
                        <span className="fr-text--xs">{m.email}</span>
                      </th>
                      <td>
                        {m.offererName} ({m.offererSiren}), structure{' '}
                        {OFFERER_STATUS[m.offererStatus] ?? m.offererStatus}
                      </td>
                      <td>{formatDate(m.createdAt)}</td>
                      <td className="decision-cell">
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={`Valider le rattachement ${ofName(who)} à ${m.offererName}`}
                          onClick={() =>
                            void act(
                              () =>
                                decideMembership({
                                  variables: { membershipId: m.id, decision: 'VALIDATED' },
                                }),
                              `${who} est rattaché(e) à ${m.offererName}.`,
                            )
                          }
                        >
                          Valider
                        </Button>
                        <ReasonDecision
                          label="Refuser"
                          subject={`le rattachement ${ofName(who)} à ${m.offererName}`}
                          confirmLabel="Confirmer le refus"
                          busy={busy}
                          onConfirm={(reason) =>
                            void act(
                              () =>
                                decideMembership({
                                  variables: {
                                    membershipId: m.id,
                                    decision: 'REJECTED',
                                    reason,
                                  },
                                }),
                              `Le rattachement ${ofName(who)} est refusé.`,
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
        </>
      )}
    </Page>
  );
}
