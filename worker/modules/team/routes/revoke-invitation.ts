import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../auth/index.ts'
import { revokeInvitation as revoke } from '../invitations.service.ts'
import { teamProblems } from './problems.ts'

const route = createRoute({
  method: 'delete',
  path: '/invitations/{invitationId}',
  tags: ['Team'],
  summary: 'Revoke an invitation',
  description:
    'Its link stops working at once (410). Revoking twice changes nothing; an accepted one cannot be (409).',
  middleware: [authenticate, requireUser, requirePermission('members.manage')] as const,
  request: { params: IdParam('invitationId', 'inv_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Revoked' }, 409: teamProblems.conflict, ...errorResponses },
})

export const revokeInvitation = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await revoke(tenantCtx(c), userActor(c), c.req.valid('param').invitationId)
    return c.body(null, 204)
  },
})
