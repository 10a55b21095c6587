import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorCodeOf, errorMessage } from '@passculture/client';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAppIdentity, useWording } from './context';
import { ConfirmEmailMutation, ResendEmailConfirmationMutation } from './operations';
import { Page } from './Page';
import { Loading } from './Status';
import { Button, FormAlert, TextField } from './controls';

const wording = {
  checkTitle: { tu: 'Vérifie ta boîte mail', vous: 'Vérifiez votre boîte mail' },
  sent: {
    tu: 'Nous avons envoyé un lien de confirmation à',
    vous: 'Nous avons envoyé un lien de confirmation à',
  },
  why: {
    tu: 'Clique sur ce lien pour confirmer ton adresse : tu pourras ensuite demander ton crédit et réserver. Le lien est valable 48 heures.',
    vous: 'Cliquez sur ce lien pour confirmer votre adresse : vous pourrez ensuite créer ou rejoindre votre structure. Le lien est valable 48 heures.',
  },
  spam: {
    tu: 'Rien reçu ? Regarde dans tes courriers indésirables, ou demande un nouvel e-mail.',
    vous: 'Rien reçu ? Regardez dans vos courriers indésirables, ou demandez un nouvel e-mail.',
  },
  resend: { tu: 'Renvoyer l’e-mail', vous: 'Renvoyer l’e-mail' },
  resent: {
    tu: 'C’est envoyé : le lien du nouvel e-mail remplace les précédents.',
    vous: 'C’est envoyé : le lien du nouvel e-mail remplace les précédents.',
  },
  unconfirmedTitle: { tu: 'Adresse e-mail à confirmer', vous: 'Adresse e-mail à confirmer' },
  confirming: { tu: 'Confirmation de ton adresse…', vous: 'Confirmation de votre adresse…' },
  confirmedTitle: { tu: 'Ton adresse est confirmée', vous: 'Votre adresse est confirmée' },
  confirmedText: {
    tu: 'Merci ! Ton compte est prêt.',
    vous: 'Merci ! Votre compte est prêt : créez ou rejoignez maintenant votre structure.',
  },
  continue: { tu: 'Continuer', vous: 'Continuer' },
  confirmTitle: { tu: 'Confirme ton adresse', vous: 'Confirmez votre adresse' },
  passwordIntro: {
    tu: 'Ce lien a été ouvert sur un autre appareil ou navigateur que celui de ton inscription : saisis le mot de passe choisi à l’inscription pour confirmer ton adresse.',
    vous: 'Ce lien a été ouvert sur un autre appareil ou navigateur que celui de votre inscription : saisissez le mot de passe choisi à l’inscription pour confirmer votre adresse.',
  },
  passwordLabel: { tu: 'Ton mot de passe', vous: 'Votre mot de passe' },
  passwordMissing: { tu: 'Saisis ton mot de passe.', vous: 'Saisissez votre mot de passe.' },
  confirm: { tu: 'Confirmer mon adresse', vous: 'Confirmer mon adresse' },
  invalidTitle: { tu: 'Ce lien ne fonctionne plus', vous: 'Ce lien ne fonctionne plus' },
  invalidHint: {
    tu: 'Connecte-toi avec le navigateur de ton inscription pour demander un nouvel e-mail.',
    vous: 'Connectez-vous avec le navigateur de votre inscription pour demander un nouvel e-mail.',
  },
  home: { tu: 'Revenir à l’accueil', vous: 'Revenir à l’accueil' },
};

/** Sends the confirmation email again; says so, or why not, in a live region. */
function ResendButton() {
  const word = useWording();
  const { register } = useAppIdentity();
  const [resend, { loading }] = useMutation(ResendEmailConfirmationMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function handleClick() {
    if (loading) return;
    setStatus(null);
    try {
      await resend();
      setStatus({ ok: true, text: word(wording.resent) });
    } catch (error) {
      setStatus({ ok: false, text: errorMessage(error, register) });
    }
  }

  return (
    <div className="resend">
      <Button variant="secondary" busy={loading} onClick={() => void handleClick()}>
        {loading ? 'Envoi…' : word(wording.resend)}
      </Button>
      <p role="status" className={status && !status.ok ? 'field-error' : 'hint'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}

export interface CheckInboxProps {
  /** The address the link was sent to. */
  email: string;
  /** `page`: the whole screen after sign-up; `card`: a reminder among other cards (profile). */
  variant?: 'page' | 'card';
  /** More content under the explanation (e.g. what one may already do). */
  children?: ReactNode;
}

/**
 * « Vérifie ta boîte mail »: where the confirmation link went, why it matters, and a
 * button to send it again. Shown to accounts whose address is not confirmed yet.
 */
export function CheckInbox({ email, variant = 'card', children }: CheckInboxProps) {
  const word = useWording();
  const headingId = useId();
  const body = (
    <>
      <p>
        {word(wording.sent)} <strong>{email}</strong>.
      </p>
      <p>{word(wording.why)}</p>
      <p>{word(wording.spam)}</p>
      <ResendButton />
      {children}
    </>
  );
  if (variant === 'page') {
    return (
      <Page title={word(wording.checkTitle)}>
        <section className="card" aria-label={word(wording.unconfirmedTitle)}>
          {body}
        </section>
      </Page>
    );
  }
  return (
    <section className="card card-notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{word(wording.unconfirmedTitle)}</h2>
      {body}
    </section>
  );
}

type ConfirmState =
  | { step: 'confirming' }
  | { step: 'confirmed' }
  | { step: 'password'; failure: string | null }
  | { step: 'invalid'; message: string };

/**
 * The page of the emailed link (`…/confirmer-email?jeton=…`): confirms at once from the
 * browser that signed up; elsewhere asks for the account's password first. Then continues
 * to the app's home, signed in.
 */
export function ConfirmEmailPage() {
  const word = useWording();
  const { register } = useAppIdentity();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [confirm] = useMutation(ConfirmEmailMutation);
  const [state, setState] = useState<ConfirmState>({ step: 'confirming' });
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const started = useRef(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function attempt(withPassword: string | null) {
    try {
      await confirm({ variables: { token, password: withPassword } });
      setState({ step: 'confirmed' });
      // The session cookie is the confirmed account's now: reload `me` in place. (A store
      // reset would unmount the routes while `me` reloads, and this page would try the
      // spent link again.)
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFIRMATION_PASSWORD_REQUIRED') setState({ step: 'password', failure: null });
      else if (code === 'INVALID_CREDENTIALS' || code === 'RATE_LIMITED')
        setState({ step: 'password', failure: errorMessage(error, register) });
      else setState({ step: 'invalid', message: errorMessage(error, register) });
    }
  }

  useEffect(() => {
    // Once, even when React runs effects twice: a link serves only once.
    if (started.current) return;
    started.current = true;
    void attempt(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (state.step === 'password' && state.failure) passwordRef.current?.focus();
  }, [state]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (!password) {
      setState({ step: 'password', failure: word(wording.passwordMissing) });
      return;
    }
    setSubmitting(true);
    await attempt(password);
    setSubmitting(false);
  }

  if (state.step === 'confirming') {
    return (
      <Page title={word(wording.confirmTitle)}>
        <Loading label={word(wording.confirming)} />
      </Page>
    );
  }
  if (state.step === 'confirmed') {
    return (
      <Page title={word(wording.confirmedTitle)}>
        <p role="status">{word(wording.confirmedText)}</p>
        <p>
          <Link to="/" className="button button-primary">
            {word(wording.continue)}
          </Link>
        </p>
      </Page>
    );
  }
  if (state.step === 'invalid') {
    return (
      <Page title={word(wording.invalidTitle)}>
        <FormAlert>{state.message}</FormAlert>
        <p>{word(wording.invalidHint)}</p>
        <p>
          <Link to="/">{word(wording.home)}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={word(wording.confirmTitle)}>
      <p>{word(wording.passwordIntro)}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          ref={passwordRef}
          label={word(wording.passwordLabel)}
          type="password"
          autoComplete="current-password"
          value={password}
          error={state.failure ?? undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" busy={submitting}>
          {word(wording.confirm)}
        </Button>
      </form>
    </Page>
  );
}
