import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { renderApp } from '@passculture/schema/react';
import { App } from './App';
import '@passculture/schema/base.css';
// The French State design system: its CSS, with the Marianne fonts it references, bundled by Vite.
import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './app.css';

startReactDsfr({ defaultColorScheme: 'light' });
renderApp(<App />, { name: 'web-admin', basePath: import.meta.env.BASE_URL });
