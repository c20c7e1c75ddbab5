import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { archiveSource } from '../sources.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/lead-sources/{sourceId}',
  tags: ['Lead sources'],
  summary: 'Archive a lead source',
  description:
    'Its webhooks answer 404 from now on and its platform account can be connected again. Leads it delivered and its delivery log stay.',
  middleware: [authenticate, requirePermission('lead_sources.manage')] as const,
  request: { params: IdParam('sourceId', 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Archived' }, ...errorResponses },
})

export const archiveSourceRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await archiveSource(tenantCtx(c), c.req.valid('param').sourceId)
    return c.body(null, 204)
  },
})
