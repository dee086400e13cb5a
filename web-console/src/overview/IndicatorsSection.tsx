import { useState } from 'preact/hooks';
import type { UnitLineage } from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad, useSubscription } from '../app/hooks';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { t } from '../i18n';
import { PeriodNotice, PeriodSelect } from './Hierarchy';
import { IndicatorTiles } from './IndicatorTiles';
import { nationalTargets, stamp, useDebouncedRefresh } from './indicators';

/**
 * The unit's national-target indicators as tiles, as things stand or for a chosen period, loaded
 * again (once changes have settled for a second) whenever the live feed changes the unit's figures or
 * reconnects. A period under the other version of the administrative hierarchy is said so, with a link
 * to it by the version in force then. Nothing when the reporting API has no indicators (tests of other
 * pages).
 */
export function IndicatorsSection({ unitCode, initialPeriod = null, lineage, now }: {
  unitCode: string;
  /** The period the address asked for (`?ky=`), null for as things stand. */
  initialPeriod?: string | null;
  /** What the unit was formed from or went into (for the notice's link), once loaded. */
  lineage?: UnitLineage;
  now?: Date;
}) {
  const { reporting, rollups } = useServices();
  useSubscription(rollups);
  const api = reporting.indicators;
  const [period, setPeriod] = useState<string | null>(initialPeriod);
  const figures = stamp(rollups.get(unitCode)?.asOf);
  const unitStamp = figures && `${rollups.epoch}|${figures}`;
  const refresh = useDebouncedRefresh(unitCode, unitStamp);
  const loaded = useLoad(
    (signal) => api?.ofUnit(unitCode, period, signal).then((answer) => ({ unitCode, period, answer })),
    [api, unitCode, period, refresh],
  );
  if (!api) {
    return null;
  }
  const current = loaded.data && loaded.data.unitCode === unitCode && loaded.data.period === period ? loaded.data.answer : undefined;
  const shown = current && current.unit.code === unitCode ? nationalTargets(current.indicators) : undefined;
  const choose = (next: string | null) => {
    setPeriod(next);
    // The address keeps the period (to share it, or come back to it) without a navigation.
    window.history.replaceState(window.history.state, '', paths.overview(unitCode, next));
  };

  return (
    <section aria-labelledby="indicators-heading" class="section">
      <h2 id="indicators-heading">{t.indicators.heading}</h2>
      <p>{t.indicators.intro}</p>
      <PeriodSelect period={period} onChange={choose} now={now} />
      <div aria-live="polite">
        <PeriodNotice unitCode={unitCode} period={period} lineage={lineage} />
      </div>
      {loaded.error && !shown && <ErrorMessage error={loaded.error} onRetry={loaded.reload} />}
      {!shown && !loaded.error && <p>{t.indicators.loading}</p>}
      {shown && shown.length === 0 && <p>{t.indicators.none}</p>}
      {shown && shown.length > 0 && <IndicatorTiles indicators={shown} />}
    </section>
  );
}
