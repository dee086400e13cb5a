import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DownloadedFile } from '../api/client';
import { PageHeading } from '../app/PageHeading';
import { toApiError } from '../app/hooks';
import { useServices } from '../app/services';
import { useSession } from '../auth/context';
import { homeOf, type Role, type User } from '../auth/user';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldFrame, inputProps } from '../forms/Field';
import { clearField, formErrorsOf, hasErrors, NO_ERRORS, type FormErrors } from '../forms/fieldErrors';
import { t } from '../i18n';

/*
 * What the training, materials and plan pages share: forms whose fields are named within the form
 * (several forms live on one page), their error summary, file downloads with the token, unit names
 * and the role checks that decide what is shown (the services decide for real).
 */

/**
 * A form that sends to the API: one submission at a time, the server's field errors beside the fields
 * the form shows, the rest in the summary, which takes focus after a failed submission. Field names
 * are prefixed (`enrol.mediatorId`), so two forms on a page never share an element id.
 *
 * @param prefix the form's name, for the ids of its fields
 * @param shown whether the form shows a field the server may name (`mediatorId`, `publications[0].url`)
 */
export function useForm<T>(prefix: string, shown: (field: string) => boolean, send: () => Promise<T>,
    onSuccess: (result: T) => void) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0 && hasErrors(errors)) {
      summary.current?.focus();
    }
  }, [attempt]);

  const run = async <R,>(sender: () => Promise<R>, done: (result: R) => void) => {
    if (submitting) {
      return;
    }
    setSubmitting(true);
    try {
      const result = await sender();
      setErrors(NO_ERRORS);
      done(result);
    } catch (error) {
      setErrors(prefixed(formErrorsOf(error, shown), prefix));
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  return {
    errors,
    setErrors,
    submitting,
    summary,
    /** The prefixed name of a field: what TextField and inputProps are given. */
    name: (field: string) => `${prefix}.${field}`,
    /** The user changed a field: its messages go. */
    clear: (field: string) => setErrors((e) => clearField(e, `${prefix}.${field}`)),
    submit: (event?: Event) => {
      event?.preventDefault();
      return run(send, onSuccess);
    },
    /** Sends something else than the form's own request (a dry run, a look-up) with the same error handling. */
    runWith: run,
    /** Shows errors found before sending (a file not chosen, an amount that is not a number). */
    fail: (local: FormErrors) => {
      setErrors(prefixed(local, prefix));
      setAttempt((n) => n + 1);
    },
  };
}

function prefixed(errors: FormErrors, prefix: string): FormErrors {
  const byField: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors.byField)) {
    byField[`${prefix}.${field}`] = messages;
  }
  return { byField, general: errors.general };
}

/** The field's name within its form: `enrol.mediatorId` → `mediatorId`. */
export function unprefixed(field: string): string {
  const dot = field.indexOf('.');
  return dot < 0 ? field : field.slice(dot + 1);
}

/**
 * The problems of a failed submission above the form: forms/ErrorSummary, with a title id of the
 * form's own and each field named without the form's prefix (its entry still links to the field).
 */
export function FormSummary({ id, errors, title, labelOf, summaryRef }: {
  id: string;
  errors: FormErrors;
  title: string;
  labelOf(field: string): string;
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (!hasErrors(errors)) {
    return null;
  }
  return (
    <ErrorSummary errors={errors} title={title} labelOf={(field) => labelOf(unprefixed(field))} summaryRef={summaryRef}
      titleId={`${id}-title`} />
  );
}

/** Hands a downloaded file to the browser to save, under the server's name or `fallback`. */
export function saveFile(file: DownloadedFile, fallback: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallback;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A button that fetches a file with the user's token (a plain link could not send it) and saves it;
 * a failure is said beside the button.
 */
export function DownloadButton({ fetchFile, fallbackName, label, ariaLabel, describedBy, secondary = true }: {
  fetchFile(): Promise<DownloadedFile>;
  fallbackName: string;
  label: ComponentChildren;
  /** A longer name for screen readers, when the visible label is short ("Tải PDF"). */
  ariaLabel?: string;
  describedBy?: string;
  secondary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const download = async () => {
    setBusy(true);
    setError('');
    try {
      saveFile(await fetchFile(), fallbackName);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="download">
      <button type="button" class={`button${secondary ? ' button--secondary' : ''}`} onClick={() => void download()}
        disabled={busy} aria-disabled={busy} aria-label={ariaLabel} aria-describedby={describedBy}>
        {busy ? t.training.downloading : label}
      </button>
      {error && (
        <span class="field-error download__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** Names of units by code, asked of the registry once each; the code until the name is known. */
export function useUnitNames(codes: readonly string[]): (code: string) => string {
  const { registry } = useServices();
  const [names, setNames] = useState<Record<string, string>>({});
  const asked = useRef(new Set<string>());
  // One controller for the component's life: a look-up is not cancelled because the list changed.
  const controller = useRef<AbortController | null>(null);
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => {
    controller.current ??= new AbortController();
    const signal = controller.current.signal;
    for (const code of key ? key.split(',') : []) {
      if (asked.current.has(code)) {
        continue;
      }
      asked.current.add(code);
      registry.unit(code, signal).then(
        (unit) => setNames((n) => ({ ...n, [code]: unit.name })),
        () => asked.current.delete(code),
      );
    }
  }, [key]);
  return (code) => names[code] ?? `${t.common.code} ${code}`;
}

/** Whether the signed-in user has one of these roles; outside a session (component tests) yes. */
export function useRole(...roles: Role[]): boolean {
  const session = useSession();
  return session ? session.user.role !== null && roles.includes(session.user.role) : true;
}

export function hasRole(user: User | null, roles: readonly Role[]): boolean {
  return user === null || (user.role !== null && roles.includes(user.role));
}

/**
 * Whether the user's unit covers a unit, as far as the console can tell from the unit and its parent
 * (the province covers all). Used to show controls only; the services check the real scope.
 */
export function covers(user: User | null, unit: { code: string; parentCode?: string | null } | undefined): boolean {
  if (user === null || user.role === 'PROVINCE_ADMIN' || user.unit === PROVINCE) {
    return true;
  }
  if (!unit || !user.unit) {
    return false;
  }
  return unit.code === user.unit || unit.parentCode === user.unit;
}

export const PROVINCE = '52';

/** The page a role may not open. */
export function Forbidden({ user }: { user: User | null }) {
  return (
    <>
      <PageHeading title={t.auth.forbiddenTitle} />
      <p>{t.auth.forbiddenText}</p>
      {user && (
        <p>
          <a href={homeOf(user)}>{t.auth.backHome}</a>
        </p>
      )}
    </>
  );
}

/** The years of the scheme (2024 - 2030); this year, within them, first chosen. */
export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2030;

export function thisYear(now = new Date()): number {
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: t.timeZone }).format(now));
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));
}

export function YearSelect({ id, value, onChange, label }: { id: string; value: number; onChange(year: number): void; label: string }) {
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    years.push(y);
  }
  return (
    <div class="field field--inline">
      <label for={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(e) => onChange(Number((e.currentTarget as HTMLSelectElement).value))}>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The items of a text area holding a list one per line (mediator ids, links), without the empty
 * lines, and the line each item is on, to say the server's `field[i]` errors by line.
 */
export function listOf(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) {
      items.push(line.trim());
      lines.push(i + 1);
    }
  });
  return { items, lines };
}

/** Whether a field the server names is the list or one of its items (`mediatorIds[2]`). */
export function listField(field: string): (problem: string) => boolean {
  return (problem) => problem === field || problem.startsWith(`${field}[`);
}

/** The errors of a list's items (`handout.mediatorIds[2]`) moved onto the text area, said by line: "Dòng 3: …". */
export function byLine(errors: FormErrors, name: string, lines: number[]): FormErrors {
  const byField: Record<string, string[]> = {};
  const item = new RegExp(`^${escape(name)}\\[(\\d+)\\]`);
  for (const [field, messages] of Object.entries(errors.byField)) {
    const match = item.exec(field);
    if (match) {
      const index = Number(match[1]);
      (byField[name] ??= []).push(...messages.map((m) => t.training.line(lines[index] ?? index + 1, m)));
    } else {
      (byField[field] ??= []).push(...messages);
    }
  }
  return { byField, general: errors.general };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Who plans courses, adds sessions, changes the status and enrols (in their scope). */
export const ORGANISERS: readonly Role[] = ['PROVINCE_ADMIN', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER'];

/** Who takes attendance, shows the QR code, imports sheets and downloads certificates (in their scope). */
export const TAKERS: readonly Role[] = [...ORGANISERS, 'TRAINER'];

/** A multi-line text field tied to its label, hint and the server's message, like forms/Field's TextField. */
export function TextArea(props: {
  field: string;
  label: string;
  value: string;
  errors: FormErrors;
  onInput(value: string): void;
  hint?: string;
  rows?: number;
}) {
  const { field, value, errors, onInput } = props;
  return (
    <FieldFrame field={field} label={props.label} errors={errors} hint={props.hint}>
      {(hintId) => (
        <textarea {...inputProps(field, errors, hintId)} rows={props.rows ?? 4} value={value}
          onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)} />
      )}
    </FieldFrame>
  );
}

/** A choice among values, with their Vietnamese names; '' is "— Chọn —". */
export function SelectField(props: {
  field: string;
  label: string;
  value: string;
  errors: FormErrors;
  options: readonly string[];
  labels: Record<string, string>;
  onChange(value: string): void;
  hint?: string;
  /** The first option, for no choice; none when the field always has a value. */
  empty?: string;
}) {
  const { field, value, errors } = props;
  return (
    <FieldFrame field={field} label={props.label} errors={errors} hint={props.hint}>
      {(hintId) => (
        <select {...inputProps(field, errors, hintId)} value={value}
          onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}>
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map((option) => (
            <option key={option} value={option}>
              {props.labels[option] ?? option}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A file to upload, tied to its label, hint and the server's message. */
export function FileField(props: {
  field: string;
  label: string;
  errors: FormErrors;
  accept: string;
  onChange(file: File | null): void;
  hint?: string;
}) {
  const { field, errors } = props;
  return (
    <FieldFrame field={field} label={props.label} errors={errors} hint={props.hint}>
      {(hintId) => (
        <input type="file" {...inputProps(field, errors, hintId)} accept={props.accept}
          onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
      )}
    </FieldFrame>
  );
}
