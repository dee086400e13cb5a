import type { Rollup } from '../api';
import { useLoad, useSubscription, type Loaded } from '../app/hooks';
import { useServices } from '../app/services';
import type { FeedStatus } from './rollupFeed';

/** A unit's rollup, loaded once and then kept live by the feed. */
export function useRollup(unitCode: string | null | undefined): Omit<Loaded<Rollup>, 'data'> & { rollup?: Rollup } {
  const { reporting, rollups } = useServices();
  useSubscription(rollups);
  const { data: _data, ...state } = useLoad(
    (signal) =>
      unitCode
        ? reporting.rollup(unitCode, signal).then((rollup) => {
            rollups.put(rollup);
            return rollup;
          })
        : undefined,
    [unitCode, rollups.epoch],
  );
  return { ...state, rollup: unitCode ? rollups.get(unitCode) : undefined };
}

/** The rollups of the units below `unitCode`, loaded once and then kept live by the feed. */
export function useChildRollups(
  unitCode: string | null | undefined,
): Omit<Loaded<Rollup[]>, 'data'> & { rollups?: Rollup[] } {
  const { reporting, rollups } = useServices();
  useSubscription(rollups);
  const { data, ...state } = useLoad(
    (signal) =>
      unitCode
        ? reporting.children(unitCode, signal).then((children) => {
            children.forEach((child) => rollups.put(child));
            return children;
          })
        : undefined,
    [unitCode, rollups.epoch],
  );
  const current = data?.filter((child) => child.unit.parentCode === unitCode || !child.unit.parentCode);
  return { ...state, rollups: current?.map((child) => rollups.get(child.unit.code) ?? child) };
}

export function useFeedStatus(): FeedStatus {
  const { feed } = useServices();
  useSubscription(feed);
  return feed.status;
}
