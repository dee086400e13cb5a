import type { VNode } from 'preact';
import type { Route } from '../app/router';
import { ImportsPage } from '../imports/ImportsPage';
import { ReorganisationPage } from '../reorganisation/ReorganisationPage';
import { TeamPage } from '../teams/TeamPage';
import { LegalSupportersPage } from './LegalSupportersPage';
import { MediatorsPage } from './MediatorsPage';
import { PilotCommunesPage } from './PilotCommunesPage';
import { TrainersPage } from './TrainersPage';

/** The page of one of the registry's routes (see routes.ts); null for any other route. */
export function registryPageOf(route: Route): VNode | null {
  switch (route.page) {
    case 'team':
      return <TeamPage teamId={route.teamId} />;
    case 'imports':
      return <ImportsPage />;
    case 'trainers':
      return <TrainersPage />;
    case 'legalSupport':
      return <LegalSupportersPage />;
    case 'pilotCommunes':
      return <PilotCommunesPage />;
    case 'mediators':
      return <MediatorsPage />;
    case 'reorganisation':
      return <ReorganisationPage />;
    default:
      return null;
  }
}
