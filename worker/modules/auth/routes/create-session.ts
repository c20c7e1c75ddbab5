import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { deliverSession } from '../auth.cookies.ts'
import { LoginBody, MfaChallenge, SignedIn } from '../auth.schemas.ts'
import { signInWithPassword } from '../auth.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/sessions',
  tags: ['Auth'],
  summary: 'Sign in with email and password',
  description:
    'Opens a session: HttpOnly cookies for the dashboard, and with `tokenDelivery: "body"` a bearer access token and a rotating refresh token for API clients. An account with a second factor gets an MFA challenge (200) to complete at `/auth/sessions/mfa`.',
  request: { body: jsonBody(LoginBody) },
  responses: {
    201: jsonResponse(SignedIn, 'Signed in'),
    200: jsonResponse(MfaChallenge, 'Password accepted; a second factor is needed'),
    ...errorResponses,
  },
})

export const createSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { email, password, tokenDelivery } = c.req.valid('json')
    const result = await signInWithPassword(c.var.ctx, email, password)
    if (result.kind === 'mfa') return c.json(result.challenge, 200)
    return c.json(deliverSession(c, result.issued, tokenDelivery), 201)
  },
})
