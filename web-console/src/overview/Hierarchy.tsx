import type { HierarchyVersionInfo, UnitLineage } from '../api/reporting';
import type { UnitRef } from '../api';
import { useLoad } from '../app/hooks';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { counterpartOf, hierarchyOf, linksOf, officialCode } from '../hierarchy/versions';
import { t } from '../i18n';
import { periodText } from './indicators';
import './hierarchy.css';

/*
 * The overview and the 2025 reorganisation (issue #12): which version of the administrative hierarchy
 * the page is in, the period's version when it is the other one, and what a unit was formed from or
 * went into. Nothing of it shows when the reporting API has no hierarchies (tests of other pages).
 */

/** How the switch and the notice name a version: the console's words, else the server's. */
export function versionLabel(version: HierarchyVersionInfo | string): string {
  const id = typeof version === 'string' ? version : version.version;
  return t.hierarchy.versions[id] ?? (typeof version === 'string' ? version : version.name);
}

function versionInText(version: string): string {
  return t.hierarchy.inText[version] ?? version;
}

/**
 * The unit of `version` to open for `province` (the province of the page's unit, with its lineage):
 * itself in its own version; in the other, the province it went into or was formed from; else the
 * version's one province.
 */
export function provinceOf(version: HierarchyVersionInfo, province: UnitRef | null, lineage: UnitLineage | undefined): UnitRef | null {
  if (province && hierarchyOf(province.code) === version.version) {
    return province;
  }
  if (province && lineage && lineage.unit.code === province.code) {
    const counterpart = counterpartOf(lineage);
    if (counterpart && hierarchyOf(counterpart.code) === version.version) {
      return counterpart;
    }
  }
  return version.provinces[0] ?? null;
}

/**
 * "Danh mục đơn vị hành chính": the versions of the hierarchy as links to the province of each
 * (52 ↔ 52@2025-07-01), the page's own marked current and the one in force today said in words.
 */
export function HierarchySwitch({ unitCode, province, provinceLineage }: {
  unitCode: string;
  /** The province of the page's unit (the unit itself at the top), once known. */
  province: UnitRef | null;
  provinceLineage: UnitLineage | undefined;
}) {
  const { reporting } = useServices();
  const api = reporting.hierarchies;
  const today = useLoad((signal) => api?.versions(null, signal), [api]);
  if (!api || !today.data) {
    return null;
  }
  const current = hierarchyOf(unitCode);
  return (
    <nav class="hierarchy-switch" aria-labelledby="hierarchy-switch-label">
      <span class="hierarchy-switch__label" id="hierarchy-switch-label">{t.hierarchy.switchLabel}</span>
      <ul class="hierarchy-switch__list">
        {today.data.versions.map((version) => {
          const target = provinceOf(version, province, provinceLineage);
          const inForce = version.version === today.data!.inForce;
          const label = (
            <>
              {versionLabel(version)}
              {inForce && (
                <>
                  {' '}
                  <span class="badge badge--ok">{t.hierarchy.inForce}</span>
                </>
              )}
            </>
          );
          return (
            <li key={version.version} data-version={version.version}>
              {target ? (
                <a href={paths.overview(target.code)} aria-current={version.version === current ? 'true' : undefined}
                  class="hierarchy-switch__choice">
                  {label}
                </a>
              ) : (
                <span class="hierarchy-switch__choice">{label}</span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * When the chosen period falls under the other version of the hierarchy: says so, that the figures
 * shown here are recast to this version for comparison, and links to the same period by the version
 * in force then (the default). Nothing otherwise, or without a period.
 */
export function PeriodNotice({ unitCode, period, lineage }: {
  unitCode: string;
  period: string | null;
  lineage: UnitLineage | undefined;
}) {
  const { reporting } = useServices();
  const api = reporting.hierarchies;
  const loaded = useLoad(
    (signal) => (api && period ? api.versions(period, signal).then((answer) => ({ period, answer })) : undefined),
    [api, period],
  );
  const answer = period && loaded.data?.period === period ? loaded.data.answer : undefined;
  const shown = hierarchyOf(unitCode);
  if (!period || !answer || answer.inForce === shown) {
    return null;
  }
  const then = answer.inForce;
  const own = lineage?.unit.code === unitCode ? counterpartOf(lineage) : null;
  const version = answer.versions.find((v) => v.version === then);
  const target =
    own && hierarchyOf(own.code) === then ? own : version && version.provinces.length === 1 ? version.provinces[0]! : null;
  const when = periodText(period);
  return (
    <div class="alert alert--info period-notice" data-testid="period-notice">
      <p>{t.hierarchy.otherVersion(capitalise(when), versionInText(then), versionInText(shown))}</p>
      {target && (
        <p>
          <a href={paths.overview(target.code, period)}>{t.hierarchy.viewInForce(when, target.name, versionInText(then))}</a>
        </p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase(t.locale) + text.slice(1);
}

/**
 * What a unit of one version is to the other: for a new commune, "Hình thành từ" and the old communes
 * (each linked to its own page, where its history stays), "một phần (1/3)" for an old commune split
 * three ways; for an old commune, "Sau ngày 01/7/2025 thuộc" and the new commune(s) (for an old
 * district, the new communes its area went into).
 */
export function LineagePanel({ lineage }: { lineage: UnitLineage }) {
  const links = linksOf(lineage);
  if (links.length === 0) {
    return null;
  }
  const formed = lineage.formedFrom.length > 0;
  const h = t.hierarchy;
  return (
    <section class="section panel lineage" aria-labelledby="lineage-heading" data-testid="lineage">
      <h2 id="lineage-heading">
        {formed ? h.formedFromHeading : lineage.unit.level === 'DISTRICT' ? h.districtWentIntoHeading : h.wentIntoHeading}
      </h2>
      {formed && <p class="field-hint">{h.formedFromIntro}</p>}
      <ul class="lineage__list">
        {links.map(({ unit, shares }) => (
          <li key={unit.code} data-code={unit.code}>
            <a href={paths.overview(unit.code)}>{unit.name}</a>
            <span class="muted"> ({t.common.code} {officialCode(unit.code)})</span>
            {shares > 1 && <span class="lineage__share"> — {formed ? h.share(shares) : h.part}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The periods one may choose: each year from 2024 (the figures before and after the change) with its quarters begun. */
export function periodChoices(now: Date = new Date()): { year: string; periods: string[] }[] {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone: t.timeZone }).formatToParts(now);
  const year = Number(parts.find((part) => part.type === 'year')!.value);
  const month = Number(parts.find((part) => part.type === 'month')!.value);
  const choices: { year: string; periods: string[] }[] = [];
  for (let y = year; y >= Math.min(2024, year); y--) {
    const quarters = y < year ? 4 : Math.ceil(month / 3);
    const periods = [String(y)];
    for (let q = 1; q <= quarters; q++) {
      periods.push(`${y}-Q${q}`);
    }
    choices.push({ year: String(y), periods });
  }
  return choices;
}

/** A period as an option says it: "Cả năm 2025", "Quý 2/2025", "Tháng 06/2025". */
export function periodOption(period: string): string {
  let match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) {
    return t.hierarchy.periodQuarter(match[2]!, match[1]!);
  }
  match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) {
    return t.hierarchy.periodMonth(match[2]!, match[1]!);
  }
  return /^\d{4}$/.test(period) ? t.hierarchy.periodYear(period) : period;
}

/** "Kỳ số liệu": as things stand, or a year or quarter (one given by the address is offered too). */
export function PeriodSelect({ period, onChange, now }: { period: string | null; onChange(period: string | null): void; now?: Date }) {
  const choices = periodChoices(now);
  const offered = choices.some((choice) => choice.periods.includes(period ?? '')) ? null : period;
  return (
    <div class="field field--inline">
      <label for="indicator-period">{t.hierarchy.periodLabel}</label>
      <select
        id="indicator-period"
        value={period ?? ''}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value || null)}
      >
        <option value="">{t.hierarchy.periodNow}</option>
        {offered && <option value={offered}>{periodOption(offered)}</option>}
        {choices.map(({ year, periods }) => (
          <optgroup key={year} label={t.hierarchy.periodYearGroup(year)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {periodOption(p)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
