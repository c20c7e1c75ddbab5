import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { PublishVersionBody, SiteVersion } from '../sites.schemas.ts'
import { publishSiteVersion as publish } from '../sites.service.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/versions',
  tags: ['Sites'],
  summary: 'Publish new content as the next version of a site',
  description: 'The version goes live at once; cached copies on every host are purged.',
  middleware: [authenticate, requirePermission('sites.publish')] as const,
  request: {
    params: IdParam('siteId', 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(PublishVersionBody),
  },
  responses: { 201: jsonResponse(SiteVersion, 'The published version'), ...errorResponses },
})

export const publishSiteVersion = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const version = await publish(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('json').content)
    return c.json(SiteVersion.parse(version), 201)
  },
})
