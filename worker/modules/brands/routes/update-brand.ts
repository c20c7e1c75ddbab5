import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Brand, UpdateBrandBody } from '../brands.schemas.ts'
import { updateBrand } from '../brands.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/brands/{brandId}',
  tags: ['Brands'],
  summary: 'Change a brand',
  description:
    'Changes the fields sent (colors and fonts are replaced whole). A new slug keeps the old one answering 301 to the new path. Cached pages of every branch are purged.',
  middleware: [authenticate, requirePermission('brands.manage')] as const,
  request: {
    params: IdParam('brandId', 'brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateBrandBody),
  },
  responses: {
    200: jsonResponse(Brand, 'The brand as it is now'),
    409: problemDoc('The slug asked for is taken'),
    ...errorResponses,
  },
})

export const updateBrandRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const brand = await updateBrand(tenantCtx(c), c.req.valid('param').brandId, c.req.valid('json'))
    return c.json(Brand.parse(brand), 200)
  },
})
