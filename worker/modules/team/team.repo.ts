import { and, asc, count, eq, gt, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { membershipBranches } from '../auth/auth.tables.ts'
import { memberships, passkeys, type Role, sessions, users } from '../auth/index.ts'
import { branches } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { invitations } from './team.tables.ts'

export type InvitationRow = typeof invitations.$inferSelect

const memberColumns = {
  id: memberships.id,
  role: memberships.role,
  createdAt: memberships.createdAt,
  userId: users.id,
  name: users.name,
  email: users.email,
  emailVerifiedAt: users.emailVerifiedAt,
  totpEnabledAt: users.totpEnabledAt,
  passkeys: sql<number>`(select count(*) from ${passkeys} where ${passkeys.userId} = ${users.id})`,
}

export async function listMembers(db: D1Db, tenantId: string) {
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
  const scopes = await branchScopesOf(db, tenantId)
  return rows.map((row) => ({ ...row, branchIds: scopes.get(row.id) ?? null }))
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number]

export async function findMember(
  db: D1Db,
  tenantId: string,
  memberId: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
    .limit(1)
  if (!row) return undefined
  return { ...row, branchIds: (await branchScopesOf(db, tenantId, memberId)).get(row.id) ?? null }
}

/** Branch scope per membership of the tenant: a missing entry means every branch. */
const branchScopesOf = (db: D1Db, tenantId: string, memberId?: string) =>
  branchScopesWhere(
    db,
    and(eq(memberships.tenantId, tenantId), memberId ? eq(memberships.id, memberId) : undefined),
  )

/**
 * Branch scope per membership matching `where` (a condition on `memberships`): a missing entry
 * means every branch. Filtered by a join rather than a list of ids, so it stays one statement
 * within D1's 100-parameter limit however many members there are.
 */
export async function branchScopesWhere(db: D1Db, where: SQL | undefined): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ membershipId: membershipBranches.membershipId, branchId: membershipBranches.branchId })
    .from(membershipBranches)
    .innerJoin(memberships, eq(memberships.id, membershipBranches.membershipId))
    .where(where)
  const scopes = new Map<string, string[]>()
  for (const row of rows)
    scopes.set(row.membershipId, [...(scopes.get(row.membershipId) ?? []), row.branchId])
  return scopes
}

export async function findMembershipOfUser(db: D1Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
    .limit(1)
  return row
}

/** Seats in use: members plus invitations that can still be accepted. */
export async function countSeats(db: D1Db, tenantId: string, now: Date): Promise<number> {
  const [members] = await db
    .select({ n: count() })
    .from(memberships)
    .where(eq(memberships.tenantId, tenantId))
  const [pending] = await db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), openInvitation(now)))
  return (members?.n ?? 0) + (pending?.n ?? 0)
}

export async function countMembers(db: D1Db, tenantId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.tenantId, tenantId))
  return row?.n ?? 0
}

/** The ids among `branchIds` that are not branches of this tenant. */
export async function foreignBranches(db: D1Db, tenantId: string, branchIds: readonly string[]) {
  if (branchIds.length === 0) return []
  const found = await db
    .select({ id: branches.id })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), inArray(branches.id, [...branchIds])))
  const known = new Set(found.map((b) => b.id))
  return branchIds.filter((id) => !known.has(id))
}

// ---- Statements for D1 batches ------------------------------------------------------------

const anotherOwner = (tenantId: string, memberId: string) =>
  sql`exists (select 1 from ${memberships} o where o.tenant_id = ${tenantId} and o.role = 'owner' and o.id <> ${memberId})`

/**
 * Sets a member's role unless that would leave the tenant without an owner. The guard sits in
 * the value: when it fails the CASE yields NULL, the NOT NULL column refuses it, and the whole
 * batch rolls back. Checking in the same statement means two owners demoting each other at
 * once cannot both succeed.
 */
export function setRoleKeepingAnOwner(db: D1Db, tenantId: string, memberId: string, role: Role) {
  return db
    .update(memberships)
    .set({
      role: sql`case when ${role} = 'owner' or ${memberships.role} <> 'owner' or ${anotherOwner(tenantId, memberId)} then ${role} end`,
    })
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
}

/** A no-op write that fails the batch (as above) if removing this member would leave no owner. */
export function assertNotLastOwner(db: D1Db, tenantId: string, memberId: string) {
  return db
    .update(memberships)
    .set({
      role: sql`case when ${memberships.role} <> 'owner' or ${anotherOwner(tenantId, memberId)} then ${memberships.role} end`,
    })
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
}

export const isLastOwnerViolation = (error: unknown) =>
  causes(error).some((m) => /NOT NULL constraint failed: memberships\.role/.test(m))

/** Replaces a membership's branch scope; null (every branch) leaves no rows. */
export function replaceBranchScope(db: D1Db, memberId: string, branchIds: readonly string[] | null) {
  const clear = db.delete(membershipBranches).where(eq(membershipBranches.membershipId, memberId))
  if (!branchIds || branchIds.length === 0) return [clear]
  return [
    clear,
    db.insert(membershipBranches).values(branchIds.map((branchId) => ({ membershipId: memberId, branchId }))),
  ]
}

export function deleteMembership(db: D1Db, tenantId: string, memberId: string) {
  return db.delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
}

/** Ends the user's sessions in this tenant only; their other organisations are untouched. */
export function revokeSessionsIn(db: D1Db, tenantId: string, userId: string, now: Date) {
  return db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
}

// ---- Invitations ----------------------------------------------------------------------------

const openInvitation = (now: Date) =>
  and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now))

export async function findOpenInvitationFor(db: D1Db, tenantId: string, email: string, now: Date) {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.email, email), openInvitation(now)))
    .limit(1)
  return row
}

export const insertInvitation = (db: D1Db, row: InvitationRow) => db.insert(invitations).values(row)

export async function findTenantName(db: D1Db, tenantId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId))
  return row?.name
}

/** Takes back an invitation that was never sent (its e-mail could not be queued). */
export async function withdrawInvitation(db: D1Db, invitationId: string, now: Date) {
  await db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, invitationId))
}

/** Revokes an invitation still unanswered; false if it was accepted or revoked meanwhile. */
export async function revokeUnansweredInvitation(db: D1Db, invitationId: string, now: Date) {
  const [revoked] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning({ id: invitations.id })
  return revoked !== undefined
}

/** Invitations neither accepted nor revoked, expired ones included so they can be revoked. */
export async function listUnansweredInvitations(db: D1Db, tenantId: string) {
  return db
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(eq(invitations.tenantId, tenantId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .orderBy(asc(invitations.createdAt))
}

export async function findInvitation(db: D1Db, tenantId: string, invitationId: string) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, invitationId)))
    .limit(1)
  return row
}

/** The invitation behind an e-mail link, with what the invitee needs to see, from a live tenant. */
export async function findInvitationByTokenHash(db: D1Db, tokenHash: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      tenantName: tenants.name,
      tenantStatus: tenants.status,
      inviterName: users.name,
    })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.tokenHash, tokenHash), ne(tenants.status, 'deleted')))
    .limit(1)
  return row
}

/** Marks an open invitation accepted at `now`; matches nothing if it was used, revoked or expired. */
export function markAccepted(db: D1Db, invitationId: string, now: Date) {
  return db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitationId), openInvitation(now)))
}

/**
 * The tenant of an invitation accepted at exactly `now` by this batch, else NULL. Used as the
 * new membership's tenant, so if `markAccepted` matched nothing (the token was already used)
 * the insert breaks NOT NULL and the batch rolls back: a token is good once.
 */
export const tenantOfJustAccepted = (invitationId: string, now: Date) =>
  sql<string>`(select ${invitations.tenantId} from ${invitations} where ${invitations.id} = ${invitationId} and ${invitations.acceptedAt} = ${now.getTime()})`

export const isSpentInvitationViolation = (error: unknown) =>
  causes(error).some((m) => /NOT NULL constraint failed: memberships\.tenant_id/.test(m))

export const isDuplicateMembership = (error: unknown) =>
  causes(error).some((m) => /UNIQUE constraint failed: memberships\./.test(m))

export const isDuplicateEmail = (error: unknown) =>
  causes(error).some((m) => /UNIQUE constraint failed: users\.email/.test(m))

/** D1 reports constraint failures in the message, possibly wrapped by Drizzle as the cause. */
function causes(error: unknown): string[] {
  const messages: string[] = []
  for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message)
  return messages
}
