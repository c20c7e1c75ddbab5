import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { authenticateWithPasskey } from './authenticate-with-passkey.ts'
import { confirmTotpEnrolment } from './confirm-totp-enrolment.ts'
import { createMfaSession } from './create-mfa-session.ts'
import { createPasskey } from './create-passkey.ts'
import { createPasskeyAuthenticationOptions } from './create-passkey-authentication-options.ts'
import { createPasskeyRegistrationOptions } from './create-passkey-registration-options.ts'
import { deletePasskey } from './delete-passkey.ts'
import { disableTotp } from './disable-totp.ts'
import { listPasskeys } from './list-passkeys.ts'
import { regenerateRecoveryCodes } from './regenerate-recovery-codes.ts'
import { startTotpEnrolment } from './start-totp-enrolment.ts'

export const mfaRoutes = createRouter<AppEnv>().openapiRoutes([
  startTotpEnrolment,
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  createMfaSession,
  createPasskeyRegistrationOptions,
  createPasskey,
  listPasskeys,
  deletePasskey,
  createPasskeyAuthenticationOptions,
  authenticateWithPasskey,
] as const)
