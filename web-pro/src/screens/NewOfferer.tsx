import { useMutation } from '@apollo/client/react';
import { errorFieldsOf } from '@passculture/client';
import { Button, FormAlert, Page, TextField } from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorExtension, proErrorMessage } from '../lib/errors';
import { createOffererMutation, joinOffererMutation, myOfferersQuery } from '../queries';

/** Registers a structure from its SIREN, or asks to join it when it is already registered. */
export default function NewOfferer() {
  const navigate = useNavigate();
  const refetchQueries = [{ query: myOfferersQuery }];
  const [create, creation] = useMutation(createOffererMutation, { refetchQueries });
  const [join, joining] = useMutation(joinOffererMutation, { refetchQueries });
  const [siren, setSiren] = useState('');
  const [name, setName] = useState('');
  const [joined, setJoined] = useState<string | null>(null);
  const exists = errorExtension(creation.error, 'offererExists') === true;
  const fields = exists ? {} : errorFieldsOf(creation.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await create({ variables: { input: { siren, name } } });
      await navigate('/');
    } catch {
      // Shown below.
    }
  }

  async function askToJoin() {
    try {
      const result = await join({ variables: { siren } });
      setJoined(result.data?.joinOfferer.name ?? '');
    } catch {
      // Shown below.
    }
  }

  if (joined !== null) {
    return (
      <Page title="Demande envoyée">
        <div role="status" className="alert alert-success">
          <p>
            Votre demande pour rejoindre <strong>{joined}</strong> est envoyée. Vous aurez accès à
            ses lieux et à ses offres dès qu'elle sera validée.
          </p>
        </div>
        <Link to="/">Revenir à l'accueil</Link>
      </Page>
    );
  }

  return (
    <Page title="Inscrire votre structure">
      <p className="lead">
        Le SIREN compte 9 chiffres : vous le trouvez sur l'avis de situation INSEE ou un extrait
        Kbis de la structure.
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {exists ? (
          <div role="alert" className="alert alert-warning">
            <p>Cette structure est déjà inscrite sur pass Culture.</p>
            <Button onClick={() => void askToJoin()}>Demander à rejoindre cette structure</Button>
          </div>
        ) : (
          <FormAlert>
            {creation.error && Object.keys(fields).length === 0
              ? proErrorMessage(creation.error)
              : null}
          </FormAlert>
        )}
        <FormAlert>{joining.error ? proErrorMessage(joining.error) : null}</FormAlert>
        <TextField
          label="SIREN"
          inputMode="numeric"
          autoComplete="off"
          required
          value={siren}
          onChange={(e) => setSiren(e.target.value)}
          error={fields.siren}
        />
        <TextField
          label="Nom de la structure"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <Button type="submit" busy={creation.loading}>
          {creation.loading ? 'Inscription…' : 'Inscrire la structure'}
        </Button>
      </form>
    </Page>
  );
}
