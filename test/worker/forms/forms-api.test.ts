import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { sites } from '../../../worker/modules/sites/sites.tables.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { createForm, everyFieldForm } from './form-helpers.ts'

const minimal = (fields: object[] = []) => ({
  name: 'Contact',
  fields: [
    { key: 'name', type: 'text', label: 'Name', required: true },
    { key: 'email', type: 'email', label: 'Email' },
    ...fields,
  ],
})

const patch = (t: TestTenant, formId: string, body: object) =>
  call(`/api/v1/forms/${formId}`, { method: 'PATCH', token: t.token, body: JSON.stringify(body) })

const archive = (t: TestTenant, formId: string) =>
  call(`/api/v1/forms/${formId}`, { method: 'DELETE', token: t.token })

async function auditActions(t: TestTenant) {
  const res = await t.get('/api/v1/audit-events')
  return (res.body.data as { action: string; target: { id: string } | null }[]).map((e) => e.action)
}

describe('lead forms API', () => {
  it('creates, lists, reads, changes and archives a form, with an audit entry each', async () => {
    const t = await createTestTenant()
    const created = await createForm(t)
    expect(created).toMatchObject({
      id: expect.stringMatching(/^lfm_/),
      siteId: t.siteId,
      name: 'Viewing request',
      turnstile: true,
      consent: { text: expect.stringContaining('contacted'), required: true },
      archivedAt: null,
    })
    expect((created.fields as unknown[]).length).toBe(11)
    const list = await t.get(`/api/v1/sites/${t.siteId}/forms`)
    expect(list.status).toBe(200)
    expect(list.body.data.map((f: { id: string }) => f.id)).toEqual([created.id])
    expect((await t.get(`/api/v1/forms/${created.id}`)).body.name).toBe('Viewing request')

    const changed = await patch(t, created.id, { name: 'Viewings', turnstile: false })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ name: 'Viewings', turnstile: false })
    // What the PATCH did not name is kept.
    expect(changed.body.fields).toEqual(created.fields)
    expect(changed.body.consent).toEqual(created.consent)

    const archived = await archive(t, created.id)
    expect(archived.status).toBe(204)
    expect((await t.get(`/api/v1/sites/${t.siteId}/forms`)).body.data).toEqual([])
    const withArchived = await t.get(`/api/v1/sites/${t.siteId}/forms?archived=true`)
    expect(withArchived.body.data[0].archivedAt).toEqual(expect.any(String))
    expect((await patch(t, created.id, { name: 'Again' })).status).toBe(409)
    expect(await auditActions(t)).toEqual(
      expect.arrayContaining(['lead_form.created', 'lead_form.updated', 'lead_form.archived']),
    )
  })

  it('drops rules that do not apply to a field type, and keeps the name required', async () => {
    const t = await createTestTenant()
    const form = await createForm(t, {
      name: 'Contact',
      fields: [
        { key: 'name', type: 'text', label: 'Name', required: false, options: [{ value: 'a', label: 'A' }] },
        { key: 'email', type: 'email', label: 'Email', minDate: '2026-01-01' },
      ],
    })
    expect(form.fields).toEqual([
      { key: 'name', type: 'text', label: 'Name', required: true },
      { key: 'email', type: 'email', label: 'Email', required: false },
    ])
  })
})

describe('lead forms API: validation', () => {
  const cases: [string, object, string, RegExp][] = [
    [
      'duplicate keys',
      minimal([{ key: 'email', type: 'email', label: 'Again' }]),
      'fields.2.key',
      /Two fields use the key "email"/,
    ],
    [
      'a contact key of the wrong type',
      minimal([{ key: 'phone', type: 'text', label: 'Phone' }]),
      'fields.2.type',
      /"phone" field must be of type phone/,
    ],
    [
      'a select without options',
      minimal([{ key: 'size', type: 'select', label: 'Size' }]),
      'fields.2.options',
      /"size" field needs at least one option/,
    ],
    [
      'a pattern that does not compile',
      minimal([{ key: 'code', type: 'text', label: 'Code', pattern: '([a-z' }]),
      'fields.2.pattern',
      /not a valid regular expression/,
    ],
    [
      'a minimum length above the maximum',
      minimal([{ key: 'code', type: 'text', label: 'Code', minLength: 10, maxLength: 5 }]),
      'fields.2.minLength',
      /minimum length is above its maximum/,
    ],
    [
      'no way to reach the visitor',
      { name: 'X', fields: [{ key: 'name', type: 'text', label: 'Name' }] },
      'fields',
      /"email" or a "phone" field/,
    ],
    [
      'a reserved key',
      minimal([{ key: 'consent', type: 'checkbox', label: 'Agree' }]),
      'fields.2.key',
      /used by every form/,
    ],
    [
      'a hidden field without its parameter',
      minimal([{ key: 'campaign', type: 'hidden_utm', label: 'Campaign' }]),
      'fields.2.utm',
      /which UTM parameter/,
    ],
  ]

  for (const [what, body, path, message] of cases) {
    it(`refuses ${what} with a 400 naming the field`, async () => {
      const t = await createTestTenant()
      const res = await t.post(`/api/v1/sites/${t.siteId}/forms`, body)
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
      expect(res.body.errors).toEqual(
        expect.arrayContaining([{ path, message: expect.stringMatching(message) }]),
      )
      expect((await t.get(`/api/v1/sites/${t.siteId}/forms`)).body.data).toEqual([])
    })
  }

  it('checks a PATCH against the same rules, and writes nothing on failure', async () => {
    const t = await createTestTenant()
    const form = await createForm(t)
    const res = await patch(t, form.id, {
      fields: [{ key: 'email', type: 'email', label: 'Email' }],
    })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: 'fields', message: expect.stringContaining('"name" field') }])
    expect((await t.get(`/api/v1/forms/${form.id}`)).body.fields).toEqual(form.fields)
  })

  it('refuses unknown properties and bad field types from the schema', async () => {
    const t = await createTestTenant()
    const res = await t.post(`/api/v1/sites/${t.siteId}/forms`, {
      ...minimal([{ key: 'x', type: 'slider', label: 'X' }]),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('fields.2.type')
    const extra = await t.post(`/api/v1/sites/${t.siteId}/forms`, { ...minimal(), colour: 'red' })
    expect(extra.status).toBe(400)
  })
})

describe('lead forms API: permissions and scope', () => {
  it('lets viewers and agents read forms but not change them', async () => {
    for (const role of ['viewer', 'agent'] as const) {
      const t = await createTestTenant({ role })
      expect((await t.get(`/api/v1/sites/${t.siteId}/forms`)).status).toBe(200)
      const res = await t.post(`/api/v1/sites/${t.siteId}/forms`, everyFieldForm())
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('FORBIDDEN')
    }
  })

  it('lets a manager change the forms of their branches only', async () => {
    const t = await createTestTenant({ role: 'manager', branchScoped: true })
    await createForm(t)
    // Another branch of the same organisation, outside the manager's scope.
    const db = d1(env.DB)
    const branchId = newId('branch')
    const siteId = newId('site')
    await db.insert(branches).values({
      id: branchId,
      tenantId: t.tenantId,
      brandId: t.brandId,
      slug: 'elsewhere',
      name: 'Elsewhere',
    })
    await db.insert(sites).values({ id: siteId, tenantId: t.tenantId, branchId })
    expect((await t.post(`/api/v1/sites/${siteId}/forms`, everyFieldForm())).status).toBe(404)
    expect((await t.get(`/api/v1/sites/${siteId}/forms`)).status).toBe(404)
  })

  it("answers 404 for another organisation's site and forms", async () => {
    const owner = await createTestTenant()
    const other = await createTestTenant()
    const form = await createForm(owner)
    expect((await other.get(`/api/v1/forms/${form.id}`)).status).toBe(404)
    expect((await patch(other, form.id, { name: 'Mine now' })).status).toBe(404)
    expect((await archive(other, form.id)).status).toBe(404)
    expect((await other.get(`/api/v1/sites/${owner.siteId}/forms`)).status).toBe(404)
    expect((await other.post(`/api/v1/sites/${owner.siteId}/forms`, everyFieldForm())).status).toBe(404)
    expect((await owner.get(`/api/v1/forms/${form.id}`)).body.name).toBe('Viewing request')
  })

  it('asks for a session', async () => {
    const t = await createTestTenant()
    const form = await createForm(t)
    expect((await call(`/api/v1/forms/${form.id}`)).status).toBe(401)
  })
})
