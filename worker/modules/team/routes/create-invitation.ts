import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../auth/index.ts'
import { createInvitation as create } from '../invitations.service.ts'
import { CreateInvitationBody, Invitation } from '../team.schemas.ts'
import { teamProblems } from './problems.ts'

const route = createRoute({
  method: 'post',
  path: '/invitations',
  tags: ['Team'],
  summary: 'Invite someone by e-mail',
  description:
    'Sends a link valid for 7 days. The inviter needs a confirmed e-mail address and cannot grant a role above their own. Each pending invitation holds a seat of the plan (402 when none is left).',
  middleware: [authenticate, requireUser, requirePermission('members.manage')] as const,
  request: { body: jsonBody(CreateInvitationBody) },
  responses: {
    201: jsonResponse(Invitation, 'The invitation; the link goes only to the invitee'),
    402: teamProblems.limit,
    409: teamProblems.conflict,
    ...errorResponses,
  },
})

export const createInvitation = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(Invitation.parse(await create(tenantCtx(c), userActor(c), c.req.valid('json'))), 201),
})
