import { useEffect, useRef } from 'react'
import type { Session } from '../api/auth.ts'
import { LoginPage } from '../features/auth/LoginPage.tsx'
import { LeadsPage } from '../features/leads/LeadsPage.tsx'
import { AppShell } from './AppShell.tsx'
import { handleLinkClick, matchRoute, navigate, paths, type Route, usePathname } from './router.ts'
import { endSession, useSession } from './useSession.ts'

const TITLES: Record<Route['name'], string> = {
  home: 'Leads',
  login: 'Sign in',
  leads: 'Leads',
  'not-found': 'Page not found',
}

export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  const { state, retry, signedIn, signedOut } = useSession()

  // Navigating first lets React render the new page and the new session state together.
  function handleSignedIn(session: Session) {
    navigate(paths.leads, { replace: true })
    signedIn(session)
  }
  async function handleSignOut() {
    await endSession()
    navigate(paths.login, { replace: true })
    signedOut()
  }

  useEffect(() => {
    if (state.status === 'signed-out' && route.name !== 'login') navigate(paths.login, { replace: true })
    if (state.status === 'signed-in' && (route.name === 'login' || route.name === 'home')) {
      navigate(paths.leads, { replace: true })
    }
  }, [state.status, route.name])

  useEffect(() => {
    document.title = `${TITLES[route.name]} · Vitrine`
  }, [route.name])

  const ready =
    (state.status === 'signed-out' && route.name === 'login') ||
    (state.status === 'signed-in' && route.name !== 'login' && route.name !== 'home')
  useFocusOnNavigation(ready ? pathname : null)

  if (state.status === 'error') {
    return (
      <main id="main" className="page page--centered">
        <h1>Vitrine is unavailable</h1>
        <p role="alert">{state.message}</p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </main>
    )
  }
  if (!ready) {
    return (
      <main id="main" className="page page--centered" aria-busy="true">
        <p className="muted">Loading Vitrine…</p>
      </main>
    )
  }
  if (state.status === 'signed-out') {
    return <LoginPage onSignedIn={handleSignedIn} />
  }
  return (
    <AppShell session={state.session} onSignOut={handleSignOut}>
      {route.name === 'leads' ? <LeadsPage onSessionExpired={signedOut} /> : <NotFound />}
    </AppShell>
  )
}

function NotFound() {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <a href={paths.leads} onClick={handleLinkClick}>
          Go to leads
        </a>
        .
      </p>
    </>
  )
}

/** After an in-app navigation, puts focus on the new page's heading so screen readers hear it. */
function useFocusOnNavigation(shownPath: string | null) {
  const previous = useRef<string | null>(null)
  useEffect(() => {
    if (shownPath === null) return
    if (previous.current !== null && previous.current !== shownPath) {
      document.querySelector<HTMLElement>('main h1')?.focus()
    }
    previous.current = shownPath
  }, [shownPath])
}
