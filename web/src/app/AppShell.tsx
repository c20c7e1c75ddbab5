import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react'
import type { Session } from '../api/auth.ts'
import { OrganisationSwitcher } from '../features/account/OrganisationSwitcher.tsx'
import { VerifyEmailBanner } from '../features/account/VerifyEmailBanner.tsx'
import { ImpersonationBanner } from '../features/admin/ImpersonationBanner.tsx'
import { SearchBox } from '../features/crm-search/SearchBox.tsx'
import { NotificationCenter } from '../features/notifications/NotificationCenter.tsx'
import { UnreadBadge, unreadLabel, useUnreadCount } from '../features/notifications/UnreadBadge.tsx'
import { SetupReminder } from '../features/onboarding/SetupReminder.tsx'
import { AvailabilitySwitch } from '../features/routing/AvailabilitySwitch.tsx'
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
  const unread = useUnreadCount()
  const navList = useRef<HTMLUListElement>(null)
  useEffect(() => {
    void current
    scrollCurrentIntoView(navList.current)
  }, [current])

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
      {session.impersonatorId && <ImpersonationBanner session={session} />}
      <header className="app-header">
        <p className="brand">Vitrine</p>
        {session.permissions.includes('crm.read') && (
          <SearchBox key={session.tenant.id} onSessionExpired={signOut} />
        )}
        <div className="account">
          {session.tenants.length > 1 ? (
            <OrganisationSwitcher
              key={session.tenant.id}
              session={session}
              onSession={onSession}
              onSessionExpired={signOut}
            />
          ) : (
            <p className="account__org">
              <span className="visually-hidden">Organisation: </span>
              {session.tenant.name}
            </p>
          )}
          <p className="account__user">
            <span className="visually-hidden">Signed in as </span>
            <a href={pathTo('security')} onClick={handleLinkClick} title="Your account security">
              {session.user.name}
            </a>
          </p>
        </div>
        {session.permissions.includes('leads.write') && (
          <AvailabilitySwitch key={session.tenant.id} onSessionExpired={signOut} />
        )}
        <button type="button" className="button button--quiet" onClick={signOut} aria-disabled={pending}>
          Sign out
        </button>
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul ref={navList}>
          {navItems(session).map((def) => (
            <li key={def.name}>
              <a
                href={pathTo(def.name)}
                onClick={handleLinkClick}
                aria-current={current === def.name ? 'page' : undefined}
                aria-label={def.name === 'leads' ? unreadLabel(def.nav?.label ?? '', unread) : undefined}
              >
                {def.nav?.label}
                {def.name === 'leads' && <UnreadBadge count={unread} />}
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
        {!session.user.emailVerified && (
          <VerifyEmailBanner session={session} onSession={onSession} onSessionExpired={signOut} />
        )}
        <SetupReminder session={session} />
        {/* A new organisation is a new page: every screen reloads its data from scratch. */}
        <Fragment key={session.tenant.id}>{children}</Fragment>
      </main>
      {/* One per member and organisation: toasts, the Leads badge and the chime start afresh. */}
      <NotificationCenter
        key={`${session.tenant.id}:${session.user.id}`}
        session={session}
        onInbox={current === 'leads'}
      />
    </>
  )
}

/** On a phone the navigation scrolls sideways: keeps the current page's link in sight, without moving the page. */
function scrollCurrentIntoView(list: HTMLUListElement | null) {
  const link = list?.querySelector('[aria-current="page"]')
  if (!list || !link) return
  const box = list.getBoundingClientRect()
  const item = link.getBoundingClientRect()
  if (item.left < box.left || item.right > box.right) {
    list.scrollLeft += item.left - box.left - (box.width - item.width) / 2
  }
}

/** The routes with a place in the navigation that this member may use. */
function navItems(session: Session): RouteDef[] {
  // Platform staff only, and never inside a support session (the API refuses both anyway).
  const isStaff = session.user.platformRole === 'super_admin' && !session.impersonatorId
  return (ROUTES as readonly RouteDef[]).filter(
    (def) =>
      def.nav &&
      (def.nav.group !== 'admin' || isStaff) &&
      (!def.nav.permission || session.permissions.includes(def.nav.permission)),
  )
}
