import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { MediaAsset } from '../media.schemas.ts'
import { getMediaOrThrow, toMediaAsset } from '../media.service.ts'

const route = createRoute({
  method: 'get',
  path: '/media/{mediaId}',
  tags: ['Media'],
  summary: 'One upload',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: IdParam('mediaId', 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(MediaAsset, 'The upload'), ...errorResponses },
})

export const getMediaRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const row = await getMediaOrThrow(tenantCtx(c), c.req.valid('param').mediaId)
    return c.json(MediaAsset.parse(toMediaAsset(row)), 200)
  },
})
