import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { reportChoices } from '../report-choices.ts'
import { ReportChoices } from '../reports.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/choices',
  tags: ['CRM reports'],
  summary: 'What the reports can be narrowed to',
  description:
    'The pipelines (the default first), the branches you may see, and the members who can own records, with their names: the values `pipelineId`, `branchId` and `ownerUserId` take.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(ReportChoices, 'The choices'), ...errorResponses },
})

export const getReportChoices = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ReportChoices.parse(await reportChoices(tenantCtx(c))), 200),
})
