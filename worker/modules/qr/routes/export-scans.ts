import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { ExportScansQuery } from '../analytics/analytics.schemas.ts'
import { exportScansCsv, SCANS_EXPORT_MAX_ROWS } from '../analytics/scans-csv.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-analytics/export.csv',
  tags: ['QR analytics'],
  summary: 'Download raw scans as CSV',
  description: `Every scan of the codes in scope (one code, a branch, a brand, or all you may see) in the UTC days asked for, oldest first, bots included and marked in \`is_bot\`. No visitor hashes, no IP addresses (none are stored). At most ${SCANS_EXPORT_MAX_ROWS.toLocaleString('en')} rows (\`X-Vitrine-Truncated: true\` says more matched; narrow the dates). Cells a spreadsheet would run as formulas start with an apostrophe.`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: ExportScansQuery },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, UTF-8 with a byte order mark',
    },
    ...errorResponses,
  },
})

export const exportScans = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const csv = await exportScansCsv(tenantCtx(c), c.req.valid('query'))
    return c.body(csv.body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vitrine-qr-scans-${csv.range.from}-to-${csv.range.to}.csv"`,
      'x-vitrine-truncated': String(csv.truncated),
    })
  },
})
