import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listInvitations as list } from '../invitations.service.ts'
import { InvitationList } from '../team.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/invitations',
  tags: ['Team'],
  summary: 'List invitations not yet answered',
  description: 'Pending and expired invitations, oldest first; accepted and revoked ones are left out.',
  middleware: [authenticate, requirePermission('members.manage')] as const,
  responses: { 200: jsonResponse(InvitationList, 'Unanswered invitations'), ...errorResponses },
})

export const listInvitations = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(InvitationList.parse({ data: await list(tenantCtx(c)) }), 200),
})
