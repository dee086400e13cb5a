import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import type { RegistryApi, ReportingApi, TrainingApi } from '../api';
import { unavailablePlan, type PlanApi } from '../api/reporting';
import { unavailableTraining } from '../api/training';
import { RollupFeed } from '../live/rollupFeed';
import { RollupStore } from '../live/rollupStore';

/** What the pages use to reach the gateway and the live rollup; tests bring fakes. */
export interface Services {
  reporting: ReportingApi;
  registry: RegistryApi;
  training: TrainingApi;
  /** The plan's tasks, reports, funding and inspections (reporting-service). */
  plan: PlanApi;
  rollups: RollupStore;
  feed: RollupFeed;
}

export function createServices(
  reporting: ReportingApi,
  registry: RegistryApi,
  training: TrainingApi = unavailableTraining,
  plan: PlanApi = unavailablePlan,
): Services {
  const rollups = new RollupStore();
  return { reporting, registry, training, plan, rollups, feed: new RollupFeed(() => reporting.changes(), rollups) };
}

const ServicesContext = createContext<Services | null>(null);

/** Provides the services and keeps the live feed open while mounted. */
export function ServicesProvider({ services, children }: { services: Services; children: ComponentChildren }) {
  useEffect(() => {
    services.feed.start();
    return () => services.feed.stop();
  }, [services]);
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices() outside <ServicesProvider>');
  }
  return services;
}
