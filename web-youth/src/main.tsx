import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, routerBasename } from '@passculture/schema/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { youthTypePolicies } from './apollo-policies';
import { App } from './App';
import '@passculture/schema/base.css';
import './app.css';

const client = createApolloClient({ name: 'web-youth', typePolicies: youthTypePolicies });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter basename={routerBasename(import.meta.env.BASE_URL)}>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
