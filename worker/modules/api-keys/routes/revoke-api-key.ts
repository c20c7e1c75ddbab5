import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { revokeApiKey as revoke } from '../api-keys.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/api-keys/{keyId}',
  tags: ['API keys'],
  summary: 'Revoke an API key',
  description: 'Takes effect on the next request made with the key. Revoking a revoked key changes nothing.',
  middleware: [authenticate, requirePermission('api_keys.manage')] as const,
  request: { params: IdParam('keyId', 'key_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Revoked' }, ...errorResponses },
})

export const revokeApiKey = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await revoke(tenantCtx(c), c.req.valid('param').keyId)
    return c.body(null, 204)
  },
})
