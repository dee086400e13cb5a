import { useEffect, useRef } from 'preact/hooks';
import { SessionProvider, type SessionValue } from '../auth/context';
import { can, canOpen, homeOf, usesConsole, type User } from '../auth/user';
import { CoursePage, CoursesPage } from '../courses/CoursesPage';
import { trainingMenu, trainingPageOf } from '../courses/menu';
import { t } from '../i18n';
import { OverviewPage } from '../overview/OverviewPage';
import { registryMenu } from '../people/menu';
import { registryPageOf } from '../people/pages';
import { TeamsPage } from '../teams/TeamsPage';
import { Layout, type NavItem } from './Layout';
import { PageHeading } from './PageHeading';
import { paths, useRoute, type Route } from './router';
import { ServicesProvider, type Services } from './services';

/**
 * The console once someone is signed in: the menu and the pages their role may use. Without a
 * session (component tests) every page is there.
 */
export function App({ services, session }: { services: Services; session?: SessionValue }) {
  const route = useRoute();
  useFocusOnNavigation(route);
  const user = session?.user ?? null;
  const allowed = user === null || usesConsole(user);

  const layout = (
    <Layout
      homeHref={user ? homeOf(user) : paths.overview()}
      user={user}
      onSignOut={session?.signOut}
      nav={allowed ? menu(user, route) : []}
    >
      {allowed ? <Page route={route} user={user} /> : <NoConsole />}
    </Layout>
  );
  return (
    <ServicesProvider services={services}>
      {session ? <SessionProvider value={session}>{layout}</SessionProvider> : layout}
    </ServicesProvider>
  );
}

/** The menu: only what the user's role may open. */
function menu(user: User | null, route: Route): NavItem[] {
  const may = (capability: 'overview' | 'teams' | 'courses') => user === null || can(user, capability);
  const items: (NavItem | false)[] = [
    may('overview') && {
      href: paths.overview(user?.unit ?? undefined),
      label: t.nav.overview,
      current: route.page === 'overview',
    },
    may('teams') && {
      // A commune officer has one commune: straight to its teams.
      href: paths.teams(user?.role === 'COMMUNE_OFFICER' ? user.unit : null),
      label: t.nav.teams,
      current: route.page === 'teams' || route.page === 'team',
    },
    may('courses') && {
      href: paths.courses(),
      label: t.nav.courses,
      current: route.page === 'courses' || route.page === 'course',
    },
  ];
  return [...items.filter((item): item is NavItem => item !== false), ...registryMenu(user, route), ...trainingMenu(user, route)];
}

function Page({ route, user }: { route: Route; user: User | null }) {
  if (user && !canOpen(user, route)) {
    return (
      <>
        <PageHeading title={t.auth.forbiddenTitle} />
        <p>{t.auth.forbiddenText}</p>
        <p>
          <a href={homeOf(user)}>{t.auth.backHome}</a>
        </p>
      </>
    );
  }
  const registryPage = registryPageOf(route);
  if (registryPage) {
    return registryPage;
  }
  const trainingPage = trainingPageOf(route, user);
  if (trainingPage) {
    return trainingPage;
  }
  switch (route.page) {
    case 'overview':
      return <OverviewPage unitCode={route.unitCode} period={route.period} />;
    case 'teams':
      return <TeamsPage communeCode={route.communeCode} />;
    case 'courses':
      return <CoursesPage />;
    case 'course':
      return <CoursePage courseId={route.courseId} />;
    default:
      return (
        <>
          <PageHeading title={t.app.notFoundTitle} />
          <p>{t.app.notFoundText}</p>
          <p>
            <a href={user ? homeOf(user) : paths.overview()}>{t.app.backHome}</a>
          </p>
        </>
      );
  }
}

function NoConsole() {
  return (
    <>
      <PageHeading title={t.auth.noConsoleTitle} />
      <p>{t.auth.noConsoleText}</p>
    </>
  );
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
