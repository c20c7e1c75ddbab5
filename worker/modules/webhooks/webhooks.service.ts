// Outbound webhook endpoints as the dashboard and REST-hook clients (Zapier) manage them.
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { type AuditAction, auditInsert } from '../audit/index.ts'
import { sealEndpointSecret } from './endpoint-secret.ts'
import { assertEndpointUrl } from './endpoint-url.ts'
import { generateWebhookSecret } from './signing.ts'
import { toEndpoint } from './webhook-view.ts'
import * as repo from './webhooks.repo.ts'
import type {
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from './webhooks.schemas.ts'

/** Enough for every integration a business runs; a runaway script stops here. */
export const MAX_ENDPOINTS = 20

/**
 * Webhooks carry every branch's leads, so they are the whole organisation's to manage: a member
 * limited to some branches could otherwise read the others' leads through a receiver.
 */
function assertWholeTenant(ctx: TenantCtx): void {
  if (ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'Webhooks carry the leads of every branch; members limited to some branches cannot manage them',
    )
}

/** The endpoint, or 404 for a missing one and another tenant's alike. */
export async function endpointOrThrow(ctx: TenantCtx, endpointId: string): Promise<repo.EndpointRow> {
  assertWholeTenant(ctx)
  const row = await repo.getEndpointRow(ctx, ctx.tenantId, endpointId)
  if (!row) throw new ApiError('NOT_FOUND', `Webhook endpoint ${endpointId} not found`)
  return row
}

export async function listEndpoints(ctx: TenantCtx): Promise<WebhookEndpoint[]> {
  assertWholeTenant(ctx)
  return (await repo.listEndpointRows(ctx, ctx.tenantId)).map(toEndpoint)
}

export const getEndpoint = async (ctx: TenantCtx, endpointId: string) =>
  toEndpoint(await endpointOrThrow(ctx, endpointId))

export async function createEndpoint(
  ctx: TenantCtx,
  input: CreateWebhookEndpoint,
): Promise<WebhookEndpointWithSecret> {
  assertWholeTenant(ctx)
  const url = assertEndpointUrl(ctx.config, input.url)
  if ((await repo.countEndpoints(ctx, ctx.tenantId)) >= MAX_ENDPOINTS)
    throw new ApiError(
      'LIMIT_EXCEEDED',
      `An organisation can have at most ${MAX_ENDPOINTS} webhook endpoints`,
    )
  const id = newId('webhookEndpoint')
  const secret = generateWebhookSecret()
  const now = ctx.now()
  await ctx.d1.batch([
    repo.insertEndpoint(ctx, {
      id,
      tenantId: ctx.tenantId,
      url,
      description: input.description,
      events: input.events,
      sealedSecret: await sealEndpointSecret(ctx, id, secret),
      createdAt: now,
      updatedAt: now,
    }),
    audit(ctx, 'webhook.created', id, { host: new URL(url).host, events: input.events }),
  ])
  return { endpoint: await getEndpoint(ctx, id), secret }
}

export async function updateEndpoint(
  ctx: TenantCtx,
  endpointId: string,
  patch: UpdateWebhookEndpoint,
): Promise<WebhookEndpoint> {
  const row = await endpointOrThrow(ctx, endpointId)
  const url = patch.url === undefined ? row.url : assertEndpointUrl(ctx.config, patch.url)
  const now = ctx.now()
  const statusChange = patch.status && patch.status !== row.status ? statusFields(patch.status, now) : {}
  const action: AuditAction =
    patch.status && patch.status !== row.status
      ? patch.status === 'active'
        ? 'webhook.enabled'
        : 'webhook.disabled'
      : 'webhook.updated'
  await ctx.d1.batch([
    repo.updateEndpointRow(ctx, ctx.tenantId, row.id, {
      url,
      description: patch.description ?? row.description,
      events: patch.events ?? row.events,
      ...statusChange,
      updatedAt: now,
    }),
    audit(ctx, action, row.id, { changed: Object.keys(patch) }),
  ])
  return getEndpoint(ctx, row.id)
}

/** Enabling starts afresh (no failures counted); disabling by hand says so. */
const statusFields = (status: 'active' | 'disabled', now: Date) =>
  status === 'active'
    ? { status, consecutiveFailures: 0, disabledAt: null, disabledReason: null }
    : { status, disabledAt: now, disabledReason: 'Turned off by a member' }

/** Re-enables an endpoint (after an automatic disable, typically) and forgets its failures. */
export async function enableEndpoint(ctx: TenantCtx, endpointId: string): Promise<WebhookEndpoint> {
  const row = await endpointOrThrow(ctx, endpointId)
  const now = ctx.now()
  await ctx.d1.batch([
    repo.updateEndpointRow(ctx, ctx.tenantId, row.id, { ...statusFields('active', now), updatedAt: now }),
    audit(ctx, 'webhook.enabled', row.id, { wasDisabled: row.status === 'disabled' }),
  ])
  return getEndpoint(ctx, row.id)
}

/** A new secret, shown once; deliveries are signed with it from now on, the old one is gone. */
export async function rotateEndpointSecret(
  ctx: TenantCtx,
  endpointId: string,
): Promise<WebhookEndpointWithSecret> {
  const row = await endpointOrThrow(ctx, endpointId)
  const secret = generateWebhookSecret()
  await ctx.d1.batch([
    repo.updateEndpointRow(ctx, ctx.tenantId, row.id, {
      sealedSecret: await sealEndpointSecret(ctx, row.id, secret),
      updatedAt: ctx.now(),
    }),
    audit(ctx, 'webhook.secret_rotated', row.id),
  ])
  return { endpoint: await getEndpoint(ctx, row.id), secret }
}

/** Deletes the endpoint and its delivery log; messages still queued for it find nothing and stop. */
export async function deleteEndpoint(ctx: TenantCtx, endpointId: string): Promise<void> {
  const row = await endpointOrThrow(ctx, endpointId)
  await ctx.d1.batch([
    ...repo.deleteEndpointRows(ctx, ctx.tenantId, row.id),
    audit(ctx, 'webhook.deleted', row.id, { host: new URL(row.url).host }),
  ])
}

export const audit = (ctx: TenantCtx, action: AuditAction, id: string, metadata?: Record<string, unknown>) =>
  auditInsert(ctx, {
    action,
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'webhook_endpoint', id },
    ...(metadata ? { metadata } : {}),
  })
