import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient, routerBasename, type ApolloClientOptions } from '@passculture/client';

/**
 * Mounts an app into #root with its Apollo client and a router under the app's base path
 * (`/`, `/pro/`, `/admin/`): what each app's main.tsx would otherwise repeat.
 */
export function renderApp(
  app: ReactNode,
  options: ApolloClientOptions & { basePath: string },
): void {
  const { basePath, ...clientOptions } = options;
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={createApolloClient(clientOptions)}>
        <BrowserRouter basename={routerBasename(basePath)}>{app}</BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
