import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteAttachment } from '../attachments.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/attachments/{attachmentId}',
  tags: ['CRM files'],
  summary: 'Remove a file',
  description: 'The bytes are deleted at once and stop counting against the storage quota.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { params: IdParam('attachmentId', 'att_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
})

export const deleteAttachmentRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteAttachment(tenantCtx(c), c.req.valid('param').attachmentId)
    return c.body(null, 204)
  },
})
