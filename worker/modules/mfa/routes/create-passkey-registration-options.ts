import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { PasskeyRegistrationOptions } from '../mfa.schemas.ts'
import { passkeyRegistrationOptions } from '../passkeys.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/passkeys/registration-options',
  tags: ['Multi-factor authentication'],
  summary: 'Start adding a passkey',
  description:
    'WebAuthn creation options for the signed-in user (a discoverable credential, so it can also sign in without a password). The challenge works once, within five minutes, with `POST /auth/passkeys`.',
  middleware: [authenticate, requireUser] as const,
  responses: {
    200: jsonResponse(PasskeyRegistrationOptions, 'Options for startRegistration()'),
    409: problemDoc('The account already has the most passkeys allowed'),
    ...errorResponses,
  },
})

export const createPasskeyRegistrationOptions = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      PasskeyRegistrationOptions.parse(await passkeyRegistrationOptions(tenantCtx(c), userActor(c))),
      200,
    ),
})
