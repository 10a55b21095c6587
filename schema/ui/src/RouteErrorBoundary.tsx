import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { AppIdentityContext } from './context';

interface State {
  failed: boolean;
}

const WORDING = {
  tu: "Cette page n'a pas pu s'afficher. Vérifie ta connexion internet, puis recharge la page.",
  vous: "Cette page n'a pas pu s'afficher. Vérifiez votre connexion internet, puis rechargez la page.",
};

/** A screen whose code could not load (offline, new version deployed): say what to do. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = AppIdentityContext;
  declare context: ContextType<typeof AppIdentityContext>;
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="alert alert-error">
        <p>{WORDING[this.context.register]}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => window.location.reload()}
        >
          Recharger la page
        </button>
      </div>
    );
  }
}
