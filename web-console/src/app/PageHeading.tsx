import { useEffect } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The page's one h1. It can take focus (the layout moves focus to it when the route changes, so
 * screen-reader and keyboard users start at the new page), and it names the browser tab.
 */
export function PageHeading({ title, documentTitle, kicker }: { title: string; documentTitle?: string; kicker?: string }) {
  const tabTitle = `${documentTitle ?? title} — ${t.app.systemName}`;
  useEffect(() => {
    document.title = tabTitle;
  }, [tabTitle]);
  return (
    <div class="page-heading">
      {kicker && <p class="page-heading__kicker">{kicker}</p>}
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
    </div>
  );
}
