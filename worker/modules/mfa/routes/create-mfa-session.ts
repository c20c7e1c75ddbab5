import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { deliverSession, SignedIn } from '../../auth/index.ts'
import { SecondFactorBody } from '../mfa.schemas.ts'
import { type SecondFactor, signInWithSecondFactor } from '../mfa-sign-in.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/sessions/mfa',
  tags: ['Auth'],
  summary: 'Complete a sign-in with the second factor',
  description:
    'Sends the `mfaToken` of the MFA challenge with exactly one factor: `code` from the authenticator app, a `recoveryCode` (each works once), or `passkey` (the answer of `startAuthentication()` to options from `/auth/passkeys/authentication-options` with the same token). A code is accepted once; the token is good for five minutes and one sign-in. Attempts are limited per account.',
  request: { body: jsonBody(SecondFactorBody) },
  responses: { 201: jsonResponse(SignedIn, 'Signed in'), ...errorResponses },
})

export const createMfaSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const body = c.req.valid('json')
    const issued = await signInWithSecondFactor(c.var.ctx, body.mfaToken, factorOf(body))
    return c.json(deliverSession(c, issued, body.tokenDelivery), 201)
  },
})

function factorOf(body: SecondFactorBody): SecondFactor {
  if (body.code !== undefined) return { kind: 'totp', code: body.code }
  if (body.recoveryCode !== undefined) return { kind: 'recovery', code: body.recoveryCode }
  if (body.passkey !== undefined) return { kind: 'passkey', response: body.passkey }
  throw new ApiError('BAD_REQUEST', 'Send exactly one of code, recoveryCode or passkey')
}
