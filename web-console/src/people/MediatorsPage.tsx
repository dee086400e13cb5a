import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError } from '../api';
import {
  MEDIATOR_ORDERS,
  MEDIATOR_STATUSES,
  type MediatorFilter,
  type MediatorOrder,
  type MediatorRow,
  type MediatorStatus,
} from '../api/registry';
import type { Gender } from '../api/types';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan } from '../auth/context';
import { useUnitNames } from '../courses/shared';
import { SelectField } from '../forms/Choice';
import { ErrorSummary } from '../forms/ErrorSummary';
import { TextField } from '../forms/Field';
import { clearField, formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from '../forms/fieldErrors';
import { t } from '../i18n';
import '../teams/registry.css';
import { labelsFrom, orNull, showing } from './forms';
import { ListState, Pager, PeopleTable } from './lists';
import { UnitChooser, useScope } from './UnitChooser';

export const PAGE_SIZE = 50;

/** The filters as the form holds them ('' for "all"), each under the name of its query parameter. */
interface Filters {
  gender: Gender | '';
  ethnicMinority: '' | 'true' | 'false';
  ethnicity: string;
  background: string;
  status: MediatorStatus;
  sort: MediatorOrder;
}

const INITIAL: Filters = { gender: '', ethnicMinority: '', ethnicity: '', background: '', status: 'SERVING', sort: 'NAME' };

/** The query parameters the form shows: the server's message about one of them goes beside it. */
const FIELDS = ['unit', 'gender', 'ethnicMinority', 'ethnicity', 'background', 'status', 'sort'] as const;

/** The request for these filters: what is empty is left out, as the API's defaults are the form's. */
export function mediatorQuery(unit: string, filters: Filters): MediatorFilter {
  return {
    unit,
    gender: filters.gender || null,
    ethnicMinority: filters.ethnicMinority === '' ? null : filters.ethnicMinority === 'true',
    ethnicity: orNull(filters.ethnicity)?.trim() ?? null,
    background: orNull(filters.background)?.trim() ?? null,
    status: filters.status,
    sort: filters.sort,
  };
}

/**
 * Hòa giải viên: the mediators of a unit across its teams (GET /api/registry/mediators), filtered by
 * gender, ethnicity (the province and the commune's own officer only), background and status, sorted,
 * a page at a time. The API has no search by name, so there is none here. Birth year and ethnicity
 * come masked (null) to those who may not see them, and show as "Ẩn".
 */
export function MediatorsPage() {
  const { registry } = useServices();
  const scope = useScope();
  const mayFilterEthnicity = useCan('filterMediatorsByEthnicity');
  const [unit, setUnit] = useState(scope);
  const [draft, setDraft] = useState<Filters>(INITIAL);
  const [filters, setFilters] = useState<Filters>(INITIAL);
  const [page, setPage] = useState(0);
  const [applied, setApplied] = useState(0);
  const query = mediatorQuery(unit, filters);
  const list = useLoad(
    (signal) => registry.mediators(query, { page, size: PAGE_SIZE }, signal),
    [JSON.stringify(query), page],
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const summary = useRef<HTMLDivElement>(null);
  const fieldProblem = list.error instanceof ProblemError && list.error.fieldErrors.length > 0;

  useEffect(() => {
    setErrors(fieldProblem ? formErrorsOf(list.error, showing(FIELDS)) : NO_ERRORS);
  }, [list.error]);
  useEffect(() => {
    // After the user asked for a list the server refused, the summary says why (as a form's does).
    if (applied > 0 && hasErrors(errors)) {
      summary.current?.focus();
    }
  }, [errors]);

  const apply = (next: Filters) => {
    setFilters(next);
    setPage(0);
    setApplied((n) => n + 1);
  };
  const set = <K extends keyof Filters>(field: K, value: Filters[K], now: boolean) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setErrors((e) => clearField(e, field));
    if (now) {
      apply(next);
    }
  };
  const unitName = useUnitNames((list.data ?? []).map((row) => row.communeCode));
  const md = t.mediators;
  const all = { value: '', label: t.registryCommon.all };
  const masked = <span class="muted">{md.masked}</span>;
  const rows = list.data ?? [];

  return (
    <>
      <PageHeading title={md.title} />
      <p>{md.intro}</p>
      <section class="section panel" aria-labelledby="mediator-filter-heading">
        <h2 id="mediator-filter-heading">{md.filterHeading}</h2>
        <form id="mediator-filter" noValidate aria-labelledby="mediator-filter-heading"
          onSubmit={(event) => {
            event.preventDefault();
            apply({ ...draft });
          }}>
          {hasErrors(errors) && (
            <ErrorSummary errors={errors} title={md.errorSummary} labelOf={labelsFrom(md)} summaryRef={summary}
              titleId="mediator-filter-errors" />
          )}
          <div class="filters">
            <UnitChooser scope={scope} depth="COMMUNE" errors={errors}
              onChange={(code) => {
                if (code !== unit) {
                  setUnit(code);
                  setPage(0);
                  setApplied((n) => n + 1);
                  setErrors((e) => clearField(e, 'unit'));
                }
              }} />
            <SelectField field="gender" label={md.gender} value={draft.gender} errors={errors}
              options={[all, ...t.registryCommon.genders]}
              onChange={(v) => set('gender', v as Gender | '', true)} />
            {mayFilterEthnicity && (
              <SelectField field="ethnicMinority" label={md.ethnicMinority} value={draft.ethnicMinority} errors={errors}
                options={[all, { value: 'true', label: t.registryCommon.yes }, { value: 'false', label: t.registryCommon.no }]}
                onChange={(v) => set('ethnicMinority', v as Filters['ethnicMinority'], true)} />
            )}
            {mayFilterEthnicity && (
              <TextField field="ethnicity" label={md.ethnicity} hint={md.ethnicityHint} value={draft.ethnicity}
                errors={errors} onInput={(v) => set('ethnicity', v, false)} />
            )}
            <TextField field="background" label={md.background} hint={md.backgroundHint} value={draft.background}
              errors={errors} onInput={(v) => set('background', v, false)} />
            <SelectField field="status" label={md.status} value={draft.status} errors={errors}
              options={MEDIATOR_STATUSES.map((s) => ({ value: s, label: md.statuses[s] ?? s }))}
              onChange={(v) => set('status', v as MediatorStatus, true)} />
            <SelectField field="sort" label={md.sort} value={draft.sort} errors={errors}
              options={MEDIATOR_ORDERS.map((o) => ({ value: o, label: md.orders[o] ?? o }))}
              onChange={(v) => set('sort', v as MediatorOrder, true)} />
          </div>
          <div class="form-actions">
            <button type="submit" class="button">{md.apply}</button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="mediators-heading" aria-busy={list.loading}>
        <h2 id="mediators-heading">{md.listHeading}</h2>
        {/* A refused filter is said beside its field, above; anything else here, with "try again". */}
        {!fieldProblem && <ListState list={list} none={md.none} page={page} />}
        {rows.some((row) => row.mediator.birthYear === null || row.mediator.ethnicity === null) && (
          <p class="muted">{md.maskedNote}</p>
        )}
        <PeopleTable caption={md.caption} rows={fieldProblem ? [] : rows}
          columns={[md.fullName, md.gender, md.birthYear, md.ethnicity, md.team, md.commune]}>
          {(row: MediatorRow) => {
            const m = row.mediator;
            return (
              <tr key={`${row.teamId}-${m.id}`} data-mediator-id={m.id}>
                <th scope="row">
                  {m.fullName}
                  {m.leader && <span class="muted cell-note">{md.leader}</span>}
                  {(m.dismissalDate !== null || m.transferredTo !== null) && <span class="muted cell-note">{md.former}</span>}
                </th>
                <td>{m.gender ? (t.teams.genders[m.gender] ?? m.gender) : masked}</td>
                <td class="num">{m.birthYear === null ? masked : String(m.birthYear)}</td>
                <td>{m.ethnicity === null ? masked : m.ethnicity}</td>
                <td>
                  <a href={paths.team(row.teamId)}>{row.teamName}</a>
                  <span class="muted cell-note">{row.villageName}</span>
                </td>
                <td>{unitName(row.communeCode)}</td>
              </tr>
            );
          }}
        </PeopleTable>
        <Pager page={page} full={rows.length >= PAGE_SIZE} onPage={setPage} />
      </section>
    </>
  );
}
