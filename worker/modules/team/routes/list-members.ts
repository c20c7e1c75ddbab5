import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listMembers as list } from '../members.service.ts'
import { MemberList } from '../team.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/members',
  tags: ['Team'],
  summary: "List the organisation's members",
  description: "Oldest first, with each member's role and branch scope (`branchIds`, null for every branch).",
  middleware: [authenticate, requirePermission('members.read')] as const,
  responses: { 200: jsonResponse(MemberList, 'Every member'), ...errorResponses },
})

export const listMembers = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(MemberList.parse({ data: await list(tenantCtx(c)) }), 200),
})
