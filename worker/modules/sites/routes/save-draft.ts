import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { SaveDraftBody, SiteDetail, SiteIdParam } from '../sites.schemas.ts'
import { saveDraft as save } from '../sites.service.ts'

const route = createRoute({
  method: 'put',
  path: '/sites/{siteId}/draft',
  tags: ['Sites'],
  summary: "Save a site's draft",
  description:
    'Replaces the draft; visitors see nothing until it is published. Bodies may be up to 512 KB. Send `expectedUpdatedAt` to be told (409) when someone else saved in between.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: SiteIdParam, body: jsonBody(SaveDraftBody) },
  responses: {
    200: jsonResponse(SiteDetail, 'The site with its saved draft'),
    409: problemDoc('Someone else saved the draft since `expectedUpdatedAt`'),
    ...errorResponses,
  },
})

export const saveDraft = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const site = await save(tenantCtx(c), c.req.valid('param').siteId, c.req.valid('json'))
    return c.json(SiteDetail.parse(site), 200)
  },
})
