import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { accessFor, type Role } from '@passculture/client';
import { AccessDenied } from './AccessDenied';
import { AppFrame } from './AppFrame';
import type { AppIdentity } from './context';
import { LoginForm } from './LoginForm';
import { Page } from './Page';
import { ErrorAlert, Loading } from './Status';

/** What the session needs to know of the app's `me`. */
export interface SessionUser {
  firstName: string;
  lastName: string;
  email: string;
  roles: ReadonlyArray<string>;
}

/** An app's `query { me { ... } }` document, typed by codegen. */
export type MeQueryDocument<TUser extends SessionUser> = TypedDocumentNode<
  { me: TUser | null },
  { [key: string]: never }
>;

export interface SessionAppProps<TUser extends SessionUser> extends AppIdentity {
  /** The app's own `me` query: each app asks for the fields it shows. */
  meQuery: MeQueryDocument<TUser>;
  /** The role the app space requires (none: any signed-in user). */
  requiredRole?: Role;
  /** Shown to a signed-in user without `requiredRole`. */
  accessDenied?: { message: string; hint: string };
  login: { title: string; intro: string };
  /** The signed-in home, at `/`. */
  home: (me: TUser) => ReactNode;
  /** More `<Route>`s for signed-in users with access. */
  children?: ReactNode;
  /** Shown under the log-in form, e.g. a link to the sign-up screen. */
  loginFooter?: ReactNode;
  /**
   * `<Route>`s open to everyone, signed in or not (e.g. sign-up), given the
   * user when there is one.
   */
  publicRoutes?: (me: TUser | null) => ReactNode;
  /** The main navigation, shown to signed-in users with access. */
  nav?: (me: TUser) => ReactNode;
  /** Show the log-out button in the header (default); `false` when the app offers it elsewhere. */
  logoutInHeader?: boolean;
}

/**
 * The session skeleton of an app (inside a router): asks for `me`, shows the
 * log-in screen at `/connexion` to visitors, sends signed-in users back where
 * they were going, gates every other route on `requiredRole`, and renders
 * loading and error states in French.
 */
export function SessionApp<TUser extends SessionUser>({
  meQuery,
  requiredRole,
  accessDenied,
  login,
  home,
  children,
  loginFooter,
  publicRoutes,
  nav,
  logoutInHeader,
  ...identity
}: SessionAppProps<TUser>) {
  const { data, error, refetch } = useQuery(meQuery);

  if (!data) {
    return (
      <AppFrame {...identity}>
        {error ? (
          <Page title="Un problème est survenu">
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          </Page>
        ) : (
          <Loading />
        )}
      </AppFrame>
    );
  }

  const { me } = data;
  const access = accessFor(me, requiredRole);
  return (
    <AppFrame
      {...identity}
      user={me}
      logoutInHeader={logoutInHeader}
      nav={me && access === 'granted' && nav ? nav(me) : undefined}
    >
      <Routes>
        <Route
          path="/connexion"
          element={
            me ? (
              <RedirectAfterLogin />
            ) : (
              <Page title={login.title}>
                <p className="lead">{login.intro}</p>
                <LoginForm onLoggedIn={refetch} />
                {loginFooter}
              </Page>
            )
          }
        />
        {publicRoutes?.(me)}
        <Route
          element={
            !me ? (
              <RedirectToLogin />
            ) : access === 'forbidden' ? (
              <AccessDenied
                message={accessDenied?.message ?? "Ce compte n'a pas accès à cet espace."}
                hint={accessDenied?.hint ?? 'Connectez-vous avec un autre compte.'}
                email={me.email}
              />
            ) : (
              <Outlet />
            )
          }
        >
          <Route index element={me ? home(me) : null} />
          {children}
        </Route>
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppFrame>
  );
}

function RedirectToLogin() {
  const { pathname, search } = useLocation();
  return <Navigate to="/connexion" replace state={{ from: pathname + search }} />;
}

/** Back to the page that asked for a log-in: only a path of this app. */
function RedirectAfterLogin() {
  const state: unknown = useLocation().state;
  const from = (state as { from?: unknown } | null)?.from;
  const isLocalPath = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//');
  return <Navigate to={isLocalPath ? from : '/'} replace />;
}

function NotFound() {
  return (
    <Page title="Page introuvable">
      <p>Cette page n'existe pas ou a été déplacée.</p>
      <p>
        <Link to="/">Revenir à l'accueil</Link>
      </p>
    </Page>
  );
}
