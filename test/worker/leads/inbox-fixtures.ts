// Leads written straight into Postgres with every column the inbox filters on, and extra
// members and branches, so inbox tests do not depend on the pipeline's choices.
import { env } from 'cloudflare:test'
import { eq } from 'drizzle-orm'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { connectPg, withTenant } from '../../../worker/lib/pg.ts'
import { membershipBranches, memberships, users } from '../../../worker/modules/auth/auth.tables.ts'
import type { Role } from '../../../worker/modules/auth/permissions.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { activities, contacts } from '../../../worker/modules/crm/index.ts'
import type { LeadConsent, LeadUtm } from '../../../worker/modules/leads/lead-message.ts'
import {
  type LeadSource,
  type LeadStatus,
  leads,
  leadTouches,
} from '../../../worker/modules/leads/leads.tables.ts'
import { call, sessionTokenFor, type TestTenant } from '../../helpers/tenant.ts'

export interface SeedLead {
  name?: string
  email?: string | null
  phone?: string | null
  message?: string | null
  branchId?: string
  source?: LeadSource
  sourceId?: string | null
  status?: LeadStatus
  ownerUserId?: string | null
  spam?: boolean
  spamReasons?: ('honeypot' | 'disposable_email' | 'junk_name')[]
  createdAt?: Date
  slaDueAt?: Date | null
  firstResponseAt?: Date | null
  slaBreachedAt?: Date | null
  utm?: LeadUtm | null
  consent?: LeadConsent | null
  fields?: Record<string, string>
}

/** Inserts a contact, its lead and the lead's first touch; returns the lead id. */
export async function seedLead(
  t: Pick<TestTenant, 'tenantId' | 'brandId' | 'branchId'>,
  lead: SeedLead = {},
) {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  const id = newId('lead')
  const contactId = newId('contact')
  const createdAt = lead.createdAt ?? new Date()
  const name = lead.name ?? `Person ${id.slice(-6)}`
  const email = lead.email === undefined ? `${id.slice(-10).toLowerCase()}@example.com` : lead.email
  const fields = lead.fields ?? { name, ...(email ? { email } : {}) }
  const row = {
    tenantId: t.tenantId,
    contactId,
    branchId: lead.branchId ?? t.branchId,
    source: lead.source ?? 'microsite_form',
    sourceId: lead.sourceId ?? null,
    message: lead.message ?? null,
    fields,
    utm: lead.utm ?? null,
    consent: lead.consent ?? null,
    createdAt,
  }
  try {
    await withTenant(pg.db, t.tenantId, async (tx) => {
      await tx
        .insert(contacts)
        .values({ id: contactId, tenantId: t.tenantId, name, email, phone: lead.phone ?? null, createdAt })
      await tx.insert(leads).values({
        ...row,
        id,
        brandId: t.brandId,
        status: lead.status ?? 'new',
        ownerUserId: lead.ownerUserId ?? null,
        assignedAt: lead.ownerUserId ? createdAt : null,
        spam: lead.spam ?? false,
        spamScore: lead.spam ? 80 : 0,
        spamReasons: lead.spamReasons ?? [],
        slaDueAt: lead.slaDueAt ?? null,
        firstResponseAt: lead.firstResponseAt ?? null,
        slaBreachedAt: lead.slaBreachedAt ?? null,
        lastTouchAt: createdAt,
        idempotencyKey: `k:${id}`,
      })
      await tx
        .insert(leadTouches)
        .values({ ...row, id: newId('leadTouch'), leadId: id, idempotencyKey: `k:${id}` })
    })
  } finally {
    await pg.close()
  }
  return id
}

/** What Postgres holds for a lead, read as the owner would not see it: every column. */
export async function leadRow(tenantId: string, leadId: string) {
  const pg = connectPg(env.HYPERDRIVE.connectionString)
  try {
    return await withTenant(pg.db, tenantId, async (tx) => {
      const [row] = await tx.select().from(leads).where(eq(leads.id, leadId))
      const timeline = row
        ? await tx.select().from(activities).where(eq(activities.contactId, row.contactId))
        : []
      return { row, timeline }
    })
  } finally {
    await pg.close()
  }
}

export async function addBranch(t: TestTenant, name = 'Harbour Road') {
  const id = newId('branch')
  await d1(env.DB)
    .insert(branches)
    .values({ id, tenantId: t.tenantId, brandId: t.brandId, slug: `b-${id.slice(-8).toLowerCase()}`, name })
  return id
}

/** Another member of `t`, signed in, optionally limited to some branches. */
export async function addMember(t: TestTenant, role: Role, branchIds: string[] | null = null, name?: string) {
  const db = d1(env.DB)
  const userId = newId('user')
  const membershipId = newId('membership')
  const suffix = userId.slice(-8).toLowerCase()
  await db.insert(users).values({
    id: userId,
    email: `${role}-${suffix}@example.test`,
    name: name ?? `${role} ${suffix}`,
    passwordHash: 'unset',
  })
  await db.insert(memberships).values({ id: membershipId, tenantId: t.tenantId, userId, role })
  for (const branchId of branchIds ?? [])
    await db.insert(membershipBranches).values({ membershipId, branchId })
  const token = await sessionTokenFor(userId, t.tenantId)
  return {
    userId,
    token,
    get: (path: string) => call(path, { token }),
    patch: (path: string, body: unknown) =>
      call(path, { method: 'PATCH', token, body: JSON.stringify(body) }),
    post: (path: string, body: unknown) => call(path, { method: 'POST', token, body: JSON.stringify(body) }),
  }
}

export const patch = (t: TestTenant, path: string, body: unknown) =>
  call(path, { method: 'PATCH', token: t.token, body: JSON.stringify(body) })

/** The names of the leads a list answer holds, in order. */
export const namesOf = (res: { body: { data: { name: string }[] } }) => res.body.data.map((l) => l.name)
