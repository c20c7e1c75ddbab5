import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { deliverSession, SignedIn } from '../../auth/index.ts'
import { AuthenticateWithPasskeyBody } from '../mfa.schemas.ts'
import { signInWithPasskey, signInWithSecondFactor } from '../mfa-sign-in.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/passkeys/authenticate',
  tags: ['Auth'],
  summary: 'Sign in with a passkey',
  description:
    'Verifies the answer of `startAuthentication()`. With the `mfaToken` of a password sign-in it is the second factor (method `pwd+passkey`); without one it is a passwordless sign-in, the passkey naming its user (method `passkey`). A passkey that does not verify is a 401.',
  request: { body: jsonBody(AuthenticateWithPasskeyBody) },
  responses: { 201: jsonResponse(SignedIn, 'Signed in'), ...errorResponses },
})

export const authenticateWithPasskey = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { response, mfaToken, tokenDelivery } = c.req.valid('json')
    const issued =
      mfaToken === undefined
        ? await signInWithPasskey(c.var.ctx, response)
        : await signInWithSecondFactor(c.var.ctx, mfaToken, { kind: 'passkey', response })
    return c.json(deliverSession(c, issued, tokenDelivery), 201)
  },
})
