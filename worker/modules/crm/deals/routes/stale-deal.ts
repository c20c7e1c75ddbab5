import type { Context } from 'hono'
import type { AppEnv } from '../../../../env.ts'
import { ApiError, toProblem } from '../../../../lib/errors.ts'
import { type Deal, DealConflict } from '../deals.schemas.ts'

export const staleDealDoc = {
  content: { 'application/problem+json': { schema: DealConflict } },
  description: 'The deal changed since the version you sent (CONFLICT); `deal` holds it as it is now',
}

/** The 409 of a stale move or edit: the problem, plus the deal as it now is, for the board to show. */
export function staleDealResponse<C extends Context<AppEnv>>(c: C, deal: Deal) {
  const problem = toProblem(
    new ApiError('CONFLICT', 'Someone changed this deal meanwhile; it is shown as it is now'),
    c.var.ctx.requestId,
  )
  const body = DealConflict.parse({ ...problem, deal })
  return c.json(body, 409, { 'content-type': 'application/problem+json' })
}
