import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Brand, CreateBrandBody } from '../brands.schemas.ts'
import { createBrand } from '../brands.service.ts'

const route = createRoute({
  method: 'post',
  path: '/brands',
  tags: ['Brands'],
  summary: 'Create a brand',
  description:
    'The slug (the first segment of /{brand}/{branch}) is made from the name unless given; slugs are unique across Vitrine and some are reserved.',
  middleware: [authenticate, requirePermission('brands.manage')] as const,
  request: { body: jsonBody(CreateBrandBody) },
  responses: {
    201: jsonResponse(Brand, 'The new brand'),
    409: problemDoc('The slug asked for is taken'),
    ...errorResponses,
  },
})

export const createBrandRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Brand.parse(await createBrand(tenantCtx(c), c.req.valid('json'))), 201),
})
