import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { Actor } from '../auth/permissions.ts'
import type { AuditAction } from './audit.actions.ts'
import * as repo from './audit.repo.ts'
import type { AuditEvent, AuditEventList, ListAuditEventsQuery } from './audit.schemas.ts'
import { auditEvents } from './audit.tables.ts'

export interface AuditEntry {
  action: AuditAction
  /** Null for events outside any tenant (a failed sign-in to an unknown account). */
  tenantId: string | null
  /** Who acted: an authenticated actor, a user known by id (sign-in), or the system. */
  actor: Actor | { kind: 'user'; userId: string; impersonatorId?: string | null } | { kind: 'system' }
  actorLabel?: string | null
  target?: { type: string; id: string }
  metadata?: Record<string, unknown>
}

function actorColumns(actor: AuditEntry['actor']) {
  switch (actor.kind) {
    case 'user':
      return {
        actorType: 'user' as const,
        actorId: actor.userId,
        impersonatorId: actor.impersonatorId ?? null,
      }
    case 'api_key':
      return { actorType: 'api_key' as const, actorId: actor.apiKeyId, impersonatorId: null }
    default:
      return { actorType: 'system' as const, actorId: null, impersonatorId: null }
  }
}

/**
 * Appends to the audit log, with where the request came from. Awaited, not deferred: an
 * operation that must be audited is not reported done before its record is written.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await auditInsert(ctx, entry)
}

/** The statement for `recordAudit`, for callers that must write it in the same D1 batch as the change. */
export function auditInsert(ctx: Ctx, entry: AuditEntry) {
  return ctx.d1.insert(auditEvents).values({
    id: newId('auditEvent'),
    tenantId: entry.tenantId,
    ...actorColumns(entry.actor),
    actorLabel: entry.actorLabel ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    location: ctx.client.location,
    metadata: entry.metadata ?? null,
  })
}

/**
 * The tenant's log, newest first. The whole organisation's history is in it, so a member
 * limited to some branches may not read it even if a role someday grants `audit.read`.
 */
export async function listAuditEvents(ctx: TenantCtx, query: ListAuditEventsQuery): Promise<AuditEventList> {
  assertWholeTenantReader(ctx)
  const { limit, cursor, ...filters } = query
  const rows = await repo.listAuditEvents(ctx.d1, ctx.tenantId, filters, {
    limit: limit + 1,
    after: cursor ? decodeCursor(cursor) : undefined,
  })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: await toAuditEvents(ctx, page),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  }
}

export function assertWholeTenantReader(ctx: TenantCtx): void {
  if (ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'The audit log covers every branch; members limited to some branches cannot read it',
    )
}

/** Rows to DTOs, with actors named as they are now (or as they were, once deleted). */
export async function toAuditEvents(ctx: TenantCtx, rows: repo.AuditRow[]): Promise<AuditEvent[]> {
  const idsOf = (type: 'user' | 'api_key') => [
    ...new Set(rows.flatMap((r) => (r.actorType === type && r.actorId ? [r.actorId] : []))),
  ]
  const { people, keys } = await repo.actorNames(ctx.d1, ctx.tenantId, idsOf('user'), idsOf('api_key'))
  const labelOf = (row: repo.AuditRow): string => {
    if (row.actorType === 'system') return 'Vitrine'
    const person = row.actorType === 'user' && row.actorId ? people.get(row.actorId) : undefined
    if (person) return `${person.name} (${person.email})`
    const key = row.actorType === 'api_key' && row.actorId ? keys.get(row.actorId) : undefined
    if (key) return `API key ${key.name} (${key.prefix}…)`
    return row.actorLabel ?? row.actorId ?? 'Unknown'
  }
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    actor: { type: row.actorType, id: row.actorId, label: labelOf(row) },
    impersonatorId: row.impersonatorId,
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    ip: row.ip,
    userAgent: row.userAgent,
    location: row.location,
    metadata: row.metadata ?? null,
    createdAt: row.createdAt.toISOString(),
  }))
}

const encodeCursor = (row: repo.AuditPosition) => btoa(`${row.createdAt.getTime()}|${row.id}`)

function decodeCursor(cursor: string): repo.AuditPosition {
  try {
    const [ms, id] = atob(cursor).split('|')
    const createdAt = new Date(Number(ms))
    if (!id || !ms || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor')
    return { createdAt, id }
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
  }
}
