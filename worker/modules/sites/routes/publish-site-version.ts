import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { publishSiteVersion as publish } from '../publishing.service.ts'
import { PublishVersionBody, SiteIdParam, SiteVersion } from '../sites.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/versions',
  tags: ['Sites'],
  summary: 'Publish given content as the next version of a site',
  description:
    "For API clients: the content goes live at once and cached copies on every host are purged; the builder's draft is left as it is. Bodies may be up to 512 KB.",
  middleware: [authenticate, requirePermission('sites.publish')] as const,
  request: { params: SiteIdParam, body: jsonBody(PublishVersionBody) },
  responses: { 201: jsonResponse(SiteVersion, 'The published version'), ...errorResponses },
})

export const publishSiteVersion = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const version = await publish(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('json').content)
    return c.json(SiteVersion.parse(version), 201)
  },
})
