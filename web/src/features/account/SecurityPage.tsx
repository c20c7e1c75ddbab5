import { useState } from 'react'
import { getSession, type Session } from '../../api/auth.ts'
import { PasskeysSection } from '../mfa/PasskeysSection.tsx'
import { TotpSection } from '../mfa/TotpSection.tsx'
import { PasswordSection } from './PasswordSection.tsx'
import { SessionsSection } from './SessionsSection.tsx'

export interface SecurityPageProps {
  session: Session
  /** For sections that change the session (two-step verification, passkeys). */
  onSession: (session: Session) => void
  onSessionExpired: () => void
}

/** Settings › Security: one section per way of proving who you are, then where you are signed in. */
export function SecurityPage({ session, onSession, onSessionExpired }: SecurityPageProps) {
  // Changing the password signs other sessions out, so the list below reloads.
  const [sessionsVersion, setSessionsVersion] = useState(0)
  // Second factors show in the session (user.mfa), so it is read again after each change.
  const reloadSession = async () => onSession(await getSession())
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Security</h1>
      </div>
      <p className="muted">
        How you sign in to Vitrine as {session.user.email}, and where you are signed in.
      </p>
      <PasswordSection
        email={session.user.email}
        onChanged={() => setSessionsVersion((v) => v + 1)}
        onSessionExpired={onSessionExpired}
      />
      <TotpSection
        enabled={session.user.mfa.totp}
        onChanged={reloadSession}
        onSessionExpired={onSessionExpired}
      />
      <PasskeysSection onChanged={reloadSession} onSessionExpired={onSessionExpired} />
      <SessionsSection key={sessionsVersion} onSessionExpired={onSessionExpired} />
    </>
  )
}
