import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { OverviewPage } from '../overview/OverviewPage';
import { TeamsPage } from '../teams/TeamsPage';
import { PageHeading } from './PageHeading';
import { paths, useRoute, type Route } from './router';
import { ServicesProvider, type Services } from './services';

export function App({ services }: { services: Services }) {
  const route = useRoute();
  useFocusOnNavigation(route);
  return (
    <ServicesProvider services={services}>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: move focus without touching it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.app.skipToContent}
      </a>
      <header class="site-header">
        <div class="container site-header__inner">
          <a class="site-header__brand" href={paths.overview()}>
            <span class="site-header__agency">{t.app.agency}</span>
            <span class="site-header__name">{t.app.systemName}</span>
          </a>
        </div>
        <nav class="site-nav" aria-label={t.nav.label}>
          <ul class="container site-nav__list">
            <li>
              <a href={paths.overview()} aria-current={route.page === 'overview' ? 'page' : undefined}>
                {t.nav.overview}
              </a>
            </li>
            <li>
              <a href={paths.teams()} aria-current={route.page === 'teams' ? 'page' : undefined}>
                {t.nav.teams}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" class="container" tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="site-footer">
        <div class="container">{t.app.footer}</div>
      </footer>
    </ServicesProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage unitCode={route.unitCode} />;
    case 'teams':
      return <TeamsPage communeCode={route.communeCode} />;
    default:
      return (
        <>
          <PageHeading title={t.app.notFoundTitle} />
          <p>{t.app.notFoundText}</p>
          <p>
            <a href={paths.overview()}>{t.app.backHome}</a>
          </p>
        </>
      );
  }
}

/** After a navigation (not on the first load), focus goes to the new page's heading. */
function useFocusOnNavigation(route: Route) {
  const first = useRef(true);
  const key = JSON.stringify(route);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.getElementById('page-title');
    heading?.focus({ preventScroll: true });
    window.scrollTo?.({ top: 0 });
  }, [key]);
}
