import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { deliverSession, SignedIn } from '../../auth/index.ts'
import { SignUpBody } from '../account.schemas.ts'
import { signUp } from '../sign-up.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/signup',
  tags: ['Account'],
  summary: 'Create an account and its organisation',
  description:
    'Creates the person, a new organisation on the Starter plan with them as owner, e-mails a link to verify the address (valid 24 hours) and signs them in, like `POST /auth/sessions`.',
  request: { body: jsonBody(SignUpBody) },
  responses: {
    201: jsonResponse(SignedIn, 'Account created and signed in'),
    409: problemDoc('An account with this e-mail exists'),
    ...errorResponses,
  },
})

export const createAccount = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { tokenDelivery, ...input } = c.req.valid('json')
    return c.json(deliverSession(c, await signUp(c.var.ctx, input), tokenDelivery), 201)
  },
})
