import { useMemo } from 'preact/hooks';
import type { SessionValue } from '../auth/context';
import type { AuthSession } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { PublicPage } from '../courses/PublicPage';
import { isPublicRoute } from '../courses/routes';
import { App } from './App';
import { useSubscription } from './hooks';
import { useRoute } from './router';
import type { Services } from './services';

/**
 * The sign-in screen until someone is signed in, then the console. Each sign-in gets fresh services
 * (the live feed, the rollups held), so nothing of one user's session is shown to the next.
 */
export function Root({ auth, createServices }: { auth: AuthSession; createServices(): Services }) {
  useSubscription(auth);
  const state = auth.state;
  const user = state.status === 'signedIn' ? state.user : null;
  const services = useMemo(() => (user ? createServices() : null), [user]);
  const session = useMemo<SessionValue | null>(
    () => (user ? { user, signOut: () => void auth.signOut() } : null),
    [user],
  );
  // A phone's check-in and the check of a certificate need no sign-in.
  const route = useRoute();
  const isPublic = isPublicRoute(route);
  const publicTraining = useMemo(() => (isPublic ? createServices().training : null), [isPublic]);
  if (isPublicRoute(route) && publicTraining) {
    return <PublicPage route={route} training={publicTraining} />;
  }
  if (services && session) {
    return <App services={services} session={session} />;
  }
  return <SignInPage state={state} onSignIn={() => void auth.signIn()} />;
}
