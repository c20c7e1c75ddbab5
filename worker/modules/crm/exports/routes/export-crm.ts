import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ExportBody } from '../export.schemas.ts'
import { CRM_EXPORT_MAX_ROWS, exportCrmCsv } from '../export-csv.ts'

const route = createRoute({
  method: 'post',
  path: '/crm/export',
  tags: ['CRM'],
  summary: 'Export a filtered view as CSV',
  description: `The contacts, companies or deals the same filter shows in a list (only branches you may see), oldest first, one column per field and per custom field (headed by its label). At most ${CRM_EXPORT_MAX_ROWS.toLocaleString('en')} rows (\`X-Vitrine-Truncated: true\` says more matched). Cells a spreadsheet would run as formulas start with an apostrophe. Each export is recorded in the audit log.`,
  middleware: [authenticate, requirePermission('crm.export')] as const,
  request: { body: jsonBody(ExportBody) },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, UTF-8 with a byte order mark',
    },
    ...errorResponses,
  },
})

const PLURAL = { contact: 'contacts', company: 'companies', deal: 'deals' } as const

export const exportCrm = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const body = c.req.valid('json')
    const csv = await exportCrmCsv(tenantCtx(c), body)
    const day = new Date().toISOString().slice(0, 10)
    return c.body(csv.body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vitrine-${PLURAL[body.entity]}-${day}.csv"`,
      'x-vitrine-truncated': String(csv.truncated),
      'x-vitrine-rows': String(csv.rows),
    })
  },
})
