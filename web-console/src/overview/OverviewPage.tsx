import { useState } from 'preact/hooks';
import { FIGURE_NAMES, type FigureName, type Rollup } from '../api';
import type { IndicatorsApi } from '../api/reporting';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { useServices } from '../app/services';
import { navigate, paths } from '../app/router';
import { PageHeading } from '../app/PageHeading';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { useCan } from '../auth/context';
import { isTwoTier } from '../hierarchy/versions';
import { useChildRollups, useFeedStatus, useRollup } from '../live/hooks';
import { BINH_DINH, loadBinhDinhDistricts } from '../map/districts';
import { DistrictMap } from '../map/DistrictMap';
import type { MapLayout } from '../map/geo';
import { CaseSuccessSection } from './CaseSuccessChart';
import { ChildrenTable } from './ChildrenTable';
import { figureLabel } from './figures';
import { FigureTiles } from './FigureTiles';
import { HierarchySwitch, LineagePanel } from './Hierarchy';
import { IndicatorsSection } from './IndicatorsSection';
import { isNationalTarget, NATIONAL_TARGETS, stamp, targetText, useDebouncedRefresh } from './indicators';

/**
 * Tổng quan: a unit's figures, live, its units below, and the map of Bình Định's districts. A unit of
 * either version of the administrative hierarchy (issue #12): the switch between them, what the unit
 * was formed from or went into, and no district map for the two-tier units (no boundaries yet).
 */
export function OverviewPage({ unitCode, period }: { unitCode: string; period?: string }) {
  const { reporting } = useServices();
  const current = useRollup(unitCode);
  const rollup = current.rollup;
  const parent = useRollup(rollup?.unit.parentCode).rollup;
  const grandparent = useRollup(parent?.unit.parentCode).rollup;
  const children = useChildRollups(unitCode);
  const ancestors = [grandparent, parent].filter((r): r is Rollup => !!r);

  const hierarchies = reporting.hierarchies;
  const lineageLoad = useLoad((signal) => hierarchies?.unit(unitCode, signal), [hierarchies, unitCode]);
  const lineage = lineageLoad.data?.unit.code === unitCode ? lineageLoad.data : undefined;
  const province = rollup?.unit.level === 'PROVINCE' ? rollup.unit : ancestors.find((r) => r.unit.level === 'PROVINCE')?.unit ?? null;
  const provinceCode = province?.code ?? null;
  const provinceLoad = useLoad(
    (signal) => (provinceCode && provinceCode !== unitCode ? hierarchies?.unit(provinceCode, signal) : undefined),
    [hierarchies, provinceCode, unitCode],
  );
  const provinceLineage = provinceCode === unitCode ? lineage : provinceLoad.data?.unit.code === provinceCode ? provinceLoad.data : undefined;

  // The district map has the old boundaries: for the three-tier units only.
  const twoTier = isTwoTier(unitCode);
  const inBinhDinh = !twoTier && (unitCode === BINH_DINH || ancestors.some((r) => r.unit.code === BINH_DINH));
  // The map needs the province's districts; at the province they are the children already loaded.
  const districts = useChildRollups(inBinhDinh && unitCode !== BINH_DINH ? BINH_DINH : null);
  const districtRollups = unitCode === BINH_DINH ? children.rollups : districts.rollups;
  const selectedDistrict =
    rollup?.unit.level === 'DISTRICT' ? rollup.unit.code : rollup?.unit.level === 'COMMUNE' ? rollup.unit.parentCode : null;

  const title = rollup ? rollup.unit.name : t.overview.title;
  const teamLinks = useCan('teams');

  return (
    <>
      {ancestors.length > 0 && (
        <nav class="breadcrumb" aria-label={t.overview.breadcrumb}>
          <ol>
            {ancestors.map((ancestor) => (
              <li key={ancestor.unit.code}>
                <a href={paths.overview(ancestor.unit.code)}>{ancestor.unit.name}</a>
              </li>
            ))}
            <li aria-current="page">{rollup?.unit.name}</li>
          </ol>
        </nav>
      )}
      <PageHeading title={title} documentTitle={`${t.overview.title}: ${title}`}
        kicker={rollup ? `${t.overview.title} · ${t.levels[rollup.unit.level]}` : undefined} />
      <HierarchySwitch unitCode={unitCode} province={province} provinceLineage={provinceLineage} />

      {current.error && !rollup && <ErrorMessage error={current.error} onRetry={current.reload} />}

      <section aria-labelledby="figures-heading" class="section">
        <h2 id="figures-heading" class="visually-hidden">
          {rollup ? t.overview.unitHeading(rollup.unit.name) : t.overview.title}
        </h2>
        <Freshness rollup={rollup} />
        <FigureTiles figures={rollup?.figures} />
      </section>

      {lineage && <LineagePanel lineage={lineage} />}

      <IndicatorsSection key={`${unitCode}|${period ?? ''}`} unitCode={unitCode} initialPeriod={period ?? null}
        lineage={lineage} />

      {twoTier && (
        <section aria-labelledby="map-heading" class="section">
          <h2 id="map-heading">{t.hierarchy.mapHeading}</h2>
          <p class="map-note" data-testid="map-note">{t.hierarchy.noNewBoundaries}</p>
        </section>
      )}

      <div class={inBinhDinh ? 'overview-grid' : undefined}>
        {inBinhDinh && (
          <section aria-labelledby="map-heading" class="section panel">
            <h2 id="map-heading">{t.overview.mapHeading}</h2>
            <MapPanel rollups={districtRollups} selectedCode={selectedDistrict} />
          </section>
        )}
        <section aria-labelledby="children-heading" class="section panel">
          <h2 id="children-heading">{t.overview.childrenHeading}</h2>
          {children.error && <ErrorMessage error={children.error} onRetry={children.reload} />}
          {!children.rollups && children.loading && <p>{t.common.loading}</p>}
          {children.rollups && children.rollups.length === 0 && (
            <p>
              {t.overview.noChildren}{' '}
              {teamLinks && rollup?.unit.level === 'COMMUNE' && <a href={paths.teams(rollup.unit.code)}>{t.overview.viewTeams}</a>}
            </p>
          )}
          {children.rollups && children.rollups.length > 0 && (
            <ChildrenTable parentName={rollup?.unit.name ?? ''} rollups={children.rollups} teamLinks={teamLinks} />
          )}
        </section>
      </div>

      <CaseSuccessSection unitCode={unitCode} unitName={rollup?.unit.name ?? unitCode} />
    </>
  );
}

/** "Cập nhật lúc …" and whether live updates are coming in. */
function Freshness({ rollup }: { rollup: Rollup | undefined }) {
  const status = useFeedStatus();
  return (
    <p class="freshness">
      <span aria-live="polite" data-testid="as-of">
        {rollup && (rollup.asOf ? t.overview.updatedAt(fmt.dateTime(rollup.asOf.eventTime)) : t.overview.neverUpdated)}
      </span>
      <span class={`live live--${status}`} aria-live="polite">
        <span class="live__dot" aria-hidden="true" />
        {t.overview.live[status]}
      </span>
    </p>
  );
}

/** What the map is coloured by: one of the rollup's figures, or a national-target indicator's id. */
type MapChoice = FigureName | string;

function MapPanel({ rollups, selectedCode }: { rollups: Rollup[] | undefined; selectedCode: string | null }) {
  const { reporting } = useServices();
  const [choice, setChoice] = useState<MapChoice>('teams');
  const layout = useLoad(() => loadBinhDinhDistricts(), []);
  const indicators = reporting.indicators;
  const indicator = indicators && isNationalTarget(choice) ? choice : null;
  const figure = indicator ? null : (choice as FigureName);
  const figureValues = new Map((rollups ?? []).map((r) => [r.unit.code, (figure && r.figures[figure]) || 0] as const));
  const options = NATIONAL_TARGETS.filter((target) => target.levels.includes('DISTRICT'));

  return (
    <>
      <div class="field field--inline">
        <label for="map-figure">{t.overview.mapFigure}</label>
        <select
          id="map-figure"
          value={choice}
          onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}
        >
          {indicators ? (
            <>
              <optgroup label={t.indicators.mapFigures}>
                {FIGURE_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {figureLabel(name)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t.indicators.mapTargets}>
                {options.map(({ id }) => (
                  <option key={id} value={id}>
                    {t.indicators.short[id] ?? id}
                  </option>
                ))}
              </optgroup>
            </>
          ) : (
            FIGURE_NAMES.map((name) => (
              <option key={name} value={name}>
                {figureLabel(name)}
              </option>
            ))
          )}
        </select>
      </div>
      {layout.error && <ErrorMessage error={layout.error} onRetry={layout.reload} />}
      {!layout.data && !layout.error && <p>{t.overview.mapLoading}</p>}
      {layout.data && figure && (
        <DistrictMap
          layout={layout.data}
          values={figureValues}
          figureLabel={figureLabel(figure)}
          selectedCode={selectedCode}
          onSelect={(code) => navigate(paths.overview(code))}
        />
      )}
      {layout.data && indicators && indicator && (
        <IndicatorMap api={indicators} indicator={indicator} rollups={rollups} layout={layout.data}
          selectedCode={selectedCode} />
      )}
    </>
  );
}

/**
 * The districts' values of a national-target indicator (GET …/indicators/52/{indicator}/children),
 * loaded again once live changes to the districts have settled.
 */
function IndicatorMap({ api, indicator, rollups, layout, selectedCode }: {
  api: IndicatorsApi;
  indicator: string;
  rollups: Rollup[] | undefined;
  layout: MapLayout;
  selectedCode: string | null;
}) {
  const figures = (rollups ?? []).map((r) => stamp(r.asOf)).join(',');
  const refresh = useDebouncedRefresh(indicator, figures);
  const loaded = useLoad((signal) => api.children(BINH_DINH, indicator, null, signal), [api, indicator, refresh]);
  const drill = loaded.data?.indicator === indicator ? loaded.data : undefined;
  if (loaded.error && !drill) {
    return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!drill) {
    return <p>{t.indicators.mapLoading}</p>;
  }
  const values = new Map<string, number>();
  const met = new Map<string, boolean>();
  for (const child of drill.children) {
    if (child.value !== null) {
      values.set(child.unit.code, child.value);
      if (child.met !== null) {
        met.set(child.unit.code, child.met);
      }
    }
  }
  const measure = drill.parent.measure;
  const percent = measure === '%';
  const target = drill.parent.target;
  const largest = Math.max(0, ...values.values());
  const reached = [...met.values()].filter(Boolean).length;
  const targetLine = targetText(drill.parent);
  return (
    <DistrictMap
      layout={layout}
      values={values}
      figureLabel={t.indicators.short[indicator] ?? drill.parent.name}
      format={(value) => (percent ? `${fmt.decimal(value, 1)}%` : fmt.decimal(value, 2))}
      max={percent ? Math.max(100, largest) : Math.max(target ?? 0, largest)}
      met={met}
      targetNote={targetLine ? t.indicators.mapTarget(targetLine, reached, met.size) : undefined}
      selectedCode={selectedCode}
      onSelect={(code) => navigate(paths.overview(code))}
    />
  );
}
