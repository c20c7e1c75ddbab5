import { lazy } from 'react'
import { ForgotPasswordPage } from '../../features/account/ForgotPasswordPage.tsx'
import { ResetPasswordPage } from '../../features/account/ResetPasswordPage.tsx'
import { SecurityPage } from '../../features/account/SecurityPage.tsx'
import { SignUpPage } from '../../features/account/SignUpPage.tsx'
import { VerifyEmailPage } from '../../features/account/VerifyEmailPage.tsx'
import { LoginPage } from '../../features/auth/LoginPage.tsx'
import { NotificationsPage } from '../../features/notifications/NotificationsPage.tsx'
import { PrivacyPage } from '../../features/privacy/PrivacyPage.tsx'
import { QrApprovePage } from '../../features/qr-login/QrApprovePage.tsx'
import { AcceptInvitationPage } from '../../features/team/AcceptInvitationPage.tsx'
import { TeamPage } from '../../features/team/TeamPage.tsx'
import type { Screens } from './types.ts'

const WelcomePage = lazy(() =>
  import('../../features/onboarding/WelcomePage.tsx').then((m) => ({ default: m.WelcomePage })),
)

/** Signing in and up, the member's own account, the team and onboarding. */
export const ACCOUNT_SCREENS: Screens = {
  login: ({ onSession }) => <LoginPage onSignedIn={onSession} />,
  signup: ({ onSession }) => <SignUpPage onSignedIn={onSession} />,
  'forgot-password': () => <ForgotPasswordPage />,
  'reset-password': ({ session, onSignedOut }) => (
    <ResetPasswordPage session={session} onSignedOut={onSignedOut} />
  ),
  'verify-email': ({ session, onSession }) => <VerifyEmailPage session={session} onSession={onSession} />,
  notifications: ({ session, onSignedOut }) =>
    session && <NotificationsPage session={session} onSessionExpired={onSignedOut} />,
  security: ({ session, onSession, onSignedOut }) =>
    session && <SecurityPage session={session} onSession={onSession} onSessionExpired={onSignedOut} />,
  'qr-approve': ({ params, session }) =>
    session && <QrApprovePage loginId={params.loginId ?? ''} session={session} />,
  team: ({ session, onSession, onSignedOut }) =>
    session && <TeamPage session={session} onSession={onSession} onSessionExpired={onSignedOut} />,
  'accept-invitation': ({ session, onSession }) => (
    <AcceptInvitationPage session={session} onSession={onSession} />
  ),
  privacy: ({ session, onSignedOut }) =>
    session && <PrivacyPage session={session} onSignedOut={onSignedOut} />,
  welcome: ({ session, onSignedOut }) =>
    session && <WelcomePage session={session} onSessionExpired={onSignedOut} />,
}
