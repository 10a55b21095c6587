import { ConfirmEmailPage, Loading, RouteErrorBoundary, SessionApp } from '@passculture/ui';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, useLocation } from 'react-router';
import { graphql } from './gql';
import { Home } from './Home';

export const meQuery = graphql(`
  query ProMe {
    me {
      id
      firstName
      lastName
      email
      roles
      departmentCode
      emailConfirmed
    }
  }
`);

// One chunk per screen: the first load carries only the session shell and the home.
const SignUp = lazy(() => import('./screens/SignUp'));
const NewOfferer = lazy(() => import('./screens/NewOfferer'));
const VenueForm = lazy(() => import('./screens/VenueForm'));
const Offers = lazy(() => import('./screens/Offers'));
const NewOffer = lazy(() => import('./screens/NewOffer'));
const OfferDetail = lazy(() => import('./screens/OfferDetail'));
const Bookings = lazy(() => import('./screens/Bookings'));
const Counter = lazy(() => import('./screens/Counter'));
const Reimbursements = lazy(() => import('./screens/Reimbursements'));
const ImportOffers = lazy(() => import('./screens/ImportOffers'));
const ApiKeys = lazy(() => import('./screens/ApiKeys'));

function Screen({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

const MENU = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/offres', label: 'Offres' },
  { to: '/reservations', label: 'Réservations' },
  { to: '/guichet', label: 'Guichet' },
  { to: '/remboursements', label: 'Remboursements' },
  { to: '/import', label: 'Import' },
  { to: '/cles-api', label: 'Clés API' },
] as const;

/** The menu: a row of links; on a phone, folded behind a « Menu » button (closed on each page). */
function ProMenu() {
  // Open on the page it was opened on: going to another page folds it again.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <nav className="pro-menu" aria-label="Menu principal">
      <div className="container pro-menu-bar">
        <button
          type="button"
          className="pro-menu-toggle"
          aria-expanded={open}
          aria-controls="pro-menu-links"
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          Menu
        </button>
      </div>
      <ul id="pro-menu-links" className="container" data-open={open}>
        {MENU.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={'end' in item}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const screens: ReadonlyArray<[path: string, element: ReactNode]> = [
  ['/structures/nouvelle', <NewOfferer />],
  ['/lieux/nouveau', <VenueForm />],
  ['/lieux/:id', <VenueForm />],
  ['/offres', <Offers />],
  ['/offres/nouvelle', <NewOffer />],
  ['/offres/:id', <OfferDetail />],
  ['/reservations', <Bookings />],
  ['/guichet', <Counter />],
  ['/remboursements', <Reimbursements />],
  ['/import', <ImportOffers />],
  ['/cles-api', <ApiKeys />],
];

export function App() {
  return (
    <SessionApp
      product="pass Culture Pro"
      register="vous"
      meQuery={meQuery}
      requiredRole="PRO"
      accessDenied={{
        message: "Ce compte n'a pas accès à l'espace professionnel.",
        hint: "Connectez-vous avec le compte d'une structure culturelle partenaire.",
      }}
      login={{
        title: 'Connexion à votre espace',
        intro: 'Gérez vos offres, vos réservations et vos remboursements sur pass Culture Pro.',
      }}
      loginFooter={
        <p className="login-footer">
          Pas encore de compte ? <Link to="/inscription">Créer un compte professionnel</Link>
        </p>
      }
      publicRoutes={(me) => (
        <>
          <Route
            path="/inscription"
            element={
              me ? (
                <Navigate to="/" replace />
              ) : (
                <Screen>
                  <SignUp />
                </Screen>
              )
            }
          />
          <Route
            path="/confirmer-email"
            element={
              <Screen>
                <ConfirmEmailPage />
              </Screen>
            }
          />
        </>
      )}
      nav={() => <ProMenu />}
      home={(me) => <Home me={me} />}
    >
      {screens.map(([path, element]) => (
        <Route key={path} path={path} element={<Screen>{element}</Screen>} />
      ))}
    </SessionApp>
  );
}
