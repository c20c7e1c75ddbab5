import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { Accepted, PasswordResetBody } from '../account.schemas.ts'
import { RESET_REQUESTED, requestPasswordReset as request } from '../password-reset.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/password-reset',
  tags: ['Account'],
  summary: 'E-mail a link to choose a new password',
  description:
    'Always answers 202 with the same body, whether or not an account uses the address. Limited per IP and per address.',
  request: { body: jsonBody(PasswordResetBody) },
  responses: { 202: jsonResponse(Accepted, 'Accepted'), ...errorResponses },
})

export const requestPasswordReset = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await request(c.var.ctx, c.req.valid('json').email)
    return c.json({ message: RESET_REQUESTED }, 202)
  },
})
