import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadSource, UpdateLeadSource } from '../lead-sources.schemas.ts'
import { updateSource } from '../sources.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/lead-sources/{sourceId}',
  tags: ['Lead sources'],
  summary: 'Change a lead source',
  description:
    'Rename, move to another branch, change its settings, pause (`status: paused`: deliveries are refused with 409 and logged) or resume, or replace a Facebook/LinkedIn access token.',
  middleware: [authenticate, requirePermission('lead_sources.manage')] as const,
  request: {
    params: IdParam('sourceId', 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateLeadSource),
  },
  responses: {
    200: jsonResponse(LeadSource, 'The source'),
    409: problemDoc('That platform account is already connected'),
    ...errorResponses,
  },
})

export const updateSourceRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { sourceId } = c.req.valid('param')
    return c.json(LeadSource.parse(await updateSource(tenantCtx(c), sourceId, c.req.valid('json'))), 200)
  },
})
