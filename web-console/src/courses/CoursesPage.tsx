import { useState } from 'preact/hooks';
import type { Course } from '../api';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { navigate, paths } from '../app/router';
import { useServices } from '../app/services';
import { useCan, useSession } from '../auth/context';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { CourseForm } from './CourseForm';
import { CourseSessions } from './CourseSessions';
import { CourseStatusActions } from './CourseStatusActions';
import { EnrolForm } from './EnrolForm';
import { Participants } from './Participants';
import { SheetImport } from './SheetImport';
import { covers, hasRole, ORGANISERS, TAKERS } from './shared';

/** The course just created in this tab, to greet it on its page. */
let justCreated: string | null = null;

/** Lớp tập huấn: planning a course, and opening one by its id (there is no list of courses yet). */
export function CoursesPage() {
  const session = useSession();
  const mayCreate = useCan('createCourses');
  const created = (course: Course) => {
    justCreated = course.id;
    navigate(paths.course(course.id));
  };
  return (
    <>
      <PageHeading title={t.courses.title} />
      {mayCreate && (
        <section class="section panel">
          <CourseForm organiserUnitCode={session?.user.unit ?? ''} onCreated={created} />
        </section>
      )}
      <section class="section panel" aria-labelledby="find-course-heading">
        <h2 id="find-course-heading">{t.courses.findHeading}</h2>
        <FindCourse />
      </section>
    </>
  );
}

function FindCourse() {
  const [id, setId] = useState('');
  return (
    <form
      class="find-course"
      onSubmit={(event) => {
        event.preventDefault();
        if (id.trim()) {
          navigate(paths.course(id.trim()));
        }
      }}
    >
      <div class="field">
        <label for="find-course-id">{t.courses.findLabel}</label>
        <p class="field-hint" id="find-course-hint">
          {t.courses.findHint}
        </p>
        <div class="input-with-button">
          <input id="find-course-id" type="text" value={id} autoComplete="off" spellcheck={false}
            aria-describedby="find-course-hint"
            onInput={(event) => setId((event.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="button">
            {t.courses.findButton}
          </button>
        </div>
      </div>
    </form>
  );
}

/**
 * One course: what it is, who organises it, for whom, when, where it stands; its sessions with their
 * attendance (by hand, QR code or sign-in sheet), its enrolment and its participants with their
 * certificates. Each part shows only to the roles that may use it (the service checks the scope).
 */
export function CoursePage({ courseId }: { courseId: string }) {
  const { training, registry } = useServices();
  const user = useSession()?.user ?? null;
  const course = useLoad((signal) => training.course(courseId, signal), [courseId]);
  const organiserCode = course.data?.id === courseId ? course.data.organiserUnitCode : undefined;
  const organiser = useLoad((signal) => (organiserCode ? registry.unit(organiserCode, signal) : undefined), [organiserCode]);
  const [greeting] = useState(() => {
    const isNew = justCreated === courseId;
    justCreated = null;
    return isNew;
  });
  const [changes, setChanges] = useState(0);
  const data = course.data?.id === courseId ? course.data : undefined;
  const mayCreate = useCan('createCourses');
  const organiserUnit = organiser.data?.code === organiserCode ? organiser.data : organiserCode ? { code: organiserCode } : undefined;
  const inScope = covers(user, organiserUnit);
  const organises = hasRole(user, ORGANISERS) && inScope;
  const takes = hasRole(user, TAKERS) && inScope;
  const readsParticipants = hasRole(user, TAKERS);
  const participants = useLoad(
    (signal) => (data && readsParticipants ? training.participants(courseId, signal) : undefined),
    [courseId, !!data, readsParticipants, changes],
  );
  const changed = () => {
    course.reload();
    setChanges((n) => n + 1);
  };
  const enrolled = participants.data ?? [];

  return (
    <>
      <nav class="breadcrumb" aria-label={t.overview.breadcrumb}>
        <ol>
          <li>
            <a href={paths.courses()}>{t.courses.title}</a>
          </li>
          <li aria-current="page">{data?.title ?? courseId}</li>
        </ol>
      </nav>
      <PageHeading title={data?.title ?? t.courses.title} />
      {greeting && data && (
        <p role="status" class="alert alert--success">
          {t.courses.created(data.title)}
        </p>
      )}
      {course.error && <ErrorMessage error={course.error} onRetry={course.reload} />}
      {course.loading && !data && <p>{t.common.loading}</p>}
      {data && (
        <article class="panel course" data-course-id={data.id}>
          <dl class="facts">
            <div>
              <dt>{t.courses.organiser}</dt>
              <dd>
                {organiser.data?.code === data.organiserUnitCode
                  ? t.courses.organiserValue(organiser.data.name, data.organiserUnitCode)
                  : `${t.common.code} ${data.organiserUnitCode}`}
              </dd>
            </div>
            <div>
              <dt>{t.courses.audience}</dt>
              <dd>{t.courses.audiences[data.audience] ?? data.audience}</dd>
            </div>
            <div>
              <dt>{t.courses.period}</dt>
              <dd>
                {t.courses.periodValue(
                  fmt.calendarDate(data.startDate),
                  fmt.calendarDate(data.endDate),
                  daysBetween(data.startDate, data.endDate),
                )}
              </dd>
            </div>
            <div>
              <dt>{t.courses.status}</dt>
              <dd>
                <span class="badge badge--neutral" data-status={data.status}>
                  {t.courses.statuses[data.status] ?? data.status}
                </span>
              </dd>
            </div>
            {data.place && (
              <div>
                <dt>{t.training.course.place}</dt>
                <dd>{data.place}</dd>
              </div>
            )}
            {data.onlineLink && (
              <div>
                <dt>{t.training.course.onlineLink}</dt>
                <dd class="course__id">
                  <a href={data.onlineLink} target="_blank" rel="noopener noreferrer">{data.onlineLink}</a>
                </dd>
              </div>
            )}
            {data.topics && data.topics.length > 0 && (
              <div>
                <dt>{t.training.course.topics}</dt>
                <dd>{data.topics.join('; ')}</dd>
              </div>
            )}
            {data.enrolled !== undefined && (
              <div>
                <dt>{t.training.course.enrolledLabel}</dt>
                <dd>
                  {t.training.course.capacityValue(fmt.integer(data.enrolled),
                    data.capacity ? fmt.integer(data.capacity) : null)}
                </dd>
              </div>
            )}
            {data.requiredSessions !== undefined && data.requiredSessions > 0 && (
              <div>
                <dt>{t.training.course.requiredSessions}</dt>
                <dd>{t.training.course.requiredSessionsValue(data.requiredSessions)}</dd>
              </div>
            )}
            {data.trainerIds && data.trainerIds.length > 0 && (
              <div>
                <dt>{t.training.course.trainers}</dt>
                <dd class="course__id">{data.trainerIds.join(', ')}</dd>
              </div>
            )}
            <div>
              <dt>{t.courses.code}</dt>
              <dd class="course__id">{data.id}</dd>
            </div>
          </dl>
        </article>
      )}
      {data && organises && <CourseStatusActions course={data} onChanged={changed} />}
      {data && (
        <CourseSessions course={data} mayAdd={organises} mayTakeAttendance={takes} participants={enrolled}
          onChanged={changed} />
      )}
      {data && hasRole(user, ORGANISERS) && (data.status === 'PLANNED' || data.status === 'OPEN') && (
        <EnrolForm courseId={data.id} participants={enrolled} onEnrolled={changed} />
      )}
      {data && takes && (data.status === 'OPEN' || data.status === 'HELD') && (
        <SheetImport course={data} participants={enrolled} onRecorded={changed} />
      )}
      {data && readsParticipants && (
        <Participants courseId={data.id} participants={participants.data} error={participants.error}
          onRetry={participants.reload} mayDownload={hasRole(user, TAKERS)} />
      )}
      <p>
        <a href={paths.courses()}>{mayCreate ? t.courses.createAnother : t.courses.backToCourses}</a>
      </p>
    </>
  );
}

/** Days from the first to the last, both counted: 2026-12-10 to 2026-12-11 is 2 days. */
export function daysBetween(start: string, end: string): number {
  const day = 86_400_000;
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  return Number.isNaN(from) || Number.isNaN(to) ? 0 : Math.round((to - from) / day) + 1;
}
