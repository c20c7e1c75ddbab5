import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { csvRow } from '../../../../lib/csv.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { importProblems } from '../imports.service.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/imports/{crmImportId}/problems.csv',
  tags: ['CRM imports'],
  summary: 'Download the row problems as CSV',
  description:
    'One line per problem (row, field, message): the preview’s report before the import starts, the rows that were not imported after. The first 10,000 problems are kept.',
  middleware: [authenticate, requirePermission('crm.import')] as const,
  request: { params: IdParam('crmImportId', 'imp_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, UTF-8 with a byte order mark',
    },
    ...errorResponses,
  },
})

export const importProblemsCsv = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { filename, problems } = await importProblems(tenantCtx(c), c.req.valid('param').crmImportId)
    const lines = problems.map((p) => csvRow([String(p.row), p.field ?? '', p.message]))
    const base =
      filename
        .replace(/\.csv$/i, '')
        .replace(/[^\w.-]+/g, '-')
        .slice(0, 80) || 'import'
    return c.body(`\uFEFF${csvRow(['row', 'field', 'problem'])}${lines.join('')}`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${base}-problems.csv"`,
    })
  },
})
