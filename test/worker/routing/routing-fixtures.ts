// Members, branches, schedules and leads for the routing and SLA tests, written straight to
// D1 and Postgres so each test states exactly the situation it checks.
import { createExecutionContext, env } from 'cloudflare:test'
import { eq } from 'drizzle-orm'
import { createCtx } from '../../../worker/context.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { connectPg, withTenant } from '../../../worker/lib/pg.ts'
import { membershipBranches, memberships, users } from '../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../worker/modules/auth/permissions.ts'
import type { OpeningHours } from '../../../worker/modules/brands/branch-details.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { activities, contacts } from '../../../worker/modules/crm/index.ts'
import { type LeadSource, type LeadStatus, leads } from '../../../worker/modules/leads/leads.tables.ts'
import type { Shifts } from '../../../worker/modules/leads/routing/routing.model.ts'
import { agentAvailability } from '../../../worker/modules/leads/routing/routing.tables.ts'
import { call, sessionTokenFor, type TestTenant } from '../../helpers/tenant.ts'

/** A member of `t` with a session; `branchIds` limits them to those branches. */
export async function addPerson(
  t: TestTenant,
  role: Role,
  options: { branchIds?: string[]; name?: string } = {},
) {
  const db = d1(env.DB)
  const userId = newId('user')
  const membershipId = newId('membership')
  const email = `${role}-${userId.slice(-8).toLowerCase()}@example.test`
  await db
    .insert(users)
    .values({ id: userId, email, name: options.name ?? `${role} ${userId.slice(-4)}`, passwordHash: 'unset' })
  await db.insert(memberships).values({ id: membershipId, tenantId: t.tenantId, userId, role })
  for (const branchId of options.branchIds ?? [])
    await db.insert(membershipBranches).values({ membershipId, branchId })
  const token = await sessionTokenFor(userId, t.tenantId)
  const send = (method: string) => (path: string, body?: unknown) =>
    call(path, { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return {
    userId,
    membershipId,
    email,
    token,
    get: send('GET'),
    post: send('POST'),
    put: send('PUT'),
    patch: send('PATCH'),
    del: send('DELETE'),
  }
}
export type Person = Awaited<ReturnType<typeof addPerson>>

export async function addBranch(t: TestTenant, name: string) {
  const id = newId('branch')
  await d1(env.DB)
    .insert(branches)
    .values({ id, tenantId: t.tenantId, brandId: t.brandId, slug: `b-${id.slice(-8).toLowerCase()}`, name })
  return id
}

export const setBranchHours = (branchId: string, timezone: string, hours: OpeningHours | null) =>
  d1(env.DB).update(branches).set({ timezone, hours }).where(eq(branches.id, branchId))

export const weekdayHours = (open: string, close: string): OpeningHours => ({
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ open, close }]])),
  holidays: [],
  closures: [],
})

export async function setAvailability(
  t: TestTenant,
  userId: string,
  status: 'available' | 'away',
  shifts: Shifts | null = null,
) {
  await d1(env.DB)
    .insert(agentAvailability)
    .values({ tenantId: t.tenantId, userId, status, shifts, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [agentAvailability.tenantId, agentAvailability.userId],
      set: { status, shifts },
    })
}

/** A service context as the queue consumer has one, with the clock at `now`. */
export function serviceCtx(now = new Date(), bindings: Env = env) {
  const { ctx } = createCtx(
    bindings as never,
    createExecutionContext(),
    createLogger(),
    `req_${crypto.randomUUID()}`,
  )
  return { ...ctx, now: () => now }
}

/** Bindings whose `leads` queue records what is sent instead of delivering it. */
export function recordingQueue() {
  const sent: { body: unknown; delaySeconds: number | undefined }[] = []
  const queue = {
    send: async (body: unknown, options?: QueueSendOptions) => {
      sent.push({ body, delaySeconds: options?.delaySeconds })
    },
  }
  return { sent, bindings: { ...env, LEADS_QUEUE: queue } as unknown as Env }
}

export interface LeadSeed {
  branchId: string
  createdAt: Date
  ownerUserId?: string | null
  status?: LeadStatus
  source?: LeadSource
  spam?: boolean
  slaDueAt?: Date | null
  firstResponseAt?: Date | null
  slaBreachedAt?: Date | null
  escalationLevel?: number
}

const withPg = async <T>(tenantId: string, fn: Parameters<typeof withTenant<T>>[2]) => {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    return await withTenant(pg.db, tenantId, fn)
  } finally {
    await pg.close()
  }
}

/** A lead with its contact, every SLA column as given. */
export function insertLead(t: TestTenant, seed: LeadSeed) {
  const id = newId('lead')
  const contactId = newId('contact')
  return withPg(t.tenantId, async (tx) => {
    await tx.insert(contacts).values({
      id: contactId,
      tenantId: t.tenantId,
      name: `Person ${id.slice(-5)}`,
      email: `${id.slice(-10).toLowerCase()}@example.com`,
    })
    await tx.insert(leads).values({
      id,
      tenantId: t.tenantId,
      contactId,
      brandId: t.brandId,
      branchId: seed.branchId,
      source: seed.source ?? 'microsite_form',
      status: seed.status ?? 'new',
      fields: {},
      spam: seed.spam ?? false,
      ownerUserId: seed.ownerUserId ?? null,
      slaDueAt: seed.slaDueAt ?? null,
      firstResponseAt: seed.firstResponseAt ?? null,
      slaBreachedAt: seed.slaBreachedAt ?? null,
      escalationLevel: seed.escalationLevel ?? 0,
      idempotencyKey: `k:${id}`,
      createdAt: seed.createdAt,
      lastTouchAt: seed.createdAt,
    })
    return id
  })
}

export function readLead(tenantId: string, leadId: string) {
  return withPg(tenantId, async (tx) => {
    const [row] = await tx.select().from(leads).where(eq(leads.id, leadId))
    const timeline = row
      ? await tx.select().from(activities).where(eq(activities.contactId, row.contactId))
      : []
    return { row, timeline }
  })
}

export { withPg }
