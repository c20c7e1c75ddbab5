import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, problemDoc } from '../../../lib/router.ts'
import { ConfirmPasswordResetBody } from '../account.schemas.ts'
import { confirmPasswordReset as confirm } from '../password-reset.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/password-reset/confirm',
  tags: ['Account'],
  summary: 'Choose a new password with a reset link',
  description:
    'Sets the password, signs the account out of every session and lifts a lockout. The link works once, for one hour; every other reset link of the account stops working too.',
  request: { body: jsonBody(ConfirmPasswordResetBody) },
  responses: {
    204: { description: 'Password changed; sign in with it' },
    410: problemDoc('The link was already used or has expired'),
    ...errorResponses,
  },
})

export const confirmPasswordReset = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { token, password } = c.req.valid('json')
    await confirm(c.var.ctx, token, password)
    return c.body(null, 204)
  },
})
