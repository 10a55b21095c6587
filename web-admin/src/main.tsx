import { renderApp } from '@passculture/schema/react';
import { App } from './App';
import '@passculture/schema/base.css';
import './app.css';

renderApp(<App />, { name: 'web-admin', basePath: import.meta.env.BASE_URL });
