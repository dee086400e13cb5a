import { useState } from 'preact/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useSession } from '../auth/context';
import type { PlanTab } from '../courses/routes';
import { hasRole, PROVINCE, thisYear, YearSelect } from '../courses/shared';
import '../courses/training.css';
import { t } from '../i18n';
import { TAB_READERS } from './access';
import { AnnualReports } from './AnnualReports';
import { FundingPanel } from './FundingPanel';
import { Inspections } from './Inspections';
import { TaskMatrix } from './TaskMatrix';

const TABS: PlanTab[] = ['tasks', 'annual', 'funding', 'inspections'];

/**
 * Kế hoạch: the plan's tasks and each unit's progress, the districts' annual reports, funding and
 * inspections, for a unit (the user's own, or one below it) and a year of the scheme.
 */
export function PlanPage({ tab }: { tab: PlanTab }) {
  const user = useSession()?.user ?? null;
  const [year, setYear] = useState(thisYear);
  const ownUnit = user?.unit ?? PROVINCE;
  const [unit, setUnit] = useState(ownUnit);
  const [typed, setTyped] = useState(ownUnit);
  const tabs = TABS.filter((candidate) => hasRole(user, TAB_READERS[candidate]));
  // A commune officer has one commune: nothing to choose.
  const picksUnit = user?.role !== 'COMMUNE_OFFICER';

  return (
    <>
      <PageHeading title={t.plan.title} kicker={t.plan.tabs[tab]} documentTitle={`${t.plan.tabs[tab]} — ${t.plan.nav}`} />
      <nav class="tabs" aria-label={t.plan.tabsLabel}>
        <ul>
          {tabs.map((candidate) => (
            <li key={candidate}>
              <a href={paths.plan(candidate)} aria-current={candidate === tab ? 'page' : undefined}>
                {t.plan.tabs[candidate]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        class="plan-controls panel"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) {
            setUnit(typed.trim());
          }
        }}
      >
        {picksUnit && tab !== 'annual' && (
          <div class="field">
            <label for="plan-unit">{t.plan.unit}</label>
            <p class="field-hint" id="plan-unit-hint">{t.plan.unitHint}</p>
            <div class="input-with-button">
              <input id="plan-unit" type="text" inputMode="numeric" value={typed} autoComplete="off"
                aria-describedby="plan-unit-hint" onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
              <button type="submit" class="button">{t.plan.show}</button>
            </div>
          </div>
        )}
        <YearSelect id="plan-year" label={t.plan.year} value={year} onChange={setYear} />
      </form>
      {!hasRole(user, TAB_READERS[tab]) ? (
        <p class="alert alert--error">{t.auth.forbiddenText}</p>
      ) : tab === 'tasks' ? (
        <TaskMatrix unitCode={unit} year={year} />
      ) : tab === 'annual' ? (
        <AnnualReports year={year} />
      ) : tab === 'funding' ? (
        <FundingPanel unitCode={unit} year={year} />
      ) : (
        <Inspections unitCode={unit} year={year} />
      )}
    </>
  );
}
