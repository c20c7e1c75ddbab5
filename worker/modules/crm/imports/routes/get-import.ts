import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ImportDetail } from '../imports.schemas.ts'
import { getImport as get } from '../imports.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/imports/{crmImportId}',
  tags: ['CRM imports'],
  summary: 'Get an import',
  description:
    'Its status (uploaded, queued, running, done, failed), counters (created, merged, skipped, failed rows) and the first 200 row problems; the dashboard polls this when its live connection is down.',
  middleware: [authenticate, requirePermission('crm.import')] as const,
  request: { params: IdParam('crmImportId', 'imp_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(ImportDetail, 'The import'), ...errorResponses },
})

export const getImport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(ImportDetail.parse(await get(tenantCtx(c), c.req.valid('param').crmImportId)), 200),
})
