import type { Session } from '../../api/auth.ts'
import { pathTo } from '../../app/router.ts'
import { HOME_ROUTE } from '../../app/routes.ts'
import { getOnboarding } from './onboarding-api.ts'

/**
 * Where to go after signing in or up: the wizard, for someone who can set the organisation up
 * while its first page is not live; otherwise `intended`. A page the user asked for (a `next`
 * link) always wins, and a failed look-up never blocks signing in.
 */
export async function landingAfterSignIn(session: Session, intended: string): Promise<string> {
  if (intended !== pathTo(HOME_ROUTE) || !session.permissions.includes('brands.manage')) return intended
  try {
    return (await getOnboarding()).complete ? intended : pathTo('welcome')
  } catch {
    return intended
  }
}
