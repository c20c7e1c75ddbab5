import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { ConfirmTotpBody, RecoveryCodes } from '../mfa.schemas.ts'
import { confirmTotpEnrolment as confirm } from '../totp.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/mfa/totp/confirm',
  tags: ['Multi-factor authentication'],
  summary: 'Turn on the authenticator app with a code from it',
  description:
    'Checks a code from the app set up with `POST /auth/mfa/totp` and turns two-step verification on. Answers ten recovery codes, shown this once; only their hashes are kept. A wrong code is a 400 with a field error on `code`.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(ConfirmTotpBody) },
  responses: {
    200: jsonResponse(RecoveryCodes, 'Two-step verification is on; the recovery codes'),
    409: problemDoc('Already on, or no setup was started'),
    ...errorResponses,
  },
})

export const confirmTotpEnrolment = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(RecoveryCodes.parse(await confirm(tenantCtx(c), userActor(c), c.req.valid('json').code)), 200),
})
