import type { ReactNode } from 'react';
import { AppIdentityContext, type AppIdentity } from './context';
import { LogoutButton } from './LogoutButton';

export interface AppFrameProps extends AppIdentity {
  /** The signed-in user, if any: shows their name and the log-out button. */
  user?: { firstName: string; lastName: string } | null;
  /** The main navigation (a `<nav>`), placed between the header and `<main>`. */
  nav?: ReactNode;
  /**
   * Show the log-out button in the header (default). An app that offers it elsewhere
   * (web-youth: in the profile) passes `false` to keep the header compact.
   */
  logoutInHeader?: boolean;
  children: ReactNode;
}

/** Skip link, header (product name, user, log-out) and the page's `<main>`. */
export function AppFrame({
  product,
  register,
  user,
  nav,
  logoutInHeader = true,
  children,
}: AppFrameProps) {
  return (
    <AppIdentityContext value={{ product, register }}>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="app-header">
        <div className="container app-header-inner">
          <p className="brand">{product}</p>
          {user && (
            <div className="app-header-user">
              <p className="app-header-name">
                <span className="visually-hidden">Connecté en tant que </span>
                {user.firstName} {user.lastName}
              </p>
              {logoutInHeader && <LogoutButton />}
            </div>
          )}
        </div>
      </header>
      {nav}
      <main id="contenu" tabIndex={-1} className="container app-main">
        {children}
      </main>
    </AppIdentityContext>
  );
}
