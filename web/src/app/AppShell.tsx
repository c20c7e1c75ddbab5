import { type ReactNode, useState } from 'react'
import type { Session } from '../api/auth.ts'
import { handleLinkClick, matchRoute, pathTo, usePathname } from './router.ts'
import { ROUTES, type RouteDef } from './routes.ts'
import { messageOf } from './useSession.ts'

/** Header (product, organisation, user, sign out), main navigation and the <main> landmark. */
export function AppShell({
  session,
  onSignOut,
  onSession,
  children,
}: {
  session: Session
  onSignOut: () => Promise<void>
  /** The session changed here (switching organisation): the app re-renders with it. */
  onSession: (session: Session) => void
  children: ReactNode
}) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const current = matchRoute(usePathname()).name
  void onSession

  async function signOut() {
    if (pending) return
    setPending(true)
    setError('')
    try {
      await onSignOut()
    } catch (e) {
      setError(messageOf(e))
      setPending(false)
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="brand">Vitrine</p>
        <p className="account">
          <span className="visually-hidden">Organisation: </span>
          <span className="account__org">{session.tenant.name}</span>
          <span className="visually-hidden">, signed in as </span>
          <span className="account__user">{session.user.name}</span>
        </p>
        <button type="button" className="button button--quiet" onClick={signOut} aria-disabled={pending}>
          Sign out
        </button>
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {navItems(session).map((def) => (
            <li key={def.name}>
              <a
                href={pathTo(def.name)}
                onClick={handleLinkClick}
                aria-current={current === def.name ? 'page' : undefined}
              >
                {def.nav?.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="page" tabIndex={-1}>
        {error && (
          <p role="alert" className="notice notice--error">
            Could not sign out: {error}
          </p>
        )}
        {children}
      </main>
    </>
  )
}

/** The routes with a place in the navigation that this member may use. */
function navItems(session: Session): RouteDef[] {
  return (ROUTES as readonly RouteDef[]).filter(
    (def) => def.nav && (!def.nav.permission || session.permissions.includes(def.nav.permission)),
  )
}
