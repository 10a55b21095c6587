import { useMutation, useQuery } from '@apollo/client/react';
import { formatNumericDateTime } from '@passculture/client';
import {
  Button,
  ErrorAlert,
  FormAlert,
  Loading,
  Page,
  SelectField,
  TextField,
} from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { proErrorMessage } from '../lib/errors';
import { myOfferersQuery } from '../queries';

export const apiKeysQuery = graphql(`
  query ApiKeys($offererId: ID!) {
    apiKeys(offererId: $offererId) {
      id
      name
      displayPrefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const createApiKeyMutation = graphql(`
  mutation CreateApiKey($offererId: ID!, $name: String!) {
    createApiKey(offererId: $offererId, name: $name) {
      secret
      key {
        id
        name
      }
    }
  }
`);

export const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Keys a structure's own software uses to call pass Culture: created, shown once, revoked. */
export default function ApiKeys() {
  const offerers = useQuery(myOfferersQuery);
  const validated = (offerers.data?.myOfferers ?? []).filter(
    (o) => o.membershipStatus === 'VALIDATED',
  );
  const [chosen, setChosen] = useState('');
  const offererId = chosen || validated[0]?.id || '';
  const keys = useQuery(apiKeysQuery, { variables: { offererId }, skip: !offererId });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [create, creation] = useMutation(createApiKeyMutation);
  const [revoke, revocation] = useMutation(revokeApiKeyMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await create({ variables: { offererId, name } });
      const data = result.data?.createApiKey;
      if (data) setCreated({ name: data.key.name, secret: data.secret });
      setName('');
      await keys.refetch();
    } catch {
      // Shown from creation.error.
    }
  }

  async function revokeKey(id: string, keyName: string) {
    if (!window.confirm(`Révoquer la clé « ${keyName} » ? Le logiciel qui l'utilise sera refusé.`))
      return;
    try {
      await revoke({ variables: { id } });
    } catch {
      // Shown from revocation.error.
    }
  }

  return (
    <Page title="Clés API">
      <p className="lead">
        Une clé API permet au logiciel de votre librairie ou de votre billetterie de publier vos
        offres et de valider les contremarques à votre place, pour une seule structure. Envoyez-la
        dans l'en-tête <code>Authorization: Bearer …</code> des appels à l'API.
      </p>
      {offerers.error ? (
        <ErrorAlert error={offerers.error} onRetry={() => void offerers.refetch()} />
      ) : !offerers.data ? (
        <Loading />
      ) : validated.length === 0 ? (
        <p>Aucune structure validée pour le moment : les clés API viendront ensuite.</p>
      ) : (
        <>
          {validated.length > 1 && (
            <SelectField
              label="Structure"
              value={offererId}
              onChange={(event) => setChosen(event.target.value)}
            >
              {validated.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
          )}
          {created && (
            <div role="status" className="alert alert-success">
              <p>
                La clé « {created.name} » est créée. Copiez-la maintenant : elle ne sera plus jamais
                affichée.
              </p>
              <TextField
                label="Clé secrète"
                id="new-key-secret"
                readOnly
                value={created.secret}
                onFocus={(event) => event.target.select()}
              />
            </div>
          )}
          <form onSubmit={submit} aria-label="Créer une clé API">
            <TextField
              label="Nom de la nouvelle clé"
              hint="Pour la reconnaître, par exemple « Logiciel de caisse »."
              value={name}
              required
              maxLength={100}
              onChange={(event) => setName(event.target.value)}
            />
            <FormAlert>{creation.error ? proErrorMessage(creation.error) : null}</FormAlert>
            <p className="actions">
              <Button type="submit" disabled={creation.loading}>
                Créer la clé
              </Button>
            </p>
          </form>
          <FormAlert>{revocation.error ? proErrorMessage(revocation.error) : null}</FormAlert>
          {keys.error ? (
            <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />
          ) : !keys.data ? (
            <Loading />
          ) : keys.data.apiKeys.length === 0 ? (
            <p>Aucune clé pour cette structure.</p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Clés de la structure"
            >
              <table className="table-cards">
                <caption className="visually-hidden">Clés de la structure</caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Début de la clé</th>
                    <th scope="col">Créée le</th>
                    <th scope="col">Dernière utilisation</th>
                    <th scope="col">État</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {keys.data.apiKeys.map((key) => (
                    <tr key={key.id}>
                      <th scope="row">{key.name}</th>
                      <td data-label="Début de la clé">
                        <code>{key.displayPrefix}…</code>
                      </td>
                      <td data-label="Créée le">{formatNumericDateTime(key.createdAt)}</td>
                      <td data-label="Dernière utilisation">
                        {key.lastUsedAt ? formatNumericDateTime(key.lastUsedAt) : 'Jamais'}
                      </td>
                      <td data-label="État">
                        {key.revokedAt
                          ? `Révoquée le ${formatNumericDateTime(key.revokedAt)}`
                          : 'Active'}
                      </td>
                      <td data-label="Action">
                        {!key.revokedAt && (
                          <Button
                            variant="secondary"
                            aria-label={`Révoquer la clé ${key.name}`}
                            onClick={() => void revokeKey(key.id, key.name)}
                          >
                            Révoquer
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
