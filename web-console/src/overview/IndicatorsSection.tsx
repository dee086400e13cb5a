import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad, useSubscription } from '../app/hooks';
import { useServices } from '../app/services';
import { t } from '../i18n';
import { IndicatorTiles } from './IndicatorTiles';
import { nationalTargets, stamp, useDebouncedRefresh } from './indicators';

/**
 * The unit's national-target indicators as tiles, loaded again (once changes have settled for a
 * second) whenever the live feed changes the unit's figures or reconnects. Nothing when the reporting
 * API has no indicators (tests of other pages).
 */
export function IndicatorsSection({ unitCode }: { unitCode: string }) {
  const { reporting, rollups } = useServices();
  useSubscription(rollups);
  const api = reporting.indicators;
  const figures = stamp(rollups.get(unitCode)?.asOf);
  const unitStamp = figures && `${rollups.epoch}|${figures}`;
  const refresh = useDebouncedRefresh(unitCode, unitStamp);
  const loaded = useLoad((signal) => api?.ofUnit(unitCode, null, signal), [api, unitCode, refresh]);
  if (!api) {
    return null;
  }
  const shown = loaded.data && loaded.data.unit.code === unitCode ? nationalTargets(loaded.data.indicators) : undefined;

  return (
    <section aria-labelledby="indicators-heading" class="section">
      <h2 id="indicators-heading">{t.indicators.heading}</h2>
      <p>{t.indicators.intro}</p>
      {loaded.error && !shown && <ErrorMessage error={loaded.error} onRetry={loaded.reload} />}
      {!shown && !loaded.error && <p>{t.indicators.loading}</p>}
      {shown && shown.length === 0 && <p>{t.indicators.none}</p>}
      {shown && shown.length > 0 && <IndicatorTiles indicators={shown} />}
    </section>
  );
}
