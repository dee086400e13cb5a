import { Layout } from '../app/Layout';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { t } from '../i18n';
import type { AuthState } from './session';

/** The screen of whoever is not signed in: why to sign in, what happened last, and "Đăng nhập". */
export function SignInPage({ state, onSignIn }: { state: AuthState; onSignIn(): void }) {
  const busy = state.status === 'loading' || state.status === 'redirecting';
  const signedOut = state.status === 'signedOut' ? state : null;
  return (
    <Layout homeHref={paths.overview()}>
      <section class="sign-in panel" aria-labelledby="page-title">
        <PageHeading title={t.auth.signInTitle} />
        {signedOut?.error && (
          <p class="alert alert--error" role="alert">
            {signedOut.error}
          </p>
        )}
        {!signedOut?.error && signedOut?.notice && (
          <p class="alert alert--success" role="status">
            {signedOut.notice === 'expired' ? t.auth.expired : t.auth.signedOut}
          </p>
        )}
        <p>{t.auth.signInIntro}</p>
        <p class="muted">{t.auth.signInHow}</p>
        <button type="button" class="button button--large" id="sign-in" onClick={onSignIn} disabled={busy}
          aria-disabled={busy}>
          {t.auth.signInButton}
        </button>
        <p role="status" class="sign-in__status">
          {state.status === 'loading' ? t.auth.loading : state.status === 'redirecting' ? t.auth.redirecting : ''}
        </p>
      </section>
    </Layout>
  );
}
