import { useLazyQuery } from '@apollo/client/react';
import { Button, ErrorAlert, Loading, Page, TextField } from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { ACTIVATION_STATUS_LABELS, labelOf, plural, roleLabel } from '@passculture/client';
import { DataTable } from '../ui/DataTable';

const SearchPeopleQuery = graphql(`
  query SearchPeople($query: String!) {
    searchPeople(query: $query) {
      id
      email
      firstName
      lastName
      roles
      departmentCode
      activationStatus
      suspendedAt
    }
  }
`);

/** Find a person by email (its start) or name (any part). */
export function People() {
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [search, { data, loading, error, called }] = useLazyQuery(SearchPeopleQuery, {
    fetchPolicy: 'network-only',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length < 2) {
      setTooShort(true);
      return;
    }
    void search({ variables: { query: text.trim() } });
  };
  return (
    <Page title="Personnes">
      <form onSubmit={submit} className="search-form" role="search">
        <TextField
          label="Adresse e-mail ou nom"
          hint="Le début de l'adresse e-mail, ou une partie du prénom et du nom."
          error={tooShort ? 'Saisissez au moins 2 caractères.' : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTooShort(false);
          }}
        />
        <Button type="submit">Rechercher</Button>
      </form>
      {error && <ErrorAlert error={error} />}
      {loading && <Loading label="Recherche…" />}
      <div aria-live="polite">
        {called && data && data.searchPeople.length === 0 && (
          <p>Personne ne correspond à cette recherche.</p>
        )}
      </div>
      {data && data.searchPeople.length > 0 && (
        <DataTable
          caption={
            <>{plural(data.searchPeople.length, 'personne trouvée', 'personnes trouvées')}</>
          }
        >
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">E-mail</th>
              <th scope="col">Rôles</th>
              <th scope="col">Département</th>
              <th scope="col">Statut</th>
            </tr>
          </thead>
          <tbody>
            {data.searchPeople.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/personnes/${p.id}`}>
                    {p.firstName} {p.lastName}
                  </Link>
                </th>
                <td>{p.email}</td>
                <td>{p.roles.map(roleLabel).join(', ') || 'Jeune sans crédit'}</td>
                <td>{p.departmentCode ?? '—'}</td>
                <td>
                  {p.suspendedAt ? (
                    <span className="fr-badge fr-badge--sm fr-badge--error">Suspendu</span>
                  ) : p.activationStatus ? (
                    labelOf(ACTIVATION_STATUS_LABELS, p.activationStatus)
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Page>
  );
}
