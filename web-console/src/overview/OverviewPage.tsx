import { useState } from 'preact/hooks';
import { FIGURE_NAMES, type FigureName, type Rollup } from '../api';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { navigate, paths } from '../app/router';
import { PageHeading } from '../app/PageHeading';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { useCan } from '../auth/context';
import { useChildRollups, useFeedStatus, useRollup } from '../live/hooks';
import { BINH_DINH, loadBinhDinhDistricts } from '../map/districts';
import { DistrictMap } from '../map/DistrictMap';
import { ChildrenTable } from './ChildrenTable';
import { figureLabel } from './figures';
import { FigureTiles } from './FigureTiles';

/** Tổng quan: a unit's figures, live, its units below, and the map of Bình Định's districts. */
export function OverviewPage({ unitCode }: { unitCode: string }) {
  const current = useRollup(unitCode);
  const rollup = current.rollup;
  const parent = useRollup(rollup?.unit.parentCode).rollup;
  const grandparent = useRollup(parent?.unit.parentCode).rollup;
  const children = useChildRollups(unitCode);
  const ancestors = [grandparent, parent].filter((r): r is Rollup => !!r);

  const inBinhDinh = unitCode === BINH_DINH || ancestors.some((r) => r.unit.code === BINH_DINH);
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

      {current.error && !rollup && <ErrorMessage error={current.error} onRetry={current.reload} />}

      <section aria-labelledby="figures-heading" class="section">
        <h2 id="figures-heading" class="visually-hidden">
          {rollup ? t.overview.unitHeading(rollup.unit.name) : t.overview.title}
        </h2>
        <Freshness rollup={rollup} />
        <FigureTiles figures={rollup?.figures} />
      </section>

      <div class="overview-grid">
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

function MapPanel({ rollups, selectedCode }: { rollups: Rollup[] | undefined; selectedCode: string | null }) {
  const [figure, setFigure] = useState<FigureName>('teams');
  const layout = useLoad(() => loadBinhDinhDistricts(), []);
  const values = new Map((rollups ?? []).map((r) => [r.unit.code, r.figures[figure] ?? 0] as const));

  return (
    <>
      <div class="field field--inline">
        <label for="map-figure">{t.overview.mapFigure}</label>
        <select
          id="map-figure"
          value={figure}
          onChange={(event) => setFigure((event.currentTarget as HTMLSelectElement).value as FigureName)}
        >
          {FIGURE_NAMES.map((name) => (
            <option key={name} value={name}>
              {figureLabel(name)}
            </option>
          ))}
        </select>
      </div>
      {layout.error && <ErrorMessage error={layout.error} onRetry={layout.reload} />}
      {!layout.data && !layout.error && <p>{t.overview.mapLoading}</p>}
      {layout.data && (
        <DistrictMap
          layout={layout.data}
          values={values}
          figureLabel={figureLabel(figure)}
          selectedCode={selectedCode}
          onSelect={(code) => navigate(paths.overview(code))}
        />
      )}
    </>
  );
}
