import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { PasskeyList, toPasskey } from '../mfa.schemas.ts'
import { listPasskeys as list } from '../passkeys.service.ts'

const route = createRoute({
  method: 'get',
  path: '/auth/passkeys',
  tags: ['Multi-factor authentication'],
  summary: "The signed-in user's passkeys",
  middleware: [authenticate, requireUser] as const,
  responses: { 200: jsonResponse(PasskeyList, 'Passkeys, oldest first'), ...errorResponses },
})

export const listPasskeys = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const rows = await list(tenantCtx(c), userActor(c))
    return c.json({ data: rows.map(toPasskey) }, 200)
  },
})
