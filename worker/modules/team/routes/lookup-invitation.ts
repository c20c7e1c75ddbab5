import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { lookupInvitation as lookup } from '../invitations.service.ts'
import { InvitationPreview, LookupInvitationQuery } from '../team.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/invitations/lookup',
  tags: ['Team'],
  summary: 'What an invitation link offers',
  description:
    'Public: for the holder of the link, before accepting. Says which organisation and role, whether it can still be used, and whether an account already has the address.',
  request: { query: LookupInvitationQuery },
  responses: { 200: jsonResponse(InvitationPreview, 'The invitation'), ...errorResponses },
})

export const lookupInvitation = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(InvitationPreview.parse(await lookup(c.var.ctx, c.req.valid('query').token)), 200),
})
