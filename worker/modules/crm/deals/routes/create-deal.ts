import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { createDeal } from '../create-deal.ts'
import { CreateDealBody, Deal } from '../deals.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/deals',
  tags: ['Deals'],
  summary: 'Create a deal',
  description:
    'In `stageId` of `pipelineId` (400 "stage is not in this pipeline" otherwise; the first stage when left out), at the top of its column. The amount is in minor units of an ISO 4217 `currency`. The contact and company must be ones you may see; the branch defaults to theirs and must be one of yours; the owner defaults to you. Created in a lost stage it needs a `closeReason`. The stage\'s automations run for it.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(CreateDealBody) },
  responses: { 201: jsonResponse(Deal, 'The new deal'), ...errorResponses },
})

export const createDealRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Deal.parse(await createDeal(tenantCtx(c), c.req.valid('json'))), 201),
})
