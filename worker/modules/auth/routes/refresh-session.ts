import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { clearSessionCookies, deliverSession } from '../auth.cookies.ts'
import { assertSameOrigin } from '../auth.middleware.ts'
import { RefreshBody, SignedIn } from '../auth.schemas.ts'
import { refreshSession as refresh } from '../auth.service.ts'
import { REFRESH_COOKIE } from '../auth.tokens.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/refresh',
  tags: ['Auth'],
  summary: 'Exchange a refresh token for new tokens',
  description:
    'Rotates the refresh token: the one sent stops working, and sending it again revokes the session. The dashboard sends its refresh cookie; API clients send `refreshToken` in the body.',
  request: { body: jsonBody(RefreshBody) },
  responses: { 200: jsonResponse(SignedIn, 'New tokens'), ...errorResponses },
})

export const refreshSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const body = c.req.valid('json')
    const token = body.refreshToken ?? getCookie(c, REFRESH_COOKIE)
    if (!body.refreshToken) assertSameOrigin(c)
    if (!token) throw new ApiError('UNAUTHORIZED', 'No refresh token was sent; sign in again')
    try {
      return c.json(deliverSession(c, await refresh(c.var.ctx, token), body.tokenDelivery), 200)
    } catch (error) {
      clearSessionCookies(c)
      throw error
    }
  },
})
