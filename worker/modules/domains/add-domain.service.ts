import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { assertWithinLimit } from '../billing/index.ts'
import {
  type CustomHostname,
  createCustomHostname,
  deleteCustomHostname,
  findCustomHostname,
} from './cloudflare-client.ts'
import { stateOf } from './domain-status.ts'
import * as repo from './domains.repo.ts'
import type { CreateDomainBody, Domain } from './domains.schemas.ts'
import { getDomain } from './domains.service.ts'
import { hostnames } from './domains.tables.ts'
import { assertNotOurs, normaliseHostname, twinOf } from './hostname-rules.ts'

interface Registered {
  hostname: CustomHostname
  /** False when an orphan already in our zone was taken over: compensation must not delete what it did not create. */
  created: boolean
}

/**
 * Connects a hostname (and its www/apex twin): checked here first, registered with Cloudflare,
 * then written to D1 in one batch. If that write fails, the Cloudflare registrations no row
 * refers to are deleted again, so nothing is left half-done on either side.
 */
export async function addDomain(ctx: TenantCtx, body: CreateDomainBody): Promise<Domain> {
  const hostname = normaliseHostname(body.hostname)
  assertNotOurs(ctx.config, hostname)
  const twin = twinOf(hostname, body.includeWww)
  const names = twin ? [hostname, twin.hostname] : [hostname]
  const branchId = body.branchId ?? null
  await assertTarget(ctx, body.brandId, branchId)
  await assertFree(ctx, names)
  await assertWithinLimit(
    ctx.d1,
    ctx.tenantId,
    'customDomains',
    await repo.countCanonical(ctx.d1, ctx.tenantId),
  )

  const registered: Registered[] = []
  try {
    for (const name of names) registered.push(await register(ctx, name))
  } catch (error) {
    await compensate(ctx, registered)
    throw error
  }
  const now = ctx.now()
  const rows = registered.map(({ hostname: cf }, i) => {
    const state = stateOf(cf, { status: 'pending', records: null }, ctx.config.CUSTOM_HOSTNAME_TARGET)
    return {
      id: newId('hostname', now.getTime()),
      tenantId: ctx.tenantId,
      hostname: names[i]!,
      brandId: body.brandId,
      branchId,
      redirectTo: i === 0 ? null : hostname,
      cloudflareId: cf.id,
      // A hostname Cloudflare already shows as active is activated by the next check, with its side effects.
      ...state,
      status: state.status === 'failed' ? ('failed' as const) : ('pending' as const),
      checkedAt: now,
      createdAt: now,
    }
  })
  try {
    await ctx.d1.batch([
      ctx.d1.insert(hostnames).values(rows),
      auditInsert(ctx, {
        action: 'domain.added',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'hostname', id: rows[0]!.id },
        metadata: { hostname, twin: twin?.hostname ?? null, brandId: body.brandId, branchId },
      }),
    ])
  } catch (error) {
    await compensate(ctx, registered)
    // Someone connected the name between our check and our write: say who, as the check would have.
    if (String(error).includes('UNIQUE')) await assertFree(ctx, names)
    throw error
  }
  ctx.log.info('domain added', { hostname, twin: twin?.hostname ?? null })
  return getDomain(ctx, rows[0]!.id)
}

async function assertTarget(ctx: TenantCtx, brandId: string, branchId: string | null) {
  const { brand, branchFound } = await repo.findTarget(ctx.d1, ctx.tenantId, brandId, branchId)
  if (!brand) throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  if (!branchFound) throw new ApiError('NOT_FOUND', `Branch ${branchId} not found in this brand`)
}

const conflict = (hostname: string, ours: boolean) =>
  new ApiError(
    'CONFLICT',
    ours
      ? `${hostname} is already connected to this organisation`
      : `${hostname} is connected to another organisation; it must be removed there first`,
  )

async function assertFree(ctx: TenantCtx, names: string[]) {
  const taken = await repo.findTaken(ctx.d1, names)
  // Our own first: a name held here and elsewhere cannot happen, but our answer says less.
  const own = taken.find((t) => t.tenantId === ctx.tenantId)
  if (own) throw conflict(own.hostname, true)
  if (taken[0]) throw conflict(taken[0].hostname, false)
}

/**
 * Cloudflare refuses a name its zone already has. No row of ours has it (checked above), so it
 * is an orphan of an earlier failure, or a registration racing this one; either way it is
 * taken over, and the D1 unique constraint decides any race.
 */
async function register(ctx: TenantCtx, name: string): Promise<Registered> {
  const answer = await createCustomHostname(ctx, name)
  if ('created' in answer) return { hostname: answer.created, created: true }
  const existing = await findCustomHostname(ctx, name)
  if (!existing)
    throw new ApiError(
      'UNAVAILABLE',
      `Cloudflare reported ${name} as registered but did not find it; try again`,
    )
  return { hostname: existing, created: false }
}

async function compensate(ctx: TenantCtx, registered: Registered[]) {
  if (registered.length === 0) return
  const referenced = await repo.referencedCloudflareIds(
    ctx.d1,
    registered.map((r) => r.hostname.id),
  )
  for (const { hostname, created } of registered) {
    if (!created || referenced.has(hostname.id)) continue
    try {
      await deleteCustomHostname(ctx, hostname.id, hostname.hostname)
    } catch (error) {
      // Left in the zone with no row: the next attempt to add this name takes it over.
      ctx.log.error('could not undo a Cloudflare registration', {
        hostname: hostname.hostname,
        cloudflareId: hostname.id,
        error: String(error),
      })
    }
  }
}
