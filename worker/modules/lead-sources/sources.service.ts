// Lead sources as the dashboard manages them, and the lookups webhooks share.
import type { TenantCtx } from '../../context.ts'
import { toHex } from '../../lib/crypto.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { type AuditAction, auditInsert } from '../audit/index.ts'
import { canSeeBranch } from '../auth/permissions.ts'
import type {
  CreateLeadSource,
  LeadSource,
  LeadSourceWithSecret,
  UpdateLeadSource,
} from './lead-sources.schemas.ts'
import {
  accountConflict,
  accountIdOf,
  brandOfBranches,
  configFor,
  isDuplicateAccount,
  TOKEN_KINDS,
} from './source-checks.ts'
import { sealSourceSecret } from './source-secret.ts'
import { toLeadSources, toLeadSourceView } from './source-view.ts'
import * as repo from './sources.repo.ts'

export { openSourceSecret } from './source-secret.ts'
export { findSourceByAccount, getSource, type SourceRow } from './sources.repo.ts'

/** Live sources of branches the actor can see, newest first. */
export async function listSources(ctx: TenantCtx): Promise<LeadSource[]> {
  const rows = await repo.listSourceRows(ctx, ctx.tenantId)
  return toLeadSources(
    ctx,
    rows.filter((r) => canSeeBranch(ctx.actor, r.branchId)),
  )
}

/** A live source the actor can see; another tenant's, an archived one or another branch's is a 404. */
export async function visibleSource(ctx: TenantCtx, sourceId: string): Promise<repo.SourceRow> {
  const row = await repo.getSource(ctx, ctx.tenantId, sourceId)
  if (!row || row.archivedAt || !canSeeBranch(ctx.actor, row.branchId)) {
    throw new ApiError('NOT_FOUND', `Lead source ${sourceId} not found`)
  }
  return row
}

export const getSourceView = async (ctx: TenantCtx, sourceId: string) =>
  toLeadSourceView(ctx, await visibleSource(ctx, sourceId))

/** Google keys and generic HMAC secrets: 256 random bits, never chosen by a person. */
const generateSecret = (kind: 'google_ads' | 'webhook') => {
  const hex = toHex(crypto.getRandomValues(new Uint8Array(32)))
  return kind === 'webhook' ? `whsec_${hex}` : hex
}

export async function createSource(ctx: TenantCtx, input: CreateLeadSource): Promise<LeadSourceWithSecret> {
  const config = configFor(input.kind, input.config)
  const brandId = await brandOfBranches(ctx, input.branchId, config)
  const secret = secretFor(input.kind, input.accessToken)
  const accountId = accountIdOf(config)
  if (accountId && (await repo.accountTaken(ctx, input.kind, accountId))) throw accountConflict(input.kind)
  const id = newId('leadSource')
  const now = ctx.now()
  const row = {
    id,
    tenantId: ctx.tenantId,
    kind: input.kind,
    name: input.name,
    brandId,
    branchId: input.branchId,
    accountId,
    config,
    sealedSecret: secret.plain ? await sealSourceSecret(ctx, id, secret.plain) : null,
    status: input.status,
    createdAt: now,
    updatedAt: now,
  }
  await write(ctx, input.kind, [
    repo.insertSource(ctx, row),
    audit(ctx, 'lead_source.created', id, { kind: input.kind }),
  ])
  return { source: await getSourceView(ctx, id), secret: secret.shown }
}

function secretFor(kind: CreateLeadSource['kind'], accessToken: string | undefined) {
  if (kind === 'google_ads' || kind === 'webhook') {
    if (accessToken) throw tokenNotTaken(kind)
    const plain = generateSecret(kind)
    return { plain, shown: plain }
  }
  if (TOKEN_KINDS.includes(kind) && !accessToken) {
    throw new ApiError('BAD_REQUEST', `A ${kind} source needs an access token to fetch its leads`, {
      errors: [{ path: 'accessToken', message: 'Paste the access token' }],
    })
  }
  if (!TOKEN_KINDS.includes(kind) && accessToken) throw tokenNotTaken(kind)
  return { plain: accessToken ?? null, shown: null }
}

const tokenNotTaken = (kind: string) =>
  new ApiError('BAD_REQUEST', `A ${kind} source takes no access token`, {
    errors: [{ path: 'accessToken', message: 'Leave this out' }],
  })

export async function updateSource(
  ctx: TenantCtx,
  sourceId: string,
  patch: UpdateLeadSource,
): Promise<LeadSource> {
  const row = await visibleSource(ctx, sourceId)
  if (patch.accessToken && !TOKEN_KINDS.includes(row.kind)) throw tokenNotTaken(row.kind)
  const config = patch.config ? configFor(row.kind, patch.config) : row.config
  const branchId = patch.branchId ?? row.branchId
  const brandId = patch.config || patch.branchId ? await brandOfBranches(ctx, branchId, config) : row.brandId
  const accountId = accountIdOf(config)
  if (
    accountId &&
    accountId !== row.accountId &&
    (await repo.accountTaken(ctx, row.kind, accountId, row.id))
  ) {
    throw accountConflict(row.kind)
  }
  const set = {
    name: patch.name ?? row.name,
    branchId,
    brandId,
    config,
    accountId,
    status: patch.status ?? row.status,
    updatedAt: ctx.now(),
    ...(patch.accessToken ? { sealedSecret: await sealSourceSecret(ctx, row.id, patch.accessToken) } : {}),
  }
  const action: AuditAction =
    patch.status && patch.status !== row.status
      ? patch.status === 'paused'
        ? 'lead_source.paused'
        : 'lead_source.resumed'
      : 'lead_source.updated'
  const changed = Object.keys(patch).map((k) => (k === 'accessToken' ? 'accessToken (replaced)' : k))
  await write(ctx, row.kind, [
    repo.updateSourceRow(ctx, ctx.tenantId, row.id, set),
    audit(ctx, action, row.id, { changed }),
  ])
  return getSourceView(ctx, row.id)
}

/** A new Google key or HMAC secret; the old one stops working at once. */
export async function rotateSourceSecret(ctx: TenantCtx, sourceId: string): Promise<LeadSourceWithSecret> {
  const row = await visibleSource(ctx, sourceId)
  if (row.kind !== 'google_ads' && row.kind !== 'webhook') {
    throw new ApiError(
      'BAD_REQUEST',
      `A ${row.kind} source's secret is its platform's access token: send a new one with PATCH (accessToken)`,
    )
  }
  const plain = generateSecret(row.kind)
  const set = { sealedSecret: await sealSourceSecret(ctx, row.id, plain), updatedAt: ctx.now() }
  await ctx.d1.batch([
    repo.updateSourceRow(ctx, ctx.tenantId, row.id, set),
    audit(ctx, 'lead_source.secret_rotated', row.id),
  ])
  return { source: await getSourceView(ctx, row.id), secret: plain }
}

/**
 * Archives: webhooks for it answer 404 and its account can be connected again (the account id
 * is released; the config keeps it for the record). The delivery log stays.
 */
export async function archiveSource(ctx: TenantCtx, sourceId: string): Promise<void> {
  const row = await visibleSource(ctx, sourceId)
  const now = ctx.now()
  await ctx.d1.batch([
    repo.updateSourceRow(ctx, ctx.tenantId, row.id, { archivedAt: now, accountId: null, updatedAt: now }),
    audit(ctx, 'lead_source.archived', row.id, { kind: row.kind }),
  ])
}

const audit = (ctx: TenantCtx, action: AuditAction, id: string, metadata?: Record<string, unknown>) =>
  auditInsert(ctx, {
    action,
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'lead_source', id },
    ...(metadata ? { metadata } : {}),
  })

/** One batch (nothing half-written); a lost race on the account's unique index is a 409. */
async function write(
  ctx: TenantCtx,
  kind: CreateLeadSource['kind'],
  statements: Parameters<TenantCtx['d1']['batch']>[0],
) {
  try {
    await ctx.d1.batch(statements)
  } catch (error) {
    if (isDuplicateAccount(error)) throw accountConflict(kind)
    throw error
  }
}
