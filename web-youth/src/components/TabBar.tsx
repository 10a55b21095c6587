import { NavLink } from 'react-router';
import { Icon, type IconName } from './Icon';

const tabs: ReadonlyArray<{ to: string; label: string; icon: IconName; end?: boolean }> = [
  { to: '/', label: 'Accueil', icon: 'home', end: true },
  { to: '/recherche', label: 'Rechercher', icon: 'search' },
  { to: '/reservations', label: 'Réservations', icon: 'ticket' },
  { to: '/favoris', label: 'Favoris', icon: 'heart' },
  { to: '/profil', label: 'Profil', icon: 'user' },
];

/** The app's main menu: a tab bar at the bottom of the phone screen, under the header on wide screens. */
export function TabBar() {
  return (
    <nav className="tab-bar" aria-label="Menu principal">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              <Icon name={tab.icon} />
              <span>{tab.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
