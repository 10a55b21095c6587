import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { renderApp } from '@passculture/ui';
import { App } from './App';
import '@passculture/ui/base.css';
// The French State design system: its core (with the Marianne fonts it references, bundled
// by Vite; only this app serves them) and the few components these screens still draw with its
// classes (links, tables, badges, navigation). Buttons, fields and alerts are the shared
// controls of @passculture/ui, in the ministry theme (<html data-audience="ministry">).
import '@codegouvfr/react-dsfr/dsfr/core/core.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/link/link.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/table/table.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/badge/badge.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.main.min.css';
import './app.css';

startReactDsfr({ defaultColorScheme: 'light' });
renderApp(<App />, { name: 'web-admin', basePath: import.meta.env.BASE_URL });
