import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page } from '@passculture/ui';
import { useState } from 'react';
import { graphql } from '../gql';
import { FeedbackAlert, type Feedback } from '../ui/Feedback';
import { formatCount, formatDate, plural, pluralWord } from '@passculture/client';
import { DataTable } from '../ui/DataTable';

const DepartmentsQuery = graphql(`
  query AdminDepartments {
    departments {
      code
      name
      isOpen
      openedAt
      preRegistered
    }
  }
`);

const OpenDepartmentMutation = graphql(`
  mutation OpenDepartment($code: String!) {
    openDepartment(code: $code)
  }
`);

/** Departments open to the pass or not; opening one makes its pre-registered people eligible. */
export function Departments() {
  const { data, loading, error, refetch } = useQuery(DepartmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [openDepartment, opening] = useMutation(OpenDepartmentMutation);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const open = async (code: string, name: string) => {
    setFeedback(null);
    try {
      const result = await openDepartment({ variables: { code } });
      const waiting = result.data?.openDepartment ?? 0;
      setFeedback({
        kind: 'success',
        message: `${name} est ouvert au pass Culture : ${plural(waiting, 'personne préinscrite', 'personnes préinscrites')} ${pluralWord(waiting, 'peut', 'peuvent')} désormais demander leur crédit.`,
      });
      setConfirming(null);
      await refetch();
    } catch (e) {
      setFeedback({ kind: 'error', error: e });
    }
  };

  const closed = data?.departments.filter((d) => !d.isOpen).length ?? 0;
  return (
    <Page title="Départements">
      <p>
        Les jeunes d'un département fermé peuvent se préinscrire ; à son ouverture, ils deviennent
        éligibles et leurs demandes peuvent être validées.
      </p>
      <FeedbackAlert feedback={feedback} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <DataTable
          caption={
            <>
              {data.departments.length} départements, dont {closed} pas encore ouverts
            </>
          }
        >
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Département</th>
              <th scope="col">Statut</th>
              <th scope="col">Préinscrits</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {data.departments.map((d) => (
              <tr key={d.code}>
                <td>{d.code}</td>
                <th scope="row">{d.name}</th>
                <td>
                  {d.isOpen ? (
                    <span className="fr-badge fr-badge--sm fr-badge--success">
                      Ouvert{d.openedAt ? ` depuis le ${formatDate(d.openedAt)}` : ''}
                    </span>
                  ) : (
                    <span className="fr-badge fr-badge--sm">Fermé</span>
                  )}
                </td>
                <td>{formatCount(d.preRegistered)}</td>
                <td>
                  {!d.isOpen &&
                    (confirming === d.code ? (
                      <div className="reason-form-actions">
                        <Button
                          size="small"
                          disabled={opening.loading}
                          onClick={() => void open(d.code, d.name)}
                        >
                          Confirmer l'ouverture de {d.name}
                        </Button>
                        <Button variant="tertiary" size="small" onClick={() => setConfirming(null)}>
                          Annuler
                        </Button>
                      </div>
                    ) : (
                      <Button
                        variant="secondary"
                        size="small"
                        onClick={() => setConfirming(d.code)}
                        aria-label={`Ouvrir ${d.name} (${d.code})`}
                      >
                        Ouvrir
                      </Button>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Page>
  );
}
