import { useLayoutEffect, useRef } from 'react'
import { ACCOUNT_SCREENS } from './screens/account.tsx'
import { ANALYTICS_SCREENS } from './screens/analytics.tsx'
import { CRM_SCREENS } from './screens/crm.tsx'
import { LEAD_SCREENS } from './screens/leads.tsx'
import { QR_SCREENS } from './screens/qr.tsx'
import { SETTINGS_SCREENS } from './screens/settings.tsx'
import type { Screens } from './screens/types.ts'

export type { ScreenProps } from './screens/types.ts'

/** What a navigation focuses: the new screen's heading, or its loading state until the heading is there. */
export const NAVIGATION_FOCUS = 'main h1, main [data-screen-loading]'

/**
 * Said while a lazy screen's code arrives (the Suspense fallback around every screen).
 * If it has the focus when the screen replaces it, the screen's heading takes it.
 */
export function ScreenLoading() {
  const ref = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => {
    const node = ref.current
    return () => {
      if (node && document.activeElement === node) {
        queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus())
      }
    }
  }, [])
  return (
    <p ref={ref} role="status" className="muted" tabIndex={-1} data-screen-loading="">
      Loading…
    </p>
  )
}

/**
 * What each route of routes.ts renders, gathered from the areas under screens/. Member screens
 * get a session; public ones may not. Screens few people open first are lazy there, each in its
 * own chunk fetched the first time its route is shown, so the first download stays small.
 */
export const SCREENS: Screens = {
  ...ACCOUNT_SCREENS,
  ...LEAD_SCREENS,
  ...CRM_SCREENS,
  ...ANALYTICS_SCREENS,
  ...QR_SCREENS,
  ...SETTINGS_SCREENS,
}
