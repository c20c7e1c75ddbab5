import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, clearSessionCookies, requireUser, userActor } from '../../auth/index.ts'
import { removeMember } from '../members.service.ts'
import { teamProblems } from './problems.ts'

const route = createRoute({
  method: 'delete',
  path: '/members/{memberId}',
  tags: ['Team'],
  summary: 'Remove a member, or leave the organisation',
  description:
    "Removing someone else needs `members.manage`, and only an owner removes an owner. Anyone may remove their own membership to leave. The member's sessions in this organisation end at once. The last owner can do neither (409).",
  middleware: [authenticate, requireUser] as const,
  request: { params: IdParam('memberId', 'mem_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Removed' }, 409: teamProblems.conflict, ...errorResponses },
})

export const deleteMember = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { self } = await removeMember(tenantCtx(c), userActor(c), c.req.valid('param').memberId)
    if (self) clearSessionCookies(c)
    return c.body(null, 204)
  },
})
