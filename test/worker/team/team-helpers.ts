import { createExecutionContext, createMessageBatch, env, SELF } from 'cloudflare:test'
import { ServerMessage } from '../../../durable-objects/tenant-hub/protocol.ts'
import worker from '../../../worker/index.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { membershipBranches, memberships, users } from '../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../worker/modules/auth/permissions.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { sites, siteVersions } from '../../../worker/modules/sites/sites.tables.ts'
import { linkIn, waitForEmail } from '../../helpers/mail.ts'
import { collectMessages } from '../../helpers/socket.ts'
import {
  call,
  createTestTenant,
  sessionTokenFor,
  type TestTenant,
  testSiteContent,
} from '../../helpers/tenant.ts'

export const verifyEmail = (userId: string) =>
  env.DB.prepare('update users set email_verified_at = ? where id = ?').bind(Date.now(), userId).run()

/** A tenant whose owner has confirmed their address, so they may invite. */
export async function verifiedTenant(options: Parameters<typeof createTestTenant>[0] = {}) {
  const t = await createTestTenant(options)
  await verifyEmail(t.userId)
  return t
}

/** A second branch of the tenant's brand, with a published site. */
export async function addBranch(t: TestTenant, slug: string) {
  const db = d1(env.DB)
  const branchId = newId('branch')
  const siteId = newId('site')
  const versionId = newId('siteVersion')
  await db
    .insert(branches)
    .values({ id: branchId, tenantId: t.tenantId, brandId: t.brandId, slug, name: slug })
  await db.insert(sites).values({ id: siteId, tenantId: t.tenantId, branchId })
  await db.insert(siteVersions).values({
    id: versionId,
    tenantId: t.tenantId,
    siteId,
    number: 1,
    content: testSiteContent(`Welcome to ${slug}`),
    publishedAt: new Date(),
  })
  await env.DB.prepare('update sites set published_version_id = ? where id = ?').bind(versionId, siteId).run()
  return { branchId, siteId, pagePath: `/${t.brandSlug}/${slug}` }
}

/** Another person in the same tenant, with a session token. */
export async function addMember(
  t: TestTenant,
  role: Role,
  options: { branchIds?: string[]; passwordHash?: string } = {},
) {
  const db = d1(env.DB)
  const userId = newId('user')
  const membershipId = newId('membership')
  const email = `member-${crypto.randomUUID().slice(0, 8)}@example.test`
  await db
    .insert(users)
    .values({ id: userId, email, name: `Member ${role}`, passwordHash: options.passwordHash ?? 'unset' })
  await db.insert(memberships).values({ id: membershipId, tenantId: t.tenantId, userId, role })
  for (const branchId of options.branchIds ?? []) {
    await db.insert(membershipBranches).values({ membershipId, branchId })
  }
  const token = await sessionTokenFor(userId, t.tenantId)
  return { userId, membershipId, email, token, ...as(token) }
}

/** Request helpers bound to a bearer token. */
export function as(token: string) {
  return {
    get: <T = any>(path: string) => call<T>(path, { token }),
    post: <T = any>(path: string, body: unknown) =>
      call<T>(path, { method: 'POST', token, body: JSON.stringify(body) }),
    patch: <T = any>(path: string, body: unknown) =>
      call<T>(path, { method: 'PATCH', token, body: JSON.stringify(body) }),
    del: <T = any>(path: string) => call<T>(path, { method: 'DELETE', token }),
  }
}

export const newEmail = () => `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`

/** The token of the latest invitation e-mail that reached `to`. */
export async function invitationTokenFor(to: string): Promise<string> {
  const email = await waitForEmail(to, /^Join .* on Vitrine$/)
  const token = new URL(linkIn(email, '/app/invitations/accept')).searchParams.get('token')
  if (!token) throw new Error('The invitation link has no token')
  return token
}

export const accept = (body: Record<string, unknown>, token?: string) =>
  call('/api/v1/invitations/accept', {
    method: 'POST',
    token,
    body: JSON.stringify({ tokenDelivery: 'body', ...body }),
  })

/** Puts leads straight through the queue consumer, as the form would, for one branch. */
export async function seedLeads(
  t: TestTenant,
  branch: { branchId: string; siteId: string },
  names: string[],
) {
  const batch = createMessageBatch(
    'leads',
    names.map((name) => ({
      id: `seed-${crypto.randomUUID()}`,
      timestamp: new Date(),
      attempts: 1,
      body: {
        kind: 'lead.submitted',
        leadId: newId('lead'),
        tenantId: t.tenantId,
        brandId: t.brandId,
        branchId: branch.branchId,
        siteId: branch.siteId,
        idempotencyKey: `k:${crypto.randomUUID()}`,
        submittedAt: new Date().toISOString(),
        source: 'microsite_form',
        contact: { name, email: `${name.toLowerCase().replaceAll(' ', '.')}@example.com`, phone: null },
        message: null,
      },
    })),
  )
  await worker.queue(batch, env as never, createExecutionContext())
}

/** A dashboard socket with a queue of the messages it received. */
export async function openSocket(token: string) {
  const res = await SELF.fetch('http://localhost/api/v1/realtime', {
    headers: { upgrade: 'websocket', authorization: `Bearer ${token}` },
  })
  const socket = res.webSocket
  if (!socket) throw new Error(`no socket: ${res.status}`)
  const { next, closed } = collectMessages(socket, (json) => ServerMessage.parse(json))
  return { socket, next, closed }
}

export async function auditActions(tenantId: string, targetId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    'select action from audit_events where tenant_id = ? and target_id = ? order by created_at',
  )
    .bind(tenantId, targetId)
    .all<{ action: string }>()
  return results.map((r) => r.action)
}
