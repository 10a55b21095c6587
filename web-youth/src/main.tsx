import { renderApp } from '@passculture/schema/react';
import { youthTypePolicies } from './apollo-policies';
import { App } from './App';
import '@passculture/schema/base.css';
import './app.css';

renderApp(<App />, {
  name: 'web-youth',
  typePolicies: youthTypePolicies,
  basePath: import.meta.env.BASE_URL,
});
