import { useApolloClient, useLazyQuery, useMutation } from '@apollo/client/react';
import { errorFieldsOf, errorMessage } from '@passculture/client';
import { useId, useState, type FormEvent } from 'react';
import { Button, TextField } from '@passculture/ui';
import { changePasswordMutation, deleteMyAccountMutation, exportMyDataQuery } from '../queries';

/** Offers the browser a text as a file to save. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** Everything the pass Culture keeps about the person, as a JSON file. */
function ExportData() {
  const id = useId();
  const [fetchData, { loading, error }] = useLazyQuery(exportMyDataQuery, {
    fetchPolicy: 'network-only',
  });
  const [done, setDone] = useState(false);

  async function handleClick() {
    setDone(false);
    const result = await fetchData().catch(() => null);
    if (!result?.data) return;
    download('mes-donnees-pass-culture.json', result.data.exportMyData);
    setDone(true);
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Mes données</h2>
      <p>
        Tu peux télécharger tout ce que le pass Culture garde sur toi : ton profil, ton crédit, tes
        réservations, tes favoris et les e-mails envoyés (fichier JSON).
      </p>
      <Button variant="secondary" busy={loading} onClick={() => void handleClick()}>
        {loading ? 'Préparation…' : 'Télécharger mes données'}
      </Button>
      {error && (
        <p role="alert" className="field-error">
          {errorMessage(error, 'tu')}
        </p>
      )}
      {done && (
        <p role="status" className="alert alert-success">
          C’est fait : le fichier « mes-donnees-pass-culture.json » est téléchargé.
        </p>
      )}
    </section>
  );
}

function ChangePassword() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [change, { loading, error }] = useMutation(changePasswordMutation);
  const [revoked, setRevoked] = useState<number | null>(null);
  const fields = errorFieldsOf(error);
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, 'tu') : null;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setRevoked(null);
    const result = await change({
      variables: { currentPassword: current, newPassword: next },
    }).catch(() => null);
    if (!result?.data) return;
    setRevoked(result.data.changePassword);
    setCurrent('');
    setNext('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Mot de passe</h2>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <TextField
          label="Mot de passe actuel"
          error={fields.currentPassword}
          id={`${id}-current`}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          required
        />
        <TextField
          label="Nouveau mot de passe"
          hint="12 caractères au moins : une phrase facile à retenir fait un bon mot de passe."
          error={fields.newPassword}
          id={`${id}-next`}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          required
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Enregistrement…' : 'Changer mon mot de passe'}
        </Button>
        {general && (
          <p role="alert" className="field-error">
            {general}
          </p>
        )}
        {revoked !== null && (
          <p role="status" className="alert alert-success">
            C’est fait : ton mot de passe est changé.{' '}
            {revoked > 0
              ? revoked === 1
                ? 'Ton autre session ouverte sur un autre appareil est fermée.'
                : `Tes ${revoked} autres sessions ouvertes sur d’autres appareils sont fermées.`
              : 'Aucune autre session n’était ouverte.'}
          </p>
        )}
      </form>
    </section>
  );
}

function DeleteAccount() {
  const id = useId();
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [remove, { loading, error }] = useMutation(deleteMyAccountMutation);
  const fields = errorFieldsOf(error);
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, 'tu') : null;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const result = await remove({ variables: { password } }).catch(() => null);
    // The session is gone with the account: back to the log-in screen, nothing kept here.
    if (result?.data) await client.resetStore().catch(() => undefined);
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Supprimer mon compte</h2>
      <p>
        Tes réservations en cours seront annulées et ton crédit sera perdu. Ton nom, ton adresse
        e-mail, ta date de naissance et ton code postal seront effacés ; tes réservations passées
        sont gardées sans ton nom, pour les comptes des lieux culturels. C’est définitif.
      </p>
      {!confirming ? (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Supprimer mon compte
        </Button>
      ) : (
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <TextField
            label="Ton mot de passe, pour confirmer"
            error={fields.password}
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          <div className="button-row">
            <Button variant="danger" type="submit" busy={loading}>
              {loading ? 'Suppression…' : 'Supprimer définitivement mon compte'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                setPassword('');
              }}
            >
              Annuler
            </Button>
          </div>
          {general && (
            <p role="alert" className="field-error">
              {general}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

/** What a person can do with their own account: their data, their password, leaving. */
export function AccountDataCards() {
  return (
    <>
      <ExportData />
      <ChangePassword />
      <DeleteAccount />
    </>
  );
}
