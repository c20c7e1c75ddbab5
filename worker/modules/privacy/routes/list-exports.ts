import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requireUser } from '../../auth/index.ts'
import { listExports as list } from '../exports.service.ts'
import { DataExportList } from '../privacy.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/privacy/exports',
  tags: ['Privacy'],
  summary: 'Your exports, newest first',
  description:
    'Exports you requested: of your own data, and of this organisation. Status and progress (0–100) update while one is built.',
  middleware: [authenticate, requireUser] as const,
  responses: { 200: jsonResponse(DataExportList, 'Your recent exports'), ...errorResponses },
})

export const listExports = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DataExportList.parse({ data: await list(tenantCtx(c)) }), 200),
})
