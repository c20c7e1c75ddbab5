import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { PasskeyAuthenticationOptions, PasskeyAuthenticationOptionsBody } from '../mfa.schemas.ts'
import { passkeyAuthenticationOptions } from '../mfa-sign-in.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/passkeys/authentication-options',
  tags: ['Auth'],
  summary: 'Start signing in with a passkey',
  description:
    "With an `mfaToken`, options listing that user's passkeys, for the second step of a password sign-in. Without one, options for a passwordless sign-in with any passkey saved for this site (user verification required). The challenge works once, within five minutes, with `POST /auth/passkeys/authenticate`.",
  request: { body: jsonBody(PasskeyAuthenticationOptionsBody) },
  responses: {
    200: jsonResponse(PasskeyAuthenticationOptions, 'Options for startAuthentication()'),
    ...errorResponses,
  },
})

export const createPasskeyAuthenticationOptions = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      PasskeyAuthenticationOptions.parse(
        await passkeyAuthenticationOptions(c.var.ctx, c.req.valid('json').mfaToken),
      ),
      200,
    ),
})
