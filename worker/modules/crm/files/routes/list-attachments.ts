import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { listAttachments } from '../attachments.service.ts'
import { AttachmentList, ListAttachmentsQuery } from '../files.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/attachments',
  tags: ['CRM files'],
  summary: "A record's files, newest first",
  description: '404 when the record does not exist or is outside your branches.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListAttachmentsQuery },
  responses: { 200: jsonResponse(AttachmentList, 'A page of files'), ...errorResponses },
})

export const listAttachmentsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(AttachmentList.parse(await listAttachments(tenantCtx(c), c.req.valid('query'))), 200),
})
