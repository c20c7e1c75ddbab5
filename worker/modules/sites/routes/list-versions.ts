import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listVersions as list } from '../publishing.service.ts'
import { SiteIdParam, SiteVersionList } from '../sites.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/sites/{siteId}/versions',
  tags: ['Sites'],
  summary: "List a site's published versions",
  description: 'Newest first, with who published each and when, its note, and which one is live.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: SiteIdParam },
  responses: { 200: jsonResponse(SiteVersionList, 'The versions'), ...errorResponses },
})

export const listVersions = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(SiteVersionList.parse({ data: await list(tenantCtx(c), c.req.valid('param').siteId) }), 200),
})
