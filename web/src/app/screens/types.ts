import type { ReactNode } from 'react'
import type { Session } from '../../api/auth.ts'
import type { RouteName } from '../routes.ts'

export interface ScreenProps {
  session: Session | null
  params: Record<string, string>
  /** A new session (sign-in, sign-up, tenant switch, MFA change): the app re-renders with it. */
  onSession: (session: Session) => void
  /** The server says the session is gone. */
  onSignedOut: () => void
}

/** What some routes of routes.ts render. Member screens get a session; public ones may not. */
export type Screens = Partial<Record<RouteName, (props: ScreenProps) => ReactNode>>
