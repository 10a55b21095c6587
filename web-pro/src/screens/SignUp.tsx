import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorFieldsOf } from '@passculture/client';
import { Button, FormAlert, Page, TextField } from '@passculture/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { proErrorMessage } from '../lib/errors';
import { signUpProMutation } from '../queries';

/** A pro creates their account; they then register or join their structure. */
export default function SignUp() {
  const client = useApolloClient();
  const [signUp, { loading, error }] = useMutation(signUpProMutation);
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', password: '' });
  const fields = errorFieldsOf(error);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await signUp({ variables: { input: form } });
      // The session cookie is set: the whole app reloads its `me`.
      await client.resetStore();
    } catch {
      // Shown below.
    }
  }

  return (
    <Page title="Créer un compte professionnel">
      <p className="lead">
        Pour proposer vos offres aux jeunes, créez votre compte puis inscrivez votre structure avec
        son numéro SIREN.
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert>
          {error && Object.keys(fields).length === 0 ? proErrorMessage(error) : null}
        </FormAlert>
        <TextField
          label="Prénom"
          autoComplete="given-name"
          required
          value={form.firstName}
          onChange={set('firstName')}
          error={fields.firstName}
        />
        <TextField
          label="Nom"
          autoComplete="family-name"
          required
          value={form.lastName}
          onChange={set('lastName')}
          error={fields.lastName}
        />
        <TextField
          label="Adresse e-mail professionnelle"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fields.email}
        />
        <TextField
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          required
          hint="Au moins 12 caractères."
          value={form.password}
          onChange={set('password')}
          error={fields.password}
        />
        <Button type="submit" busy={loading}>
          {loading ? 'Création…' : 'Créer mon compte'}
        </Button>
      </form>
      <p>
        Déjà un compte ? <Link to="/connexion">Se connecter</Link>
      </p>
    </Page>
  );
}
