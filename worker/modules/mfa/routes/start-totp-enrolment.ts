import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { TotpEnrolment } from '../mfa.schemas.ts'
import { startTotpEnrolment as start } from '../totp.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/mfa/totp',
  tags: ['Multi-factor authentication'],
  summary: 'Start setting up an authenticator app',
  description:
    'Creates a new TOTP secret for the signed-in user and returns it as an otpauth URL, a QR code and base32 text. It is not in force until `/auth/mfa/totp/confirm` receives a code from it; starting again replaces an unconfirmed secret.',
  middleware: [authenticate, requireUser] as const,
  responses: {
    200: jsonResponse(TotpEnrolment, 'The secret to add to the authenticator app'),
    409: problemDoc('An authenticator app is already on'),
    ...errorResponses,
  },
})

export const startTotpEnrolment = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(TotpEnrolment.parse(await start(tenantCtx(c), userActor(c))), 200),
})
