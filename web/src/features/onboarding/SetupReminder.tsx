import { useEffect, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { handleLinkClick, matchRoute, pathTo, usePathname } from '../../app/router.ts'
import { getOnboarding } from './onboarding-api.ts'
import { onOnboardingChange } from './onboarding-events.ts'

/**
 * "Finish setting up" in the shell while the organisation's first page is not live, for those
 * who can set it up. Looked up once per organisation and again whenever the wizard saves.
 */
export function SetupReminder({ session }: { session: Session }) {
  const [incomplete, setIncomplete] = useState(false)
  const onWizard = matchRoute(usePathname()).name === 'welcome'
  const canSetUp = session.permissions.includes('brands.manage')
  const tenantId = session.tenant.id

  // biome-ignore lint/correctness/useExhaustiveDependencies: another organisation is looked up afresh
  useEffect(() => {
    if (!canSetUp) return setIncomplete(false)
    const controller = new AbortController()
    const check = () =>
      getOnboarding(controller.signal).then(
        (status) => setIncomplete(!status.complete),
        // A reminder is optional: a failed look-up shows nothing, and the wizard still works.
        () => setIncomplete(false),
      )
    check()
    const stop = onOnboardingChange(check)
    return () => {
      stop()
      controller.abort()
    }
  }, [canSetUp, tenantId])

  if (!incomplete || onWizard) return null
  return (
    <p className="notice setup-reminder">
      Your first page is not live yet.{' '}
      <a href={pathTo('welcome')} onClick={handleLinkClick}>
        Finish setting up
      </a>
    </p>
  )
}
