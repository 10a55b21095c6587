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

// The service worker (vite-plugin-pwa's sw.js) installs once the page has loaded, so that its
// precaching never competes with the first screen.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
  });
}
