import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { RecoveryCodes, RegenerateRecoveryCodesBody } from '../mfa.schemas.ts'
import { regenerateRecoveryCodes as regenerate } from '../totp.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/mfa/recovery-codes',
  tags: ['Multi-factor authentication'],
  summary: 'Replace the recovery codes',
  description:
    'Needs a current code from the authenticator app. Every earlier recovery code stops working; the ten new ones are shown this once.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(RegenerateRecoveryCodesBody) },
  responses: {
    200: jsonResponse(RecoveryCodes, 'The new recovery codes'),
    409: problemDoc('No authenticator app is on'),
    ...errorResponses,
  },
})

export const regenerateRecoveryCodes = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(RecoveryCodes.parse(await regenerate(tenantCtx(c), userActor(c), c.req.valid('json').code)), 200),
})
