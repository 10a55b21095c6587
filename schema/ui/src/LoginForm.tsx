import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '@passculture/client';
import { useAppIdentity, useWording } from './context';
import { Button, CheckboxField, FormAlert, TextField } from './controls';
import { LogInMutation } from './operations';

export interface LoginFormProps {
  /**
   * Called once the session cookie is set; typically refetches the app's `me`
   * query. Its failure is shown like a log-in failure.
   */
  onLoggedIn: () => Promise<unknown>;
}

interface FieldErrors {
  email?: string;
  password?: string;
}

const wording = {
  emailMissing: { tu: 'Saisis ton adresse e-mail.', vous: 'Saisissez votre adresse e-mail.' },
  emailInvalid: {
    tu: 'Saisis une adresse e-mail valide, par exemple nom@exemple.fr.',
    vous: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  },
  passwordMissing: { tu: 'Saisis ton mot de passe.', vous: 'Saisissez votre mot de passe.' },
};

// Deliberately loose: the server has the last word.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The log-in form shared by the three apps: French, labelled, keyboard-first. */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const word = useWording();
  const { register } = useAppIdentity();
  const [logIn] = useMutation(LogInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;

    const trimmedEmail = email.trim();
    const errors: FieldErrors = {};
    if (!trimmedEmail) errors.email = word(wording.emailMissing);
    else if (!EMAIL_SHAPE.test(trimmedEmail)) errors.email = word(wording.emailInvalid);
    if (!password) errors.password = word(wording.passwordMissing);
    setFieldErrors(errors);
    setFailure(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    setSubmitting(true);
    try {
      await logIn({ variables: { email: trimmedEmail, password } });
      await onLoggedIn();
    } catch (error) {
      setFailure(errorMessage(error, register));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert>{failure}</FormAlert>

      <TextField
        ref={emailRef}
        label="Adresse e-mail"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldErrors.email}
      />

      <div className="field">
        <TextField
          ref={passwordRef}
          label="Mot de passe"
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <CheckboxField
          label="Afficher le mot de passe"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
      </div>

      <Button type="submit" busy={submitting}>
        {submitting ? 'Connexion en cours…' : 'Se connecter'}
      </Button>
    </form>
  );
}
