// Writes what an attempt came to: the delivery's log fields, and for real (non-test) deliveries
// the endpoint's failure streak, which can turn the endpoint off.
import type { Ctx } from '../../context.ts'
import { auditInsert } from '../audit/index.ts'
import { disableReason, tellOwners } from './auto-disable.ts'
import type { AttemptOutcome } from './send-webhook.ts'
import * as repo from './webhooks.repo.ts'

const logFields = (outcome: AttemptOutcome, now: Date) => ({
  responseStatus: outcome.status,
  responseExcerpt: outcome.excerpt,
  durationMs: outcome.durationMs,
  lastAttemptAt: now,
})

export async function recordSuccess(
  ctx: Ctx,
  delivery: repo.DeliveryRow,
  outcome: AttemptOutcome,
  countsForEndpoint: boolean,
): Promise<void> {
  const now = ctx.now()
  const set = {
    ...logFields(outcome, now),
    status: 'succeeded' as const,
    nextAttemptAt: null,
    deliveredAt: now,
  }
  await ctx.d1.batch([
    repo.updateDeliveryRow(ctx, delivery.tenantId, delivery.id, set, true),
    ...(countsForEndpoint
      ? [repo.updateEndpointRow(ctx, delivery.tenantId, delivery.endpointId, { consecutiveFailures: 0 })]
      : []),
  ])
}

export async function recordRetry(
  ctx: Ctx,
  delivery: repo.DeliveryRow,
  outcome: AttemptOutcome,
  delaySeconds: number,
): Promise<void> {
  const now = ctx.now()
  await repo.updateDeliveryRow(
    ctx,
    delivery.tenantId,
    delivery.id,
    {
      ...logFields(outcome, now),
      status: 'retrying',
      nextAttemptAt: new Date(now.getTime() + delaySeconds * 1000),
    },
    true,
  )
}

/**
 * The last attempt failed: the delivery is failed for good and counts against the endpoint. When
 * that makes the failure sustained, the owners' e-mail is queued first, then the endpoint is
 * turned off in the same batch as the delivery's record, so a crash in between retries the whole
 * step (at worst a second e-mail), never a silent disable.
 */
export async function recordFinalFailure(
  ctx: Ctx,
  endpoint: repo.EndpointRow,
  delivery: repo.DeliveryRow,
  outcome: AttemptOutcome | null,
  countsForEndpoint: boolean,
): Promise<void> {
  const now = ctx.now()
  const deliveryDone = repo.updateDeliveryRow(
    ctx,
    delivery.tenantId,
    delivery.id,
    { ...(outcome ? logFields(outcome, now) : {}), status: 'failed', nextAttemptAt: null },
    outcome !== null,
  )
  if (!countsForEndpoint || endpoint.status !== 'active') {
    await deliveryDone
    return
  }
  const failures = endpoint.consecutiveFailures + 1
  const reason = await disableReason(ctx, endpoint, failures)
  if (reason) await tellOwners(ctx, endpoint, reason)
  const disable = reason ? { status: 'disabled' as const, disabledAt: now, disabledReason: reason } : {}
  await ctx.d1.batch([
    deliveryDone,
    repo.countEndpointFailure(ctx, endpoint.tenantId, endpoint.id, disable),
    ...(reason
      ? [
          auditInsert(ctx, {
            action: 'webhook.auto_disabled',
            tenantId: endpoint.tenantId,
            actor: { kind: 'system' },
            target: { type: 'webhook_endpoint', id: endpoint.id },
            metadata: { reason },
          }),
        ]
      : []),
  ])
}
