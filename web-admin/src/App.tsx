import { SessionApp } from '@passculture/ui';
import { lazy, Suspense } from 'react';
import { NavLink, Route } from 'react-router';
import { Loading } from '@passculture/ui';
import { graphql } from './gql';
import { Activations } from './screens/Activations';
import { AuditLog } from './screens/AuditLog';
import { Departments } from './screens/Departments';
import { MailOutbox } from './screens/MailOutbox';
import { Moderation } from './screens/Moderation';
import { Offerers } from './screens/Offerers';
import { People } from './screens/People';
import { Selections } from './screens/Selections';
import { Person } from './screens/Person';

export const meQuery = graphql(`
  query AdminMe {
    me {
      id
      firstName
      lastName
      email
      roles
      departmentCode
    }
  }
`);

// The map and chart.js are the heaviest code: loaded with the dashboard only.
const Dashboard = lazy(() =>
  import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })),
);

const SECTIONS = [
  { to: '/', label: 'Tableau de bord' },
  { to: '/activations', label: 'Activations' },
  { to: '/departements', label: 'Départements' },
  { to: '/structures', label: 'Structures' },
  { to: '/moderation', label: 'Modération' },
  { to: '/selections', label: 'Sélections' },
  { to: '/personnes', label: 'Personnes' },
  { to: '/journal', label: 'Journal' },
  { to: '/emails', label: 'E-mails' },
];

function AdminNav() {
  return (
    <nav className="fr-nav admin-nav" aria-label="Menu principal">
      {/* The same container as the page below: the menu starts where the content does. */}
      <ul className="fr-nav__list container">
        {SECTIONS.map((section) => (
          <li key={section.to} className="fr-nav__item">
            <NavLink to={section.to} end={section.to === '/'} className="fr-nav__link">
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function App() {
  return (
    <SessionApp
      product="pass Culture — Administration"
      register="vous"
      meQuery={meQuery}
      requiredRole="ADMIN"
      accessDenied={{
        message: "Ce compte n'a pas accès à l'espace d'administration.",
        hint: "Connectez-vous avec un compte d'administration du pass Culture.",
      }}
      login={{
        title: "Connexion à l'administration",
        intro:
          'Suivez le déploiement du pass Culture, validez les structures et modérez les offres.',
      }}
      home={() => (
        <Suspense fallback={<Loading label="Chargement du tableau de bord…" />}>
          <Dashboard />
        </Suspense>
      )}
      nav={() => <AdminNav />}
    >
      <Route path="activations" element={<Activations />} />
      <Route path="departements" element={<Departments />} />
      <Route path="structures" element={<Offerers />} />
      <Route path="moderation" element={<Moderation />} />
      <Route path="selections" element={<Selections />} />
      <Route path="personnes" element={<People />} />
      <Route path="personnes/:id" element={<Person />} />
      <Route path="journal" element={<AuditLog />} />
      <Route path="emails" element={<MailOutbox />} />
    </SessionApp>
  );
}
