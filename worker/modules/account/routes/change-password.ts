import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { ChangePasswordBody } from '../account.schemas.ts'
import { changePassword as change } from '../change-password.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['Account'],
  summary: 'Change your password',
  description:
    'Needs the current password. Every other session of the account ends; this one stays signed in.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 204: { description: 'Password changed' }, ...errorResponses },
})

export const changePassword = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await change(c.var.ctx, userActor(c), c.req.valid('json'))
    return c.body(null, 204)
  },
})
