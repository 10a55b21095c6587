import { ConfirmEmailPage, Loading, RouteErrorBoundary, SessionApp } from '@passculture/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, Route } from 'react-router';
import { TabBar } from './components/TabBar';
import { meQuery } from './queries';

// One chunk per screen: the first load carries only the session shell.
const Home = lazy(() => import('./screens/Home'));
const SignUp = lazy(() => import('./screens/SignUp'));
const Search = lazy(() => import('./screens/Search'));
const Offer = lazy(() => import('./screens/Offer'));
const Venue = lazy(() => import('./screens/Venue'));
const Bookings = lazy(() => import('./screens/Bookings'));
const BookingDetail = lazy(() => import('./screens/BookingDetail'));
const Favorites = lazy(() => import('./screens/Favorites'));
const Profile = lazy(() => import('./screens/Profile'));
const Discover = lazy(() => import('./screens/Discover'));

function Screen({ children }: { children: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

export function App() {
  return (
    <SessionApp
      product="pass Culture"
      register="tu"
      meQuery={meQuery}
      login={{
        title: 'Connecte-toi',
        intro:
          'Retrouve ton crédit pass Culture et réserve des sorties, des livres et plus encore.',
      }}
      loginFooter={
        <p className="login-footer">
          Pas encore de compte ? <Link to="/inscription">Crée ton compte</Link>
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
      nav={() => <TabBar />}
      // Log-out lives in the profile: the header stays one short line on a phone.
      logoutInHeader={false}
      home={(me) => (
        <Screen>
          <Home me={me} />
        </Screen>
      )}
    >
      <Route
        path="/recherche"
        element={
          <Screen>
            <Search />
          </Screen>
        }
      />
      <Route
        path="/decouvrir"
        element={
          <Screen>
            <Discover />
          </Screen>
        }
      />
      <Route
        path="/offre/:id"
        element={
          <Screen>
            <Offer />
          </Screen>
        }
      />
      <Route
        path="/lieu/:id"
        element={
          <Screen>
            <Venue />
          </Screen>
        }
      />
      <Route
        path="/reservations"
        element={
          <Screen>
            <Bookings />
          </Screen>
        }
      />
      <Route
        path="/reservations/:id"
        element={
          <Screen>
            <BookingDetail />
          </Screen>
        }
      />
      <Route
        path="/favoris"
        element={
          <Screen>
            <Favorites />
          </Screen>
        }
      />
      <Route
        path="/profil"
        element={
          <Screen>
            <Profile />
          </Screen>
        }
      />
    </SessionApp>
  );
}
