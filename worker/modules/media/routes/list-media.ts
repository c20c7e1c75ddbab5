import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { ListMediaQuery, MediaList } from '../media.schemas.ts'
import { listMedia } from '../media.service.ts'

const route = createRoute({
  method: 'get',
  path: '/media',
  tags: ['Media'],
  summary: "List the organisation's uploads, newest first",
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { query: ListMediaQuery },
  responses: { 200: jsonResponse(MediaList, 'A page of uploads'), ...errorResponses },
})

export const listMediaRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(MediaList.parse(await listMedia(tenantCtx(c), c.req.valid('query'))), 200),
})
