import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { publishDraft } from '../publishing.service.ts'
import { PublishBody, SiteIdParam, SiteVersion } from '../sites.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/publish',
  tags: ['Sites'],
  summary: "Publish a site's draft",
  description:
    'The draft becomes the next version and goes live at once; cached copies on every host are purged.',
  middleware: [authenticate, requirePermission('sites.publish')] as const,
  request: { params: SiteIdParam, body: { ...jsonBody(PublishBody), required: false } },
  responses: {
    201: jsonResponse(SiteVersion, 'The published version'),
    409: problemDoc('Another publish of this site happened at the same moment'),
    ...errorResponses,
  },
})

export const publishSite = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const version = await publishDraft(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('json').note)
    return c.json(SiteVersion.parse(version), 201)
  },
})
