import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { changePassword } from './change-password.ts'
import { confirmEmail } from './confirm-email.ts'
import { confirmPasswordReset } from './confirm-password-reset.ts'
import { createAccount } from './create-account.ts'
import { listSessions } from './list-sessions.ts'
import { requestPasswordReset } from './request-password-reset.ts'
import { revokeSession } from './revoke-session.ts'
import { revokeSessions } from './revoke-sessions.ts'
import { sendVerificationEmail } from './send-verification-email.ts'
import { switchTenant } from './switch-tenant.ts'

export const accountRoutes = createRouter<AppEnv>().openapiRoutes([
  createAccount,
  sendVerificationEmail,
  confirmEmail,
  requestPasswordReset,
  confirmPasswordReset,
  changePassword,
  listSessions,
  revokeSessions,
  revokeSession,
  switchTenant,
] as const)
