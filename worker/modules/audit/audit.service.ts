import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import type { Actor } from '../auth/permissions.ts'
import type { AuditAction } from './audit.actions.ts'
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
