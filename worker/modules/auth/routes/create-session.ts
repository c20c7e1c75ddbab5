import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import { setCookie } from 'hono/cookie'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { LoginBody, Session } from '../auth.schemas.ts'
import { login } from '../auth.service.ts'
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from '../auth.sessions.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/sessions',
  tags: ['Auth'],
  summary: 'Sign in with email and password',
  description:
    'Sets an HttpOnly session cookie for the dashboard and returns a bearer token for API clients.',
  request: { body: jsonBody(LoginBody) },
  responses: { 201: jsonResponse(Session, 'Signed in'), ...errorResponses },
})

export const createSession = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { email, password } = c.req.valid('json')
    const session = await login(c.var.ctx, email, password)
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      secure: c.var.config.PUBLIC_ORIGIN.startsWith('https:'),
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_TTL_SECONDS,
    })
    return c.json(Session.parse(session), 201)
  },
})
