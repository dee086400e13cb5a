import { useState } from 'preact/hooks';
import { COURSE_AUDIENCES, type Course, type CourseAudience, type PlanCourse } from '../api';
import { useServices } from '../app/services';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError, inputProps, TextField } from '../forms/Field';
import { clearField, hasErrors, normalizeField } from '../forms/fieldErrors';
import { useSubmission } from '../forms/useSubmission';
import { t } from '../i18n';

interface CourseDraft {
  organiserUnitCode: string;
  title: string;
  audience: CourseAudience | '';
  startDate: string;
  endDate: string;
}

type CourseField = keyof CourseDraft;

const FIELDS: CourseField[] = ['organiserUnitCode', 'title', 'audience', 'startDate', 'endDate'];

/** The request as the user filled it in; empty fields go as null, so the server names them. */
export function toRequest(draft: CourseDraft): PlanCourse {
  return {
    organiserUnitCode: draft.organiserUnitCode.trim(),
    title: draft.title,
    audience: draft.audience || null,
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
  };
}

/**
 * Lập lớp tập huấn: the organising unit, the title, the audience and the dates. As in the teams form,
 * the server checks everything and its messages are shown beside each field and listed at the top.
 */
export function CourseForm({ organiserUnitCode, onCreated }: { organiserUnitCode: string; onCreated(course: Course): void }) {
  const { training } = useServices();
  const empty = (): CourseDraft => ({ organiserUnitCode, title: '', audience: '', startDate: '', endDate: '' });
  const [draft, setDraft] = useState<CourseDraft>(empty);
  const { errors, setErrors, submitting, summary, submit } = useSubmission(
    () => training.planCourse(toRequest(draft)),
    (field) => (FIELDS as string[]).includes(field),
    (course) => {
      setDraft(empty());
      onCreated(course);
    },
  );

  const set = (field: CourseField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => clearField(e, field));
  };

  const audienceInvalid = !!errors.byField.audience?.length;
  return (
    <form class="course-form" onSubmit={submit} noValidate aria-labelledby="course-form-heading">
      <h2 id="course-form-heading">{t.courseForm.heading}</h2>
      <p class="field-hint">{t.courseForm.intro}</p>

      {hasErrors(errors) && (
        <ErrorSummary errors={errors} title={t.courseForm.errorSummary} labelOf={labelOf} summaryRef={summary} />
      )}

      <TextField field="organiserUnitCode" label={t.courseForm.organiserUnitCode} hint={t.courseForm.organiserUnitCodeHint}
        inputMode="numeric" value={draft.organiserUnitCode} errors={errors}
        onInput={(v) => set('organiserUnitCode', v)} class="field--short" />
      <TextField field="title" label={t.courseForm.title} value={draft.title} errors={errors}
        onInput={(v) => set('title', v)} />
      <div class={`field${audienceInvalid ? ' field--invalid' : ''}`}>
        <label for="f-audience">{t.courseForm.audience}</label>
        <FieldError field="audience" errors={errors} />
        <select
          {...inputProps('audience', errors)}
          value={draft.audience}
          onChange={(event) => set('audience', (event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.courseForm.chooseAudience}</option>
          {COURSE_AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {t.courses.audiences[audience]}
            </option>
          ))}
        </select>
      </div>
      <div class="date-range">
        <TextField field="startDate" type="date" label={t.courseForm.startDate} value={draft.startDate} errors={errors}
          onInput={(v) => set('startDate', v)} />
        <TextField field="endDate" type="date" label={t.courseForm.endDate} value={draft.endDate} errors={errors}
          onInput={(v) => set('endDate', v)} />
      </div>

      <div class="form-actions">
        <button type="submit" class="button" disabled={submitting} aria-disabled={submitting}>
          {submitting ? t.courseForm.submitting : t.courseForm.submit}
        </button>
      </div>
    </form>
  );
}

/** How the error summary names a field. */
function labelOf(field: string): string {
  const normalized = normalizeField(field);
  const own = (t.courseForm as Record<string, unknown>)[normalized];
  return typeof own === 'string' ? own : normalized;
}
