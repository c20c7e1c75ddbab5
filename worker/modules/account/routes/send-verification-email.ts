import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { Accepted } from '../account.schemas.ts'
import { resendVerificationEmail } from '../email-verification.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/email-verification',
  tags: ['Account'],
  summary: 'Send the verification e-mail again',
  description: 'For a signed-in person whose address is not verified yet; a few per hour.',
  middleware: [authenticate, requireUser] as const,
  responses: {
    202: jsonResponse(Accepted, 'The e-mail is on its way'),
    409: problemDoc('The address is already verified'),
    ...errorResponses,
  },
})

export const sendVerificationEmail = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await resendVerificationEmail(c.var.ctx, userActor(c).userId)
    return c.json({ message: 'We have sent you a new verification link. It works for 24 hours.' }, 202)
  },
})
