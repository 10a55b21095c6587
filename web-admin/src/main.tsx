import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { renderApp } from '@passculture/ui';
import { App } from './App';
import '@passculture/ui/base.css';
// The French State design system: its core (with the Marianne fonts it references, bundled
// by Vite) and only the components these screens use: half the size of the whole dsfr.css.
import '@codegouvfr/react-dsfr/dsfr/core/core.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/link/link.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/button/button.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/form/form.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/input/input.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/select/select.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/table/table.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/badge/badge.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/alert/alert.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.main.min.css';
import './app.css';

startReactDsfr({ defaultColorScheme: 'light' });
renderApp(<App />, { name: 'web-admin', basePath: import.meta.env.BASE_URL });
