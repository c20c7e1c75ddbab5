import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { DisableTotpBody } from '../mfa.schemas.ts'
import { disableTotp as disable } from '../totp.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/mfa/totp',
  tags: ['Multi-factor authentication'],
  summary: 'Turn off the authenticator app',
  description:
    'Needs a current code from the app or the account password. Removes the secret and every recovery code; passkeys stay.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(DisableTotpBody) },
  responses: {
    204: { description: 'Turned off' },
    409: problemDoc('No authenticator app is on'),
    ...errorResponses,
  },
})

export const disableTotp = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await disable(tenantCtx(c), userActor(c), c.req.valid('json'))
    return c.body(null, 204)
  },
})
