import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../auth/index.ts'
import { updateMember as update } from '../members.service.ts'
import { Member, UpdateMemberBody } from '../team.schemas.ts'
import { teamProblems } from './problems.ts'

const route = createRoute({
  method: 'patch',
  path: '/members/{memberId}',
  tags: ['Team'],
  summary: "Change a member's role or branches",
  description:
    'Nobody grants a role above their own; only an owner makes or changes owners, and the last owner cannot be demoted (409). `branchIds` limits managers, agents and viewers to some branches (null: every branch); promoting someone to admin or owner drops their scope.',
  middleware: [authenticate, requireUser, requirePermission('members.manage')] as const,
  request: {
    params: IdParam('memberId', 'mem_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateMemberBody),
  },
  responses: {
    200: jsonResponse(Member, 'The member as they are now'),
    409: teamProblems.conflict,
    ...errorResponses,
  },
})

export const updateMember = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const member = await update(
      tenantCtx(c),
      userActor(c),
      c.req.valid('param').memberId,
      c.req.valid('json'),
    )
    return c.json(Member.parse(member), 200)
  },
})
