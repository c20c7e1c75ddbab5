import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { BrandList } from '../brands.schemas.ts'
import { listBrands } from '../brands.service.ts'

const route = createRoute({
  method: 'get',
  path: '/brands',
  tags: ['Brands'],
  summary: "List the organisation's brands",
  description: 'Members limited to some branches see only the brands of those branches.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  responses: { 200: jsonResponse(BrandList, 'Brands, by name'), ...errorResponses },
})

export const listBrandsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(BrandList.parse({ data: await listBrands(tenantCtx(c)) }), 200),
})
