import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../env.ts'
import { ApiError } from '../../lib/errors.ts'
import { findUserById } from '../auth/index.ts'

/**
 * Platform staff only: after `authenticate`, re-reads the user's platform role from D1 on
 * every request, so revoking it takes effect at once. API keys and impersonation sessions are
 * refused: a support session acting as a customer must not carry staff powers with it.
 */
export const requirePlatformAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const actor = c.var.actor
  if (actor.kind !== 'user') {
    throw new ApiError('FORBIDDEN', 'Platform administration needs a signed-in person, not an API key')
  }
  if (actor.impersonatorId) {
    throw new ApiError('FORBIDDEN', 'End the support session before using platform administration')
  }
  const user = await findUserById(c.var.ctx.d1, actor.userId)
  if (user?.platformRole !== 'super_admin') {
    throw new ApiError('FORBIDDEN', 'This needs a Vitrine platform administrator')
  }
  await next()
})
