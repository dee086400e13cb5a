import type { ComponentChildren, VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Loaded } from '../app/hooks';
import { t } from '../i18n';

/**
 * The one form a list page has open at a time (adding, or an action on one row), and what the page
 * says once it is done. Focus goes to the form's heading when it opens (FormShell), back to the button
 * that opened it when it is cancelled, and to the notice when it is done, the list being read again
 * (`reload`) to show what the form changed.
 */
export function useActions<A extends { kind: string }>(reload: () => void) {
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
      reload();
    },
    noticeElement: (
      <p role="status" tabIndex={-1} ref={noticeRef} class={notice ? 'alert alert--success' : 'visually-hidden'}>
        {notice}
      </p>
    ),
  };
}

export type Actions<A extends { kind: string }> = ReturnType<typeof useActions<A>>;

/**
 * The row an action is on as the list last read it: after a 412 the list is read again, and the open
 * form gets the new version.
 */
export function asLastRead<R>(rows: readonly R[] | undefined, row: R, key: (row: R) => string): R {
  return rows?.find((other) => key(other) === key(row)) ?? row;
}

/** The button that opens the list's form to add one (`action`), saying whether that form is open. */
export function AddButton<A extends { kind: string }>({ id, label, action, actions, controls }: {
  id: string;
  label: string;
  action: A;
  actions: Actions<A>;
  /** The id of the ActionArea the form opens in. */
  controls: string;
}) {
  return (
    <button type="button" class="button" id={id} aria-expanded={actions.current?.kind === action.kind}
      aria-controls={controls} onClick={() => actions.open(action, id)}>
      {label}
    </button>
  );
}

/** A row's button that opens the form of an action on that row (`action`). */
export function RowButton<A extends { kind: string }>({ id, label, description, action, actions, danger }: {
  id: string;
  /** The button's short text ("Sửa"), and what it says to a screen reader (naming the row). */
  label: string;
  description: string;
  action: A;
  actions: Actions<A>;
  /** An action that ends something (retiring, withdrawing) shows as such. */
  danger?: boolean;
}) {
  return (
    <button type="button" class={`button button--secondary${danger ? ' button--danger-outline' : ''}`} id={id}
      aria-label={description} onClick={() => actions.open(action, id)}>
      {label}
    </button>
  );
}

/** The notice of what was last done, then the form open now (`children` draws it), in a panel. */
export function ActionArea<A extends { kind: string }>({ id, actions, children }: {
  id: string;
  actions: Actions<A>;
  children(action: A): ComponentChildren;
}) {
  return (
    <>
      {actions.noticeElement}
      <div id={id}>{actions.current && <div class="panel action-panel">{children(actions.current)}</div>}</div>
    </>
  );
}

/**
 * What a list says instead of its rows: it failed (with "try again"), it is loading the first time,
 * or it is empty. An empty page after the first says nothing: the pager is there to go back.
 */
export function ListState({ list, none, page = 0 }: { list: Loaded<readonly unknown[]>; none: string; page?: number }) {
  return (
    <>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <p>{t.common.loading}</p>}
      {list.data && list.data.length === 0 && page === 0 && <p>{none}</p>}
    </>
  );
}

/** A table of people (or communes), a row each, drawn by `children`; nothing while there are none. */
export function PeopleTable<R>({ caption, columns, rows, children }: {
  caption: string;
  /** The columns' headings; false for a column not shown (the actions, to those who may not act). */
  columns: readonly (string | false)[];
  rows: readonly R[];
  children(row: R): VNode;
}) {
  if (rows.length === 0) {
    return null;
  }
  return (
    <div class="table-scroll">
      <table class="data-table people-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.filter((column) => column !== false).map((column, index) => (
              <th key={index} scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(children)}</tbody>
      </table>
    </div>
  );
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
