// Shared set-up for the component tests (jsdom).
import { afterEach } from 'vitest';
import { render } from 'preact';

afterEach(() => {
  // Unmount whatever a test rendered into the document, so effects (timers, the feed) stop.
  for (const root of Array.from(document.body.children)) {
    render(null, root);
  }
  document.body.innerHTML = '';
  window.location.hash = '';
});
