import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { deleteMedia } from '../media.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/media/{mediaId}',
  tags: ['Media'],
  summary: 'Delete an upload for good',
  description:
    'Removes the file and its record. Pages that used it show nothing in its place. Members limited to some branches may delete only what they uploaded.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: IdParam('mediaId', 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteMediaRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteMedia(tenantCtx(c), c.req.valid('param').mediaId)
    return c.body(null, 204)
  },
})
