import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches, brands } from '../../../worker/modules/brands/brands.tables.ts'
import { leadSources } from '../../../worker/modules/lead-sources/lead-sources.tables.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { connect, uniqueAccountId } from './source-fixtures.ts'

const linkedinToken = () => `AQV${crypto.randomUUID().replaceAll('-', '')}`

const patch = (t: TestTenant, id: string, body: unknown) =>
  call(`/api/v1/lead-sources/${id}`, { method: 'PATCH', token: t.token, body: JSON.stringify(body) })

async function addBranch(t: TestTenant, brandId = t.brandId) {
  const id = newId('branch')
  await d1(env.DB)
    .insert(branches)
    .values({ id, tenantId: t.tenantId, brandId, slug: `b-${id.slice(-6).toLowerCase()}`, name: 'Second' })
  return id
}

describe('lead sources API', () => {
  it('connects a Google Ads source with a generated key shown once, and its webhook address', async () => {
    const t = await createTestTenant()
    const { source, secret } = await connect(t, 'google_ads')
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(source).toMatchObject({
      kind: 'google_ads',
      status: 'active',
      hasSecret: true,
      accountId: null,
      config: { kind: 'google_ads', forms: [], acceptTestLeads: true },
      webhookUrl: `http://localhost:8787/hooks/google/${source.id}`,
      lastDelivery: null,
    })
    const read = await t.get(`/api/v1/lead-sources/${source.id}`)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain(secret)
    const list = await t.get('/api/v1/lead-sources')
    expect(JSON.stringify(list.body)).not.toContain(secret)
  })

  it('generates a whsec_ signing secret for a generic webhook, with the default field mapping', async () => {
    const t = await createTestTenant()
    const { source, secret } = await connect(t, 'webhook')
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/)
    expect(source.webhookUrl).toBe(`http://localhost:8787/hooks/webhook/${source.id}`)
    expect(source.config.mapping).toEqual({
      name: 'name',
      email: 'email',
      phone: 'phone',
      message: 'message',
    })
  })

  it('takes a LinkedIn access token (never returned) and routes by the organization id', async () => {
    const t = await createTestTenant()
    const organizationId = uniqueAccountId()
    const token = linkedinToken()
    const res = await t.post('/api/v1/lead-sources', {
      kind: 'linkedin',
      name: 'LinkedIn',
      branchId: t.branchId,
      config: { kind: 'linkedin', organizationId, forms: [{ formRef: '4242', branchId: t.branchId }] },
      accessToken: token,
    })
    expect(res.status).toBe(201)
    expect(res.body.secret).toBeNull()
    expect(res.body.source).toMatchObject({ accountId: organizationId, hasSecret: true })
    expect(res.body.source.webhookUrl).toBe('http://localhost:8787/hooks/linkedin')
    // A bare form number is stored as the URN LinkedIn's notifications name.
    expect(res.body.source.config.forms).toEqual([
      { formRef: 'urn:li:leadGenForm:4242', branchId: t.branchId },
    ])
    expect(JSON.stringify(res.body)).not.toContain(token)
  })

  it('refuses a source without the settings or token its kind needs, naming the field', async () => {
    const t = await createTestTenant()
    const noConfig = await t.post('/api/v1/lead-sources', {
      kind: 'facebook',
      name: 'FB',
      branchId: t.branchId,
    })
    expect(noConfig.status).toBe(400)
    expect(noConfig.body.errors).toEqual([expect.objectContaining({ path: 'config.pageId' })])
    const noToken = await t.post('/api/v1/lead-sources', {
      kind: 'linkedin',
      name: 'LI',
      branchId: t.branchId,
      config: { kind: 'linkedin', organizationId: uniqueAccountId() },
    })
    expect(noToken.status).toBe(400)
    expect(noToken.body.errors).toEqual([expect.objectContaining({ path: 'accessToken' })])
    const tokenForGoogle = await t.post('/api/v1/lead-sources', {
      kind: 'google_ads',
      name: 'G',
      branchId: t.branchId,
      accessToken: linkedinToken(),
    })
    expect(tokenForGoogle.status).toBe(400)
    const mismatch = await t.post('/api/v1/lead-sources', {
      kind: 'google_ads',
      name: 'G',
      branchId: t.branchId,
      config: { kind: 'webhook' },
    })
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ path: 'config.kind' })])
    expect((await t.get('/api/v1/lead-sources')).body.data).toEqual([])
  })

  it('refuses another tenant’s branch, and forms mapped to another brand’s branch', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const foreign = await t.post('/api/v1/lead-sources', {
      kind: 'google_ads',
      name: 'G',
      branchId: other.branchId,
    })
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors).toEqual([expect.objectContaining({ path: 'branchId' })])
    const brandId = newId('brand')
    await d1(env.DB)
      .insert(brands)
      .values({
        id: brandId,
        tenantId: t.tenantId,
        slug: `x-${brandId.slice(-8).toLowerCase()}`,
        name: 'Other brand',
      })
    const otherBrandBranch = await addBranch(t, brandId)
    const mapped = await t.post('/api/v1/lead-sources', {
      kind: 'google_ads',
      name: 'G',
      branchId: t.branchId,
      config: { kind: 'google_ads', forms: [{ formRef: '77', branchId: otherBrandBranch }] },
    })
    expect(mapped.status).toBe(400)
    expect(mapped.body.errors).toEqual([expect.objectContaining({ path: 'config.forms.0.branchId' })])
  })

  it('connects a platform account to one live source only, and again once that one is archived', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const organizationId = uniqueAccountId()
    const body = (tenant: TestTenant) => ({
      kind: 'linkedin',
      name: 'LI',
      branchId: tenant.branchId,
      config: { kind: 'linkedin', organizationId },
      accessToken: linkedinToken(),
    })
    const first = await t.post('/api/v1/lead-sources', body(t))
    expect(first.status).toBe(201)
    const taken = await other.post('/api/v1/lead-sources', body(other))
    expect(taken.status).toBe(409)
    expect(taken.body.detail).toMatch(/LinkedIn organization is already connected/)
    const archived = await call(`/api/v1/lead-sources/${first.body.source.id}`, {
      method: 'DELETE',
      token: t.token,
    })
    expect(archived.status).toBe(204)
    expect((await t.get(`/api/v1/lead-sources/${first.body.source.id}`)).status).toBe(404)
    expect((await other.post('/api/v1/lead-sources', body(other))).status).toBe(201)
  })

  it('pauses, resumes, renames and moves a source, each change in the audit log', async () => {
    const t = await createTestTenant()
    const { source } = await connect(t, 'google_ads')
    const second = await addBranch(t)
    const paused = await patch(t, source.id, { status: 'paused', name: 'Spring campaign', branchId: second })
    expect(paused.status).toBe(200)
    expect(paused.body).toMatchObject({ status: 'paused', name: 'Spring campaign', branchId: second })
    expect((await patch(t, source.id, { status: 'active' })).body.status).toBe('active')
    const audit = await t.get('/api/v1/audit-events')
    const actions = audit.body.data.map((e: { action: string }) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining(['lead_source.created', 'lead_source.paused', 'lead_source.resumed']),
    )
  })

  it('rotates a generated secret (a new one, shown once) but not a platform token', async () => {
    const t = await createTestTenant()
    const { source, secret } = await connect(t, 'webhook')
    const rotated = await t.post(`/api/v1/lead-sources/${source.id}/rotate-secret`, undefined)
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(rotated.body.secret).not.toBe(secret)
    const li = await connect(t, 'linkedin', {
      config: { kind: 'linkedin', organizationId: uniqueAccountId() },
      accessToken: linkedinToken(),
    })
    const refused = await t.post(`/api/v1/lead-sources/${li.source.id}/rotate-secret`, undefined)
    expect(refused.status).toBe(400)
    expect(refused.body.detail).toMatch(/PATCH/)
    const replaced = await patch(t, li.source.id, { accessToken: linkedinToken() })
    expect(replaced.status).toBe(200)
    const audit = await t.get('/api/v1/audit-events')
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('lead_source.secret_rotated')
  })

  it('lists live sources newest first; another tenant’s ids are 404 everywhere', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const a = await connect(t, 'google_ads')
    const b = await connect(t, 'webhook')
    const list = await t.get('/api/v1/lead-sources')
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([b.source.id, a.source.id])
    const id = a.source.id
    expect((await other.get(`/api/v1/lead-sources/${id}`)).status).toBe(404)
    expect((await patch(other, id, { name: 'mine' })).status).toBe(404)
    expect((await call(`/api/v1/lead-sources/${id}`, { method: 'DELETE', token: other.token })).status).toBe(
      404,
    )
    expect((await other.post(`/api/v1/lead-sources/${id}/rotate-secret`, undefined)).status).toBe(404)
    expect((await other.get(`/api/v1/lead-sources/${id}/deliveries`)).status).toBe(404)
    expect((await other.get('/api/v1/lead-sources')).body.data).toEqual([])
  })

  it('lets members who read leads list sources, and only owners and admins change them or read deliveries', async () => {
    const owner = await createTestTenant()
    const { source } = await connect(owner, 'google_ads')
    const agent = await createTestTenant({ role: 'agent' })
    expect((await agent.get('/api/v1/lead-sources')).status).toBe(200)
    const create = await agent.post('/api/v1/lead-sources', {
      kind: 'google_ads',
      name: 'G',
      branchId: agent.branchId,
    })
    expect(create.status).toBe(403)
    const manager = await createTestTenant({ role: 'manager' })
    expect(
      (await manager.post('/api/v1/lead-sources', { kind: 'webhook', name: 'W', branchId: manager.branchId }))
        .status,
    ).toBe(403)
    expect((await call(`/api/v1/lead-sources/${source.id}`)).status).toBe(401)
  })

  it('hides sources of other branches from a member limited to some branches', async () => {
    const t = await createTestTenant({ role: 'agent', branchScoped: true })
    const secondBranch = await addBranch(t)
    const db = d1(env.DB)
    const now = new Date()
    const row = (id: string, branchId: string) => ({
      id,
      tenantId: t.tenantId,
      kind: 'google_ads' as const,
      name: id,
      brandId: t.brandId,
      branchId,
      config: { kind: 'google_ads' as const, forms: [], acceptTestLeads: true },
      createdAt: now,
      updatedAt: now,
    })
    const mine = newId('leadSource')
    const theirs = newId('leadSource')
    await db.insert(leadSources).values([row(mine, t.branchId), row(theirs, secondBranch)])
    const list = await t.get('/api/v1/lead-sources')
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([mine])
    expect((await t.get(`/api/v1/lead-sources/${theirs}`)).status).toBe(404)
  })
})
