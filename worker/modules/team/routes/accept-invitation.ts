import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, deliverSession, revokeSession, SignedIn, userActor } from '../../auth/index.ts'
import { acceptInvitation as accept } from '../accept-invitation.service.ts'
import { AcceptInvitationBody } from '../team.schemas.ts'
import { teamProblems } from './problems.ts'

const route = createRoute({
  method: 'post',
  path: '/invitations/accept',
  tags: ['Team'],
  summary: 'Accept an invitation and sign in to the organisation',
  description:
    'Without an account, `name` and `password` create one. With an account, either send the request signed in as it, or send its `password` (accounts with two-step verification must sign in first). A used, revoked or expired link answers 410.',
  request: { body: jsonBody(AcceptInvitationBody) },
  responses: {
    201: jsonResponse(SignedIn, 'Joined and signed in'),
    409: teamProblems.conflict,
    410: teamProblems.gone,
    ...errorResponses,
  },
})

export const acceptInvitation = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { tokenDelivery, ...input } = c.req.valid('json')
    const signedIn = input.password === undefined ? await currentPerson(c) : null
    const issued = await accept(c.var.ctx, input, signedIn?.userId ?? null)
    // The new session replaces the one that accepted, in the same browser or client.
    if (signedIn) await revokeSession(c.var.ctx, signedIn.userId, signedIn.sessionId)
    return c.json(deliverSession(c, issued, tokenDelivery), 201)
  },
})

/** The person this request is signed in as, if any; the route itself is public. */
async function currentPerson(c: Context<AppEnv>) {
  try {
    await authenticate(c, async () => {})
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHORIZED') return null
    throw error
  }
  return c.var.actor.kind === 'user' ? userActor(c) : null
}
