/**
 * What a person's own export holds. Columns are named one by one, so a secret (password hash,
 * TOTP secret, refresh-token hashes, passkey public keys) can never slip in with a `select *`.
 */
import { and, asc, eq, gt, or } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { auditEvents } from '../../audit/audit.tables.ts'
import { memberships, passkeys, sessions, users } from '../../auth/auth.tables.ts'
import { branchScopesWhere } from '../../team/index.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { onePage, pagesById, type Section } from './sections.ts'

export function userSections(ctx: Ctx, userId: string): Section[] {
  const db = ctx.d1
  return [
    {
      file: 'profile.json',
      about: 'Your account: name, e-mail, verification and second-factor status',
      single: true,
      pages: () =>
        onePage(() =>
          db
            .select({
              id: users.id,
              email: users.email,
              name: users.name,
              emailVerifiedAt: users.emailVerifiedAt,
              totpEnabledAt: users.totpEnabledAt,
              platformRole: users.platformRole,
              createdAt: users.createdAt,
            })
            .from(users)
            .where(eq(users.id, userId)),
        ),
    },
    {
      file: 'memberships.json',
      about: 'The organisations you belong to, your role and branch scope in each',
      pages: () =>
        onePage(async () => {
          const rows = await db
            .select({
              id: memberships.id,
              tenantId: memberships.tenantId,
              tenantName: tenants.name,
              role: memberships.role,
              createdAt: memberships.createdAt,
            })
            .from(memberships)
            .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
            .where(eq(memberships.userId, userId))
            .orderBy(asc(memberships.createdAt))
          const scopes = await branchScopesWhere(db, eq(memberships.userId, userId))
          return rows.map((row) => ({ ...row, branchIds: scopes.get(row.id) ?? null }))
        }),
    },
    {
      file: 'sessions.json',
      about: 'Where and when you signed in (devices, addresses, methods)',
      pages: () =>
        pagesById((after, limit) =>
          db
            .select({
              id: sessions.id,
              tenantId: sessions.tenantId,
              method: sessions.method,
              impersonatorId: sessions.impersonatorId,
              userAgent: sessions.userAgent,
              ip: sessions.ip,
              location: sessions.location,
              createdAt: sessions.createdAt,
              lastUsedAt: sessions.lastUsedAt,
              expiresAt: sessions.expiresAt,
              revokedAt: sessions.revokedAt,
            })
            .from(sessions)
            .where(and(eq(sessions.userId, userId), gt(sessions.id, after)))
            .orderBy(asc(sessions.id))
            .limit(limit),
        ),
    },
    {
      file: 'passkeys.json',
      about: 'The names of your passkeys and when they were used (never their keys)',
      pages: () =>
        onePage(() =>
          db
            .select({
              id: passkeys.id,
              name: passkeys.name,
              deviceType: passkeys.deviceType,
              backedUp: passkeys.backedUp,
              createdAt: passkeys.createdAt,
              lastUsedAt: passkeys.lastUsedAt,
            })
            .from(passkeys)
            .where(eq(passkeys.userId, userId))
            .orderBy(asc(passkeys.createdAt)),
        ),
    },
    {
      file: 'audit-events.json',
      about: 'Audit log entries where you acted or were the subject',
      pages: () =>
        pagesById((after, limit) =>
          db
            .select()
            .from(auditEvents)
            .where(
              and(
                or(
                  eq(auditEvents.actorId, userId),
                  and(eq(auditEvents.targetType, 'user'), eq(auditEvents.targetId, userId)),
                ),
                gt(auditEvents.id, after),
              ),
            )
            .orderBy(asc(auditEvents.id))
            .limit(limit),
        ),
    },
  ]
}
