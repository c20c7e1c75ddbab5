import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { restoreVersion as restore } from '../publishing.service.ts'
import { SiteIdParam, SiteVersion } from '../sites.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/sites/{siteId}/versions/{versionId}/restore',
  tags: ['Sites'],
  summary: 'Roll back to an earlier version',
  description:
    "Publishes a copy of that version as the next one (noted 'Restored version N') and makes it the draft; history is never rewritten.",
  middleware: [authenticate, requirePermission('sites.publish')] as const,
  request: { params: SiteIdParam.extend(IdParam('versionId', 'sv_01JD3Q9W2Z8K5V7M4N6P0R1S2T').shape) },
  responses: {
    201: jsonResponse(SiteVersion, 'The new live version'),
    422: problemDoc('The version predates the current content model'),
    ...errorResponses,
  },
})

export const restoreVersion = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { siteId, versionId } = c.req.valid('param')
    return c.json(SiteVersion.parse(await restore(tenantCtx(c), siteId, versionId)), 201)
  },
})
