import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { listMemberAvailability as list } from '../availability.service.ts'
import { MemberAvailabilityList } from '../routing.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/members/availability',
  tags: ['Lead routing'],
  summary: 'Who can take leads right now',
  description:
    'The members who work leads, with their switch (`available` or `away`), their shifts and whether they are on shift now. Members limited to some branches see the colleagues who share one of them.',
  middleware: [authenticate, requirePermission('leads.assign')] as const,
  responses: { 200: jsonResponse(MemberAvailabilityList, 'The roster'), ...errorResponses },
})

export const listMemberAvailability = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(MemberAvailabilityList.parse({ data: await list(tenantCtx(c)) }), 200),
})
