import type { VNode } from 'preact';
import type { NavItem } from '../app/Layout';
import { paths, type Route } from '../app/router';
import type { User } from '../auth/user';
import { t } from '../i18n';
import { MATERIAL_READERS } from '../materials/access';
import { MaterialPage } from '../materials/MaterialPage';
import { MaterialsPage } from '../materials/MaterialsPage';
import { PLAN_READERS } from '../plan/access';
import { PlanPage } from '../plan/PlanPage';
import { QrPage } from './QrPage';
import { Forbidden, hasRole, TAKERS } from './shared';
import './training.css';

/** The materials library and the plan in the menu, each only for the roles that may use it (all without a session). */
export function trainingMenu(user: User | null, route: Route): NavItem[] {
  const items: (NavItem | false)[] = [
    hasRole(user, MATERIAL_READERS) && {
      href: paths.materials(),
      label: t.training.materials.nav,
      current: route.page === 'materials' || route.page === 'material',
    },
    hasRole(user, PLAN_READERS) && {
      href: paths.plan(),
      label: t.plan.nav,
      current: route.page === 'plan',
    },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

/** The page of a training or plan route, or the refusal for a role that may not open it; null for other routes. */
export function trainingPageOf(route: Route, user: User | null): VNode | null {
  switch (route.page) {
    case 'courseQr':
      return hasRole(user, TAKERS) ? <QrPage courseId={route.courseId} sessionId={route.sessionId} /> : <Forbidden user={user} />;
    case 'materials':
      return hasRole(user, MATERIAL_READERS) ? <MaterialsPage /> : <Forbidden user={user} />;
    case 'material':
      return hasRole(user, MATERIAL_READERS) ? <MaterialPage materialId={route.materialId} /> : <Forbidden user={user} />;
    case 'plan':
      return hasRole(user, PLAN_READERS) ? <PlanPage tab={route.tab} /> : <Forbidden user={user} />;
    default:
      return null;
  }
}
