import { type ReactNode, useState } from 'react'
import type { Session } from '../api/auth.ts'
import { handleLinkClick, matchRoute, paths, usePathname } from './router.ts'
import { messageOf } from './useSession.ts'

/** Header (product, organisation, user, sign out), main navigation and the <main> landmark. */
export function AppShell({
  session,
  onSignOut,
  children,
}: {
  session: Session
  onSignOut: () => Promise<void>
  children: ReactNode
}) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const pathname = usePathname()

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
          <li>
            <a
              href={paths.leads}
              onClick={handleLinkClick}
              aria-current={matchRoute(pathname).name === 'leads' ? 'page' : undefined}
            >
              Leads
            </a>
          </li>
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
