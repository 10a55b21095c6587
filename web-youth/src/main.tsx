import { renderApp } from '@passculture/ui';
import { youthTypePolicies } from './apollo-policies';
import { App } from './App';
import { OfflineProvider } from './offline/OfflineProvider';
import '@passculture/ui/base.css';
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
