import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../app/ErrorMessage';
import { useLoad } from '../app/hooks';
import { PageHeading } from '../app/PageHeading';
import { paths } from '../app/router';
import { useServices } from '../app/services';
import { fmt } from '../format/format';
import { t } from '../i18n';
import { QrCode } from './QrCode';

/** A fresh token is asked for this long before the one shown expires. */
const REFRESH_BEFORE_MS = 60_000;

/** The address a phone opens from the QR code: the console's public check-in page with the token. */
export function checkInUrl(token: string, location: { origin: string; pathname: string } = window.location): string {
  return `${location.origin}${location.pathname}${paths.checkIn(token)}`;
}

/**
 * The session's QR code, large, for a room to scan: it holds the address of the public check-in page
 * with the session's signed token (15 minutes), and is renewed before it expires while the page is open.
 */
export function QrPage({ courseId, sessionId }: { courseId: string; sessionId: string }) {
  const { training } = useServices();
  const [round, setRound] = useState(0);
  const course = useLoad((signal) => training.course(courseId, signal), [courseId]);
  const token = useLoad((signal) => training.checkInToken(courseId, sessionId, signal), [courseId, sessionId, round]);
  const figure = useRef<HTMLElement>(null);
  const session = course.data?.sessions?.find((s) => s.id === sessionId);

  useEffect(() => {
    if (!token.data) {
      return undefined;
    }
    const wait = Math.max(10_000, Date.parse(token.data.expiresAt) - Date.now() - REFRESH_BEFORE_MS);
    const timer = setTimeout(() => setRound((n) => n + 1), Number.isNaN(wait) ? 10 * 60_000 : wait);
    return () => clearTimeout(timer);
  }, [token.data?.token]);

  const url = token.data ? checkInUrl(token.data.token) : null;
  const title = session?.title ?? sessionId;
  return (
    <>
      <nav class="breadcrumb" aria-label={t.overview.breadcrumb}>
        <ol>
          <li>
            <a href={paths.courses()}>{t.courses.title}</a>
          </li>
          <li>
            <a href={paths.course(courseId)}>{course.data?.title ?? courseId}</a>
          </li>
          <li aria-current="page">{t.training.qr.title}</li>
        </ol>
      </nav>
      <PageHeading title={t.training.qr.title} kicker={course.data ? t.training.qr.kicker(course.data.title) : undefined} />
      {course.error && <ErrorMessage error={course.error} onRetry={course.reload} />}
      {course.data && !session && <p class="alert alert--error">{t.training.qr.noSession}</p>}
      {session && <h2>{t.training.qr.sessionHeading(session.title, fmt.calendarDate(session.date))}</h2>}
      <p>{t.training.qr.instructions}</p>
      {token.error && <ErrorMessage error={token.error} onRetry={() => setRound((n) => n + 1)} />}
      {!token.data && token.loading && <p>{t.training.qr.loading}</p>}
      {url && token.data && (
        <figure class="qr" ref={figure}>
          <QrCode text={url} label={t.training.qr.imageLabel(title)} class="qr__code" />
          <figcaption>
            <p role="status">{t.training.qr.validUntil(fmt.dateTime(token.data.expiresAt))}</p>
            <p class="qr__link">
              {t.training.qr.link}: <a href={url}>{url}</a>
            </p>
          </figcaption>
        </figure>
      )}
      <div class="form-actions">
        <button type="button" class="button button--secondary" onClick={() => setRound((n) => n + 1)} disabled={token.loading}>
          {t.training.qr.refresh}
        </button>
        {typeof document !== 'undefined' && document.fullscreenEnabled && (
          <button type="button" class="button button--secondary" onClick={() => void figure.current?.requestFullscreen?.()}>
            {t.training.qr.fullscreen}
          </button>
        )}
        <a class="button button--secondary" href={paths.course(courseId)}>{t.training.qr.back}</a>
      </div>
    </>
  );
}
