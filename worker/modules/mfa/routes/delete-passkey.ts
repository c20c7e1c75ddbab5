import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { PasskeyIdParam } from '../mfa.schemas.ts'
import { removePasskey } from '../passkeys.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/auth/passkeys/{passkeyId}',
  tags: ['Multi-factor authentication'],
  summary: 'Remove a passkey',
  description: "It stops working at once. Someone else's passkey id answers 404, like a missing one.",
  middleware: [authenticate, requireUser] as const,
  request: { params: PasskeyIdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
})

export const deletePasskey = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await removePasskey(tenantCtx(c), userActor(c), c.req.valid('param').passkeyId)
    return c.body(null, 204)
  },
})
