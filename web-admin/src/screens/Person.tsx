import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page } from '@passculture/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import {
  ACTIVATION_STATUS_LABELS,
  BOOKING_STATUS_LABELS,
  CANCELLATION_REASON_LABELS,
  formatDate,
  formatDateTime,
  formatEuros,
  labelOf,
  ofName,
  roleLabel,
} from '@passculture/client';
import { ReasonDecision } from '../ui/ReasonDecision';
import { DataTable } from '../ui/DataTable';

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      email
      firstName
      lastName
      roles
      departmentCode
      activationStatus
      birthDate
      createdAt
      suspendedAt
      suspensionReason
      activationRejectionReason
      wallet {
        policy
        initialCents
        remainingCents
        expiresAt
        isExpired
      }
      bookings {
        id
        offerName
        venueName
        quantity
        amountCents
        status
        cancellationReason
        bookedAt
      }
    }
  }
`);

const SuspendPersonMutation = graphql(`
  mutation SuspendPerson($id: ID!, $reason: String!) {
    suspendPerson(id: $id, reason: $reason)
  }
`);

const ReinstatePersonMutation = graphql(`
  mutation ReinstatePerson($id: ID!) {
    reinstatePerson(id: $id)
  }
`);

/** One person: account, credit, bookings; suspend or reinstate. */
export function Person() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PersonQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [suspend, suspending] = useMutation(SuspendPersonMutation);
  const [reinstate, reinstating] = useMutation(ReinstatePersonMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);

  if (error)
    return (
      <Page title="Personne">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (loading && !data)
    return (
      <Page title="Personne">
        <Loading />
      </Page>
    );
  const person = data?.person;
  if (!person) {
    return (
      <Page title="Personne introuvable">
        <p>
          Ce compte n'existe pas. <Link to="/personnes">Revenir à la recherche</Link>
        </p>
      </Page>
    );
  }
  const name = `${person.firstName} ${person.lastName}`;
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
    <Page title={name}>
      <p>
        <Link to="/personnes">Revenir à la recherche</Link>
      </p>
      <FeedbackAlert feedback={feedback} />
      <section aria-labelledby="account-title">
        <h2 id="account-title" className="fr-h4">
          Compte
        </h2>
        <dl className="facts">
          <dt>E-mail</dt>
          <dd>{person.email}</dd>
          <dt>Rôles</dt>
          <dd>{person.roles.map(roleLabel).join(', ') || 'Jeune sans crédit'}</dd>
          {person.birthDate && (
            <>
              <dt>Date de naissance</dt>
              <dd>{formatDate(person.birthDate)}</dd>
            </>
          )}
          <dt>Département</dt>
          <dd>{person.departmentCode ?? '—'}</dd>
          {person.activationStatus && (
            <>
              <dt>Activation</dt>
              <dd>
                {labelOf(ACTIVATION_STATUS_LABELS, person.activationStatus)}
                {person.activationRejectionReason &&
                  ` (motif : ${person.activationRejectionReason})`}
              </dd>
            </>
          )}
          <dt>Inscrit le</dt>
          <dd>{formatDate(person.createdAt)}</dd>
          <dt>Statut du compte</dt>
          <dd>
            {person.suspendedAt ? (
              <>
                <span className="fr-badge fr-badge--sm fr-badge--error">Suspendu</span> depuis le{' '}
                {formatDateTime(person.suspendedAt)} (motif : {person.suspensionReason})
              </>
            ) : (
              'Actif'
            )}
          </dd>
        </dl>
        {person.suspendedAt ? (
          <Button
            variant="secondary"
            disabled={reinstating.loading}
            onClick={() =>
              void act(
                () => reinstate({ variables: { id: person.id } }),
                `Le compte ${ofName(name)} est rétabli.`,
              )
            }
          >
            Lever la suspension
          </Button>
        ) : (
          <>
            <p className="fr-text--sm">
              Suspendre le compte le déconnecte, annule ses réservations en cours (le crédit est
              rendu et conservé) et empêche toute connexion.
            </p>
            <ReasonDecision
              label="Suspendre le compte"
              subject={name}
              confirmLabel="Confirmer la suspension"
              busy={suspending.loading}
              onConfirm={(reason) =>
                void act(
                  () => suspend({ variables: { id: person.id, reason } }),
                  `Le compte ${ofName(name)} est suspendu.`,
                )
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby="wallet-title">
        <h2 id="wallet-title" className="fr-h4">
          Crédit
        </h2>
        {person.wallet ? (
          <p>
            Crédit restant : <strong>{formatEuros(person.wallet.remainingCents)}</strong> sur{' '}
            {formatEuros(person.wallet.initialCents)} ({person.wallet.policy}),{' '}
            {person.wallet.isExpired ? 'expiré le' : "valable jusqu'au"}{' '}
            {formatDate(person.wallet.expiresAt)}.
          </p>
        ) : (
          <p>Aucun crédit accordé.</p>
        )}
      </section>

      <section aria-labelledby="bookings-title">
        <h2 id="bookings-title" className="fr-h4">
          Réservations
        </h2>
        {person.bookings.length === 0 ? (
          <p>Aucune réservation.</p>
        ) : (
          <DataTable caption={<>Les {person.bookings.length} dernières réservations</>}>
            <thead>
              <tr>
                <th scope="col">Offre</th>
                <th scope="col">Lieu</th>
                <th scope="col">Montant</th>
                <th scope="col">Réservée le</th>
                <th scope="col">Statut</th>
              </tr>
            </thead>
            <tbody>
              {person.bookings.map((b) => (
                <tr key={b.id}>
                  <th scope="row">{b.offerName}</th>
                  <td>{b.venueName}</td>
                  <td>
                    {formatEuros(b.amountCents * b.quantity)}
                    {b.quantity > 1 && ` (${b.quantity} places)`}
                  </td>
                  <td>{formatDateTime(b.bookedAt)}</td>
                  <td>
                    {labelOf(BOOKING_STATUS_LABELS, b.status)}
                    {b.cancellationReason &&
                      ` ${labelOf(CANCELLATION_REASON_LABELS, b.cancellationReason)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </Page>
  );
}
