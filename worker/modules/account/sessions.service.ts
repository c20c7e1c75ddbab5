import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import {
  listActiveSessions,
  type MemberActor,
  revokeAllSessions,
  revokeSession,
  type SessionRow,
} from '../auth/index.ts'
import type { SessionInfo } from './account.schemas.ts'

const toSessionInfo = (row: SessionRow, currentId: string): SessionInfo => ({
  id: row.id,
  method: row.method,
  userAgent: row.userAgent,
  ip: row.ip,
  location: row.location,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt.toISOString(),
  current: row.id === currentId,
})

/** The person's live sessions in every organisation, most recently used first. */
export async function listUserSessions(ctx: Ctx, actor: MemberActor): Promise<SessionInfo[]> {
  const rows = await listActiveSessions(ctx, actor.userId)
  return rows.map((row) => toSessionInfo(row, actor.sessionId))
}

/** Ends one of the person's sessions; another person's id looks exactly like a missing one. */
export async function revokeUserSession(ctx: Ctx, actor: MemberActor, sessionId: string): Promise<void> {
  if (!(await revokeSession(ctx, actor.userId, sessionId))) {
    throw new ApiError('NOT_FOUND', `Session ${sessionId} not found`)
  }
  await recordAudit(ctx, {
    action: 'auth.session_revoked',
    tenantId: actor.tenantId,
    actor,
    target: { type: 'session', id: sessionId },
  })
}

/** Signs the person out of every other browser and client, or of all of them. Returns how many ended. */
export async function signOutEverywhere(
  ctx: Ctx,
  actor: MemberActor,
  includeCurrent: boolean,
): Promise<number> {
  const revoked = await revokeAllSessions(ctx, actor.userId, includeCurrent ? undefined : actor.sessionId)
  await recordAudit(ctx, {
    action: 'auth.signed_out_everywhere',
    tenantId: actor.tenantId,
    actor,
    target: { type: 'user', id: actor.userId },
    metadata: { revoked, includeCurrent },
  })
  return revoked
}
