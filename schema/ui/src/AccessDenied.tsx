import { Page } from './Page';

export interface AccessDeniedProps {
  /** What this account cannot reach, e.g. "Ce compte n'a pas accès à l'espace professionnel." */
  message: string;
  /** What to do about it. */
  hint: string;
  email: string;
}

/** Shown to a signed-in user who lacks the role an app space requires. */
export function AccessDenied({ message, hint, email }: AccessDeniedProps) {
  return (
    <Page title="Accès refusé">
      <div className="alert alert-warning">
        <p>
          <strong>{message}</strong>
        </p>
        <p>
          Vous êtes connecté avec l'adresse <strong>{email}</strong>. {hint}
        </p>
      </div>
      <p>Utilisez le bouton « Se déconnecter » en haut de la page pour changer de compte.</p>
    </Page>
  );
}
