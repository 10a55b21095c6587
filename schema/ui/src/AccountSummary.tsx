import { roleLabel } from '@passculture/client';
import { useWording } from './context';

export interface AccountSummaryProps {
  user: {
    firstName: string;
    lastName: string;
    email: string;
    roles: ReadonlyArray<string>;
    departmentCode: string | null;
  };
}

/** The signed-in account's identity, as every app's home shows it. */
export function AccountSummary({ user }: AccountSummaryProps) {
  const word = useWording();
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">{word({ tu: 'Ton compte', vous: 'Votre compte' })}</h2>
      <dl className="facts">
        <dt>Prénom</dt>
        <dd>{user.firstName}</dd>
        <dt>Nom</dt>
        <dd>{user.lastName}</dd>
        <dt>Adresse e-mail</dt>
        <dd>{user.email}</dd>
        <dt>{user.roles.length > 1 ? 'Rôles' : 'Rôle'}</dt>
        <dd>{user.roles.length > 0 ? user.roles.map(roleLabel).join(', ') : 'Aucun'}</dd>
        <dt>Département</dt>
        <dd>{user.departmentCode ?? 'Non renseigné'}</dd>
      </dl>
    </section>
  );
}
