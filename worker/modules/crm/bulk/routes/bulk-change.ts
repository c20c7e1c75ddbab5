import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { BulkBody, BulkResult, MAX_BULK_RECORDS } from '../bulk.schemas.ts'
import { applyBulk } from '../bulk.service.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/bulk',
  tags: ['CRM'],
  summary: 'Change many contacts or companies at once',
  description: `Update (owner, branch, lifecycle stage, custom fields), tag, untag or delete the records named by \`ids\` or matched by \`filter\` (at most ${MAX_BULK_RECORDS.toLocaleString('en')}; only records in your branches), in one transaction. The answer's \`crmUndoId\` undoes it with POST /crm/undo/{crmUndoId} for ten minutes. Deleting needs the crm.delete permission; deleted records are hidden at once and removed for good by the daily purge after the undo window.`,
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(BulkBody) },
  responses: { 200: jsonResponse(BulkResult, 'What changed, and how to undo it'), ...errorResponses },
})

export const bulkChange = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(BulkResult.parse(await applyBulk(tenantCtx(c), c.req.valid('json'))), 200),
})
