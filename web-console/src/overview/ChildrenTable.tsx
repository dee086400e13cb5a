import type { FigureName, Rollup } from '../api';
import { paths } from '../app/router';
import { fmt } from '../format/format';
import { t } from '../i18n';

const COLUMNS: (FigureName | 'compliantShare')[] = [
  'teams',
  'teamsCompliant',
  'compliantShare',
  'mediators',
  'mediatorsWomen',
  'mediatorsEthnicMinority',
  'courses',
];

/** The units below, one row each, with a link to drill down. */
export function ChildrenTable({ parentName, rollups, teamLinks = true }: {
  parentName: string;
  rollups: Rollup[];
  /** Links to a commune's teams, for those who may see teams (not analysts). */
  teamLinks?: boolean;
}) {
  return (
    <div class="table-scroll" role="region" aria-label={t.overview.childrenCaption(parentName)} tabIndex={0}>
      <table class="data-table">
        <caption class="visually-hidden">{t.overview.childrenCaption(parentName)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.overview.unitColumn}</th>
            {COLUMNS.map((figure) => (
              <th scope="col" class="num" key={figure}>
                {t.overview.columns[figure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rollups.map((rollup) => (
            <tr key={rollup.unit.code} data-code={rollup.unit.code}>
              <th scope="row">
                <a href={paths.overview(rollup.unit.code)}>{rollup.unit.name}</a>
                {teamLinks && rollup.unit.level === 'COMMUNE' && (
                  <>
                    {' '}
                    <a class="secondary-link" href={paths.teams(rollup.unit.code)}>
                      {t.overview.viewTeams}
                      <span class="visually-hidden"> — {rollup.unit.name}</span>
                    </a>
                  </>
                )}
              </th>
              {COLUMNS.map((figure) =>
                figure === 'compliantShare' ? (
                  <td class="num" key={figure}>
                    {fmt.percent(rollup.figures.teamsCompliant ?? 0, rollup.figures.teams ?? 0) ?? '—'}
                  </td>
                ) : (
                  <td class="num" key={figure}>
                    {fmt.integer(rollup.figures[figure] ?? 0)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
