import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { attachmentLinks } from '../attachments.service.ts'
import { AttachmentLinks } from '../files.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/attachments/{attachmentId}/url',
  tags: ['CRM files'],
  summary: 'Short-lived links to view or download a file',
  description:
    'Signed links that work for five minutes without a session: `url` shows images and PDFs in the browser, `downloadUrl` always downloads. Ask again when they expire.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('attachmentId', 'att_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(AttachmentLinks, 'The links'), ...errorResponses },
})

export const getAttachmentUrlRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      AttachmentLinks.parse(await attachmentLinks(tenantCtx(c), c.req.valid('param').attachmentId)),
      200,
    ),
})
