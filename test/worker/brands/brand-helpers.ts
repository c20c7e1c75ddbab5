import { env } from 'cloudflare:test'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { membershipBranches, memberships, users } from '../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../worker/modules/auth/permissions.ts'
import { call, sessionTokenFor, type TestTenant } from '../../helpers/tenant.ts'

export const patch = (t: { token: string }, path: string, body: unknown) =>
  call(path, { method: 'PATCH', token: t.token, body: JSON.stringify(body) })

export const del = (t: { token: string }, path: string) => call(path, { method: 'DELETE', token: t.token })

/** Another member of the same tenant, optionally limited to some branches. */
export async function addMember(t: TestTenant, role: Role, branchIds: string[] | null = null) {
  const db = d1(env.DB)
  const userId = newId('user')
  const membershipId = newId('membership')
  await db.insert(users).values({
    id: userId,
    email: `${userId.toLowerCase()}@example.test`,
    name: `Member ${role}`,
    passwordHash: 'unset',
  })
  await db.insert(memberships).values({ id: membershipId, tenantId: t.tenantId, userId, role })
  if (branchIds?.length)
    await db.insert(membershipBranches).values(branchIds.map((branchId) => ({ membershipId, branchId })))
  const token = await sessionTokenFor(userId, t.tenantId)
  return {
    userId,
    token,
    get: (path: string) => call(path, { token }),
    post: (path: string, body: unknown) => call(path, { method: 'POST', token, body: JSON.stringify(body) }),
  }
}

/** A unique, valid slug for tests that set one explicitly. */
export const uniqueSlug = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`
