import { renderApp } from '@passculture/schema/react';
import { youthTypePolicies } from './apollo-policies';
import { App } from './App';
import { OfflineProvider } from './offline/OfflineProvider';
import '@passculture/schema/base.css';
import './app.css';

renderApp(
  <OfflineProvider>
    <App />
  </OfflineProvider>,
  {
    name: 'web-youth',
    typePolicies: youthTypePolicies,
    basePath: import.meta.env.BASE_URL,
  },
);
