import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Brand } from '../brands.schemas.ts'
import { getBrand } from '../brands.service.ts'

const route = createRoute({
  method: 'get',
  path: '/brands/{brandId}',
  tags: ['Brands'],
  summary: 'One brand',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: IdParam('brandId', 'brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(Brand, 'The brand'), ...errorResponses },
})

export const getBrandRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Brand.parse(await getBrand(tenantCtx(c), c.req.valid('param').brandId)), 200),
})
