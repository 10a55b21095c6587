import { renderApp } from '@passculture/ui';
import { App } from './App';
import '@passculture/ui/base.css';
import './app.css';

renderApp(<App />, { name: 'web-pro', basePath: import.meta.env.BASE_URL });
