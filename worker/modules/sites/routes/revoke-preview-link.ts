import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { revokePreviewLink as revoke } from '../preview.service.ts'
import { SiteIdParam } from '../sites.schemas.ts'

const route = createRoute({
  method: 'delete',
  path: '/sites/{siteId}/preview-link',
  tags: ['Sites'],
  summary: 'Stop sharing the draft preview',
  description: 'The shared link stops working at once.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: SiteIdParam },
  responses: { 204: { description: 'Revoked' }, ...errorResponses },
})

export const revokePreviewLink = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await revoke(tenantCtx(c), c.req.valid('param').siteId)
    return c.body(null, 204)
  },
})
