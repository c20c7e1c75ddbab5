// Tenant A for the isolation suite: one real row of every kind a route can name, and what
// must never reach anyone else (ids, e-mails, names, the key's secret).
import { createExecutionContext, createMessageBatch, env } from 'cloudflare:test'
import { expect } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { hashSecret } from '../../../worker/modules/auth/auth.tokens.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { seedAnalytics } from './tenant-a-analytics.ts'
import { seedCrm } from './tenant-a-crm.ts'
import { seedLeadSetup } from './tenant-a-leads.ts'

export const A_PASSWORD = 'tenant-a-password-never-guessed'

export type TenantA = Awaited<ReturnType<typeof seedTenantA>>

const sql = (query: string, ...values: unknown[]) =>
  env.DB.prepare(query)
    .bind(...values)
    .run()

async function seedLead(t: TestTenant) {
  const leadId = newId('lead')
  const suffix = crypto.randomUUID().slice(0, 8)
  const contact = { name: `Lead Person ${suffix}`, email: `lead-${suffix}@tenant-a.example`, phone: null }
  const batch = createMessageBatch('leads', [
    {
      id: `isolation-${crypto.randomUUID()}`,
      timestamp: new Date(),
      attempts: 1,
      body: {
        kind: 'lead.submitted',
        leadId,
        tenantId: t.tenantId,
        brandId: t.brandId,
        branchId: t.branchId,
        siteId: t.siteId,
        idempotencyKey: `k:isolation-${suffix}`,
        submittedAt: new Date().toISOString(),
        source: 'microsite_form',
        contact,
        message: 'Private message for tenant A',
      },
    },
  ])
  await worker.queue(batch, env as never, createExecutionContext())
  const listed = await t.get('/api/v1/leads')
  const lead = listed.body.data.find((l: { id: string }) => l.id === leadId)
  expect(lead, 'tenant A’s lead was stored').toBeDefined()
  return { leadId, contactId: lead.contactId as string, contact }
}

export async function seedTenantA() {
  const a = await createTestTenant({ passwordHash: await hashPassword(A_PASSWORD) })
  const now = Date.now()
  await sql('update users set email_verified_at = ? where id = ?', now, a.userId)

  // A second member, so member routes have someone other than the caller to aim at.
  const member = { userId: newId('user'), membershipId: newId('membership'), email: '', name: '' }
  member.email = `colleague-${member.userId.slice(-8).toLowerCase()}@tenant-a.example`
  member.name = `Colleague ${member.userId.slice(-8)}`
  await sql(
    'insert into users (id, email, name, password_hash, email_verified_at) values (?, ?, ?, ?, ?)',
    member.userId,
    member.email,
    member.name,
    await hashPassword(A_PASSWORD),
    now,
  )
  await sql(
    "insert into memberships (id, tenant_id, user_id, role) values (?, ?, ?, 'viewer')",
    member.membershipId,
    a.tenantId,
    member.userId,
  )

  const created = await a.post('/api/v1/api-keys', { name: 'Tenant A pipeline', scopes: ['leads:read'] })
  expect(created.status).toBe(201)
  const apiKey = created.body as { id: string; key: string; prefix: string }

  const { leadId, contactId, contact } = await seedLead(a)

  const invitationId = newId('invitation')
  const invitee = `invitee-${invitationId.slice(-8).toLowerCase()}@tenant-a.example`
  await sql(
    `insert into invitations (id, tenant_id, email, role, branch_ids, token_hash, invited_by, expires_at)
     values (?, ?, ?, 'agent', '[]', ?, ?, ?)`,
    invitationId,
    a.tenantId,
    invitee,
    await hashSecret(`inv-${invitationId}`),
    a.userId,
    now + 7 * 86_400_000,
  )

  const exportId = newId('dataExport')
  await sql(
    `insert into data_exports (id, scope, tenant_id, requested_by, status, progress, object_key, bytes, completed_at)
     values (?, 'tenant', ?, ?, 'ready', 100, ?, 10, ?)`,
    exportId,
    a.tenantId,
    a.userId,
    `exports/${a.tenantId}/${exportId}.zip`,
    now,
  )

  const hostnameId = newId('hostname')
  await sql(
    "insert into hostnames (id, tenant_id, hostname, brand_id, status) values (?, ?, ?, ?, 'active')",
    hostnameId,
    a.tenantId,
    `${a.brandSlug}.tenant-a.example`,
    a.brandId,
  )

  const staffMemberId = newId('staffMember')
  const staffName = `Staffer ${staffMemberId.slice(-8)}`
  await sql(
    "insert into staff_members (id, tenant_id, branch_id, slug, name, email) values (?, ?, ?, 'staffer', ?, ?)",
    staffMemberId,
    a.tenantId,
    a.branchId,
    staffName,
    `staffer-${staffMemberId.slice(-8).toLowerCase()}@tenant-a.example`,
  )
  const mediaId = newId('media')
  const mediaKey = `tenants/${a.tenantId}/media/${mediaId}.png`
  await env.MEDIA.put(mediaKey, new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), {
    httpMetadata: { contentType: 'image/png' },
  })
  await sql(
    "insert into media_assets (id, tenant_id, kind, key, content_type, bytes, file_name) values (?, ?, 'image', ?, 'image/png', 8, 'tenant-a-logo.png')",
    mediaId,
    a.tenantId,
    mediaKey,
  )

  const qrLabel = `Tenant A table ${mediaId.slice(-6)}`
  const qr = await a.post('/api/v1/qr-codes', {
    label: qrLabel,
    placement: 'Tenant A window',
    target: { type: 'microsite', branchId: a.branchId },
    password: A_PASSWORD,
  })
  expect(qr.status, 'tenant A’s QR code was created').toBe(201)
  const qrCode = qr.body as { id: string; code: string }

  // A finished bulk batch, written directly: a queued one would change while B probes.
  const qrBatchId = newId('qrBatch')
  const qrBatchKey = `tenants/${a.tenantId}/qr-batches/${qrBatchId}.zip`
  await env.MEDIA.put(qrBatchKey, new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]))
  const requestedBy = {
    kind: 'user',
    userId: a.userId,
    tenantId: a.tenantId,
    role: 'owner',
    branchIds: null,
    sessionId: 'ses_seed',
    impersonatorId: null,
  }
  await sql(
    `insert into qr_batches (id, tenant_id, brand_id, source, status, total, done, options, code_ids, archive_key, archive_bytes, finished_at, expires_at)
     values (?, ?, ?, 'brand', 'done', 1, 1, ?, ?, ?, 22, ?, ?)`,
    qrBatchId,
    a.tenantId,
    a.brandId,
    JSON.stringify({
      requestedBy,
      formats: ['svg'],
      sheet: null,
      tents: false,
      design: null,
      branchIds: [a.branchId],
      items: [{ reuse: qrCode.id }],
    }),
    JSON.stringify([qrCode.id]),
    qrBatchKey,
    now,
    now + 7 * 86_400_000,
  )

  const leads = await seedLeadSetup(a, qrLabel)
  const crm = await seedCrm(a, contactId)
  const analytics = await seedAnalytics(a, leadId)

  const passkeyId = btoa(crypto.randomUUID()).replaceAll('=', '').replaceAll('+', '-').replaceAll('/', '_')
  await sql(
    "insert into passkeys (id, user_id, name, public_key, counter, device_type) values (?, ?, 'A laptop', 'pk', 0, 'singleDevice')",
    passkeyId,
    a.userId,
  )

  const session = await env.DB.prepare(
    'select id from sessions where user_id = ? order by created_at limit 1',
  )
    .bind(a.userId)
    .first<{ id: string }>()
  const auditEvent = await env.DB.prepare('select id from audit_events where tenant_id = ? limit 1')
    .bind(a.tenantId)
    .first<{ id: string }>()
  const tenant = await env.DB.prepare('select name from tenants where id = ?')
    .bind(a.tenantId)
    .first<{ name: string }>()
  const owner = await env.DB.prepare('select name from users where id = ?')
    .bind(a.userId)
    .first<{ name: string }>()

  /** A's ids by kind, for path parameters and id-like body fields. */
  const idsByKind: Record<string, string[]> = {
    tenant: [a.tenantId],
    user: [a.userId, member.userId],
    membership: [a.membershipId, member.membershipId],
    brand: [a.brandId],
    branch: [a.branchId],
    site: [a.siteId],
    siteVersion: [a.versionId],
    hostname: [hostnameId],
    contact: [contactId],
    lead: [leadId],
    session: [session!.id],
    invitation: [invitationId],
    apiKey: [apiKey.id],
    auditEvent: [auditEvent!.id],
    dataExport: [exportId],
    passkey: [passkeyId],
    staffMember: [staffMemberId],
    media: [mediaId],
    qrCode: [qrCode.id],
    qrBatch: [qrBatchId],
    leadForm: [leads.formId],
    routingRule: [leads.ruleId],
    leadSource: [leads.sourceId],
    sourceDelivery: [leads.sourceDeliveryId],
    webhookEndpoint: [leads.endpointId],
    webhookDelivery: [leads.webhookDeliveryId],
    ...crm.idsByKind,
    ...analytics.idsByKind,
  }

  /** Nothing of A's may appear in an answer to anyone else. */
  const secrets = [
    ...Object.values(idsByKind).flat(),
    a.email,
    member.email,
    invitee,
    owner!.name,
    member.name,
    tenant!.name,
    a.brandSlug,
    apiKey.key,
    apiKey.prefix,
    contact.name,
    contact.email,
    'Private message for tenant A',
    staffName,
    'tenant-a-logo.png',
    qrLabel,
    'Tenant A window',
    qrCode.code,
    leads.formName,
    leads.sourceName,
    leads.endpointUrl,
    ...crm.secrets,
    ...analytics.secrets,
  ]

  return {
    ...a,
    member,
    apiKey,
    leadId,
    sessionId: session!.id,
    idsByKind,
    secrets,
    userIds: [a.userId, member.userId],
    membershipIds: [a.membershipId, member.membershipId],
  }
}

/**
 * Every D1 row of tenant A, and of its users, as sorted JSON per table: the tables are found
 * by their columns, so tables added later are covered too.
 */
export async function snapshotTenantA(a: TenantA): Promise<Record<string, string[]>> {
  const tables = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name != 'd1_migrations'",
  ).all<{ name: string }>()
  const snapshot: Record<string, string[]> = {}
  for (const { name } of tables.results) {
    const columns = await env.DB.prepare(`pragma table_info("${name}")`).all<{ name: string }>()
    const has = (c: string) => columns.results.some((col) => col.name === c)
    const marks = (n: number) => Array(n).fill('?').join(', ')
    let where: [string, unknown[]] | null = null
    if (has('tenant_id')) where = ['tenant_id = ?', [a.tenantId]]
    else if (name === 'users') where = [`id in (${marks(a.userIds.length)})`, a.userIds]
    else if (has('user_id')) where = [`user_id in (${marks(a.userIds.length)})`, a.userIds]
    else if (has('membership_id'))
      where = [`membership_id in (${marks(a.membershipIds.length)})`, a.membershipIds]
    if (!where) continue
    const rows = await env.DB.prepare(`select * from "${name}" where ${where[0]}`)
      .bind(...where[1])
      .all()
    snapshot[name] = rows.results.map((r) => JSON.stringify(r)).sort()
  }
  const leads = await call('/api/v1/leads', { token: a.token })
  snapshot['pg:leads'] = [JSON.stringify(leads.body)]
  return snapshot
}

/** Rows of other tenants that now mention one of A's ids (the audit log may quote what was asked). */
export async function rowsPointingAtA(a: TenantA): Promise<string[]> {
  const found: string[] = []
  const ids = Object.values(a.idsByKind).flat()
  for (const name of await tablesWith('tenant_id')) {
    if (name === 'audit_events') continue
    const rows = await env.DB.prepare(`select * from "${name}" where tenant_id is null or tenant_id != ?`)
      .bind(a.tenantId)
      .all()
    for (const row of rows.results) {
      const text = JSON.stringify(row)
      const id = ids.find((i) => text.includes(i))
      if (id) found.push(`${name}: ${text} mentions ${id}`)
    }
  }
  return found
}

async function tablesWith(column: string): Promise<string[]> {
  const tables = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name != 'd1_migrations'",
  ).all<{ name: string }>()
  const out: string[] = []
  for (const { name } of tables.results) {
    const columns = await env.DB.prepare(`pragma table_info("${name}")`).all<{ name: string }>()
    if (columns.results.some((c) => c.name === column)) out.push(name)
  }
  return out
}
