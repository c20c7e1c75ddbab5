import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { ConfirmEmailBody, EmailConfirmed } from '../account.schemas.ts'
import { confirmEmail as confirm } from '../email-verification.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/email-verification/confirm',
  tags: ['Account'],
  summary: 'Confirm an e-mail address with the link sent to it',
  description: 'Needs no session: the token from the link is the proof. Each link works once, for 24 hours.',
  request: { body: jsonBody(ConfirmEmailBody) },
  responses: {
    200: jsonResponse(EmailConfirmed, 'The address is verified'),
    410: problemDoc('The link was already used or has expired'),
    ...errorResponses,
  },
})

export const confirmEmail = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { email } = await confirm(c.var.ctx, c.req.valid('json').token)
    return c.json({ email, emailVerified: true as const }, 200)
  },
})
