import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The one form a list page has open at a time (adding, or an action on one row), and what the page
 * says once it is done. Focus goes to the form's heading when it opens (FormShell), back to the button
 * that opened it when it is cancelled, and to the notice when it is done.
 */
export function useActions<A>() {
  const [current, setCurrent] = useState<A | null>(null);
  const [notice, setNotice] = useState('');
  const opener = useRef<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  return {
    current,
    notice,
    open(action: A, openerId: string) {
      opener.current = openerId;
      setNotice('');
      setCurrent(action);
    },
    close() {
      setCurrent(null);
      const back = opener.current;
      setTimeout(() => (back ? document.getElementById(back)?.focus() : undefined));
    },
    done(message: string) {
      setCurrent(null);
      setNotice(message);
      setTimeout(() => noticeRef.current?.focus());
    },
    noticeElement: (
      <p role="status" tabIndex={-1} ref={noticeRef} class={notice ? 'alert alert--success' : 'visually-hidden'}>
        {notice}
      </p>
    ),
  };
}

/** Previous and next page, for lists that come a page at a time (a full page: there may be more). */
export function Pager({ page, full, onPage }: { page: number; full: boolean; onPage(page: number): void }) {
  if (page === 0 && !full) {
    return null;
  }
  return (
    <nav class="pager" aria-label={t.common.page(page + 1)}>
      <button type="button" class="button button--secondary" disabled={page === 0} onClick={() => onPage(Math.max(0, page - 1))}>
        {t.common.previousPage}
      </button>
      <span>{t.common.page(page + 1)}</span>
      <button type="button" class="button button--secondary" disabled={!full} onClick={() => onPage(page + 1)}>
        {t.common.nextPage}
      </button>
    </nav>
  );
}
