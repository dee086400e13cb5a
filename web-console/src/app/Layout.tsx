import type { ComponentChildren } from 'preact';
import type { User } from '../auth/user';
import { t } from '../i18n';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

/**
 * The frame of every screen: skip link, the header (with who is signed in and "Đăng xuất"), the menu
 * of what the user may open, the main content and the footer.
 */
export function Layout({
  homeHref,
  user,
  onSignOut,
  nav = [],
  children,
}: {
  homeHref: string;
  user?: User | null;
  onSignOut?: () => void;
  nav?: NavItem[];
  children: ComponentChildren;
}) {
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: move focus without touching it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.app.skipToContent}
      </a>
      <header class="site-header">
        <div class="container site-header__inner">
          <a class="site-header__brand" href={homeHref}>
            <span class="site-header__agency">{t.app.agency}</span>
            <span class="site-header__name">{t.app.systemName}</span>
          </a>
          {user && (
            <div class="user-box" role="group" aria-label={t.auth.userLabel}>
              <p class="user-box__who">
                <span class="user-box__name" data-testid="user-name">{user.name}</span>
                <span class="user-box__role" data-testid="user-role">
                  {user.role ? t.auth.roles[user.role] ?? user.role : t.auth.noRole}
                  {user.unit && ` · ${t.auth.unit(user.unit)}`}
                </span>
              </p>
              {onSignOut && (
                <button type="button" class="button button--on-dark" onClick={onSignOut}>
                  {t.auth.signOut}
                </button>
              )}
            </div>
          )}
        </div>
        {nav.length > 0 && (
          <nav class="site-nav" aria-label={t.nav.label}>
            <ul class="container site-nav__list">
              {nav.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" class="container" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <div class="container">{t.app.footer}</div>
      </footer>
    </>
  );
}
