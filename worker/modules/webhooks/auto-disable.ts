/**
 * Sustained failure turns an endpoint off, so a dead receiver stops costing retries and the
 * owners hear about it: after 5 deliveries in a row failed every retry, or when one fails for
 * good and nothing has been accepted for 24 hours. The owners get an e-mail (through the
 * `email` queue) with a link to the endpoint, where they can fix it, re-enable it and replay.
 */
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { memberships, users } from '../auth/auth.tables.ts'
import { type EmailMessage, enqueueOutbound } from '../email/index.ts'
import * as repo from './webhooks.repo.ts'

export const DISABLE_AFTER_FAILURES = 5
export const DISABLE_AFTER_MS = 24 * 3600_000

/** Why the endpoint should be turned off after one more delivery failed for good, or null. */
export async function disableReason(
  ctx: Ctx,
  endpoint: repo.EndpointRow,
  failures: number,
): Promise<string | null> {
  if (failures >= DISABLE_AFTER_FAILURES) return `${failures} deliveries in a row failed after every retry`
  const lastSuccess = await repo.lastSuccessAt(ctx, endpoint.tenantId, endpoint.id)
  const since = Math.max(lastSuccess?.getTime() ?? 0, endpoint.createdAt.getTime())
  if (ctx.now().getTime() - since >= DISABLE_AFTER_MS)
    return 'A delivery failed after every retry and nothing has been accepted for over 24 hours'
  return null
}

async function ownerEmails(ctx: Ctx, tenantId: string): Promise<string[]> {
  const rows = await ctx.d1
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')))
  return rows.map((r) => r.email)
}

/** The address without its query: hook URLs often carry a token there, and e-mail travels far. */
const shownUrl = (url: string) => {
  const parsed = new URL(url)
  return `${parsed.origin}${parsed.pathname}`
}

/** Queues the owners' notice; throws if the queue refused it, so the caller retries. */
export async function tellOwners(ctx: Ctx, endpoint: repo.EndpointRow, reason: string): Promise<void> {
  const dashboardUrl = new URL(
    `/app/webhooks/${encodeURIComponent(endpoint.id)}`,
    ctx.config.PUBLIC_ORIGIN,
  ).toString()
  const messages = (await ownerEmails(ctx, endpoint.tenantId)).map(
    (to): EmailMessage => ({
      template: 'webhook_disabled',
      to,
      data: {
        endpointUrl: shownUrl(endpoint.url),
        reason,
        disabledAt: ctx.now().toISOString(),
        url: dashboardUrl,
      },
    }),
  )
  await enqueueOutbound(ctx, messages)
}
