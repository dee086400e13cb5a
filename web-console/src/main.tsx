import { render } from 'preact';
import { plan, registry, reporting, setTokenProvider, training } from './api';
import { createServices } from './app/services';
import { Root } from './app/Root';
import { AuthSession } from './auth/session';
import './app/styles.css';

const auth = new AuthSession({
  fetch: (input, init) => globalThis.fetch(input, init),
  storage: window.sessionStorage,
  location: window.location,
  history: window.history,
  // The gateway serves the console at / only; the provider also knows Vite's dev server at /callback.
  redirectUri: import.meta.env.DEV ? `${window.location.origin}/callback` : `${window.location.origin}/`,
});
// Every API call, the change feed included, asks the session for its token.
setTokenProvider(auth.tokenProvider);

const root = document.getElementById('app');
if (root) {
  render(<Root auth={auth} createServices={() => createServices(reporting, registry, training, plan)} />, root);
}
void auth.start();
