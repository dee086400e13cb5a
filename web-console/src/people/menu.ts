import type { NavItem } from '../app/Layout';
import type { Route } from '../app/router';
import { can, type User } from '../auth/user';
import { t } from '../i18n';
import type { RegistryCapability } from './access';
import { registryPaths } from './routes';

/** The registry's entries of the menu, each only for the roles that may use it (all without a session). */
export function registryMenu(user: User | null, route: Route): NavItem[] {
  const may = (capability: RegistryCapability) => user === null || can(user, capability);
  const items: (NavItem | false)[] = [
    may('mediators') && {
      href: registryPaths.mediators(),
      label: t.registryNav.mediators,
      current: route.page === 'mediators',
    },
    may('importTeams') && {
      href: registryPaths.imports(),
      label: t.registryNav.imports,
      current: route.page === 'imports',
    },
    may('trainers') && {
      href: registryPaths.trainers(),
      label: t.registryNav.trainers,
      current: route.page === 'trainers',
    },
    may('legalSupport') && {
      href: registryPaths.legalSupport(),
      label: t.registryNav.legalSupport,
      current: route.page === 'legalSupport',
    },
    may('pilotCommunes') && {
      href: registryPaths.pilotCommunes(),
      label: t.registryNav.pilotCommunes,
      current: route.page === 'pilotCommunes',
    },
    may('reorganiseTeams') && {
      href: registryPaths.reorganisation(),
      label: t.reorganisation.nav,
      current: route.page === 'reorganisation',
    },
  ];
  return items.filter((item): item is NavItem => item !== false);
}
