import type { ReactNode } from 'react'
import type { Session } from '../api/auth.ts'
import { LoginPage } from '../features/auth/LoginPage.tsx'
import { LeadsPage } from '../features/leads/LeadsPage.tsx'
import type { RouteName } from './routes.ts'

export interface ScreenProps {
  session: Session | null
  params: Record<string, string>
  /** A new session (sign-in, sign-up, tenant switch, MFA change): the app re-renders with it. */
  onSession: (session: Session) => void
  /** The server says the session is gone. */
  onSignedOut: () => void
}

/** What each route of routes.ts renders. Member screens get a session; public ones may not. */
export const SCREENS: Partial<Record<RouteName, (props: ScreenProps) => ReactNode>> = {
  login: ({ onSession }) => <LoginPage onSignedIn={onSession} />,
  leads: ({ onSignedOut }) => <LeadsPage onSessionExpired={onSignedOut} />,
}
