import { Suspense, useEffect, useRef } from 'react'
import type { Session } from '../api/auth.ts'
import { landingAfterSignIn } from '../features/onboarding/landing.ts'
import { AppShell } from './AppShell.tsx'
import { handleLinkClick, matchRoute, navigate, pathTo, usePathname } from './router.ts'
import { HOME_ROUTE } from './routes.ts'
import { NAVIGATION_FOCUS, SCREENS, ScreenLoading } from './screens.tsx'
import { endSession, useSession } from './useSession.ts'

/** Where to go after signing in: the `next` the sign-in page was opened with, if it is ours. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next')
  return next?.startsWith('/app/') && !next.startsWith('//') ? next : pathTo(HOME_ROUTE)
}

export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  const { state, retry, signedIn, signedOut } = useSession()
  const access = route.def?.access ?? 'member'

  // Navigating first lets React render the new page and the new session state together.
  // Someone whose organisation has no live page yet starts in the setup wizard.
  async function handleSession(session: Session) {
    if (access === 'public') navigate(await landingAfterSignIn(session, nextPath()), { replace: true })
    signedIn(session)
  }
  async function handleSignOut() {
    await endSession()
    navigate(pathTo('login'), { replace: true })
    signedOut()
  }

  useEffect(() => {
    if (state.status === 'signed-out' && access === 'member') {
      const next =
        route.name === 'home' || route.name === 'not-found' ? '' : `?next=${encodeURIComponent(pathname)}`
      navigate(pathTo('login') + next, { replace: true })
    }
    if (state.status === 'signed-in' && (access === 'public' || route.name === 'home')) {
      navigate(nextPath(), { replace: true })
    }
  }, [state.status, access, route.name, pathname])

  useEffect(() => {
    document.title = `${route.def?.title ?? (route.name === 'home' ? 'Vitrine' : 'Page not found')} · Vitrine`
  }, [route])

  const ready =
    (state.status === 'signed-out' && access !== 'member') ||
    (state.status === 'signed-in' && access !== 'public' && route.name !== 'home')
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
  const session = state.status === 'signed-in' ? state.session : null
  const screen = SCREENS[route.name]
  // Some screens load their code on first use: their loading state stands in meanwhile.
  const content = screen ? (
    <Suspense fallback={<ScreenLoading />}>
      {screen({ session, params: route.params, onSession: handleSession, onSignedOut: signedOut })}
    </Suspense>
  ) : (
    <NotFound />
  )
  if (!session || access === 'open')
    return screen ? (
      content
    ) : (
      <main id="main" className="page">
        {content}
      </main>
    )
  return (
    <AppShell session={session} onSignOut={handleSignOut} onSession={signedIn}>
      {content}
    </AppShell>
  )
}

function NotFound() {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <a href={pathTo(HOME_ROUTE)} onClick={handleLinkClick}>
          Go to the dashboard
        </a>
        .
      </p>
    </>
  )
}

/** After an in-app navigation, puts focus on the new page's heading (or its loading state) so screen readers hear it. */
function useFocusOnNavigation(shownPath: string | null) {
  const previous = useRef<string | null>(null)
  useEffect(() => {
    if (shownPath === null) return
    if (previous.current !== null && previous.current !== shownPath) {
      document.querySelector<HTMLElement>(NAVIGATION_FOCUS)?.focus()
    }
    previous.current = shownPath
  }, [shownPath])
}
