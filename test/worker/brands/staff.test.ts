import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { redirectFor } from '../../../worker/modules/brands/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { png, upload } from '../media/media-files.ts'
import { addMember, del, patch } from './brand-helpers.ts'

describe('staff members', () => {
  it('adds people with unique slugs per branch, in order, with their card path', async () => {
    const t = await createTestTenant()
    const { body: photo } = await upload(t.token, {
      bytes: png(300, 300),
      name: 'asha.png',
      type: 'image/png',
    })
    const first = await t.post(`/api/v1/branches/${t.branchId}/staff`, {
      name: 'Asha Rao',
      title: 'Head chef',
      photoMediaId: photo.id,
      phone: '+91 98765 43210',
      email: 'asha@example.com',
      userId: t.userId,
    })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      slug: 'asha-rao',
      path: `${t.pagePath}/asha-rao`,
      photo: { id: photo.id, url: photo.url },
      userId: t.userId,
      position: 0,
      published: true,
    })
    const second = await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'Asha Rao' })
    expect(second.body).toMatchObject({ slug: 'asha-rao-2', position: 1 })
    const clash = await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'X', slug: 'asha-rao' })
    expect(clash.status).toBe(409)
    expect(clash.body.detail).toContain('asha-rao')
    expect((await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'X', slug: 'vcard' })).status).toBe(
      400,
    )

    const list = await t.get(`/api/v1/branches/${t.branchId}/staff`)
    expect(list.body.data.map((s: { slug: string }) => s.slug)).toEqual(['asha-rao', 'asha-rao-2'])
  })

  it('refuses a photo or a user from another tenant, and bad contact details', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { body: theirs } = await upload(other.token, {
      bytes: png(10, 10),
      name: 'b.png',
      type: 'image/png',
    })
    const res = await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'X', photoMediaId: theirs.id })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('photoMediaId')
    const user = await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'X', userId: other.userId })
    expect(user.status).toBe(400)
    expect(user.body.errors[0].path).toBe('userId')
    const bad = await t.post(`/api/v1/branches/${t.branchId}/staff`, {
      name: 'X',
      phone: 'nope',
      email: 'nope',
    })
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['phone', 'email'])
  })

  it('changes a slug keeping the old card link as a redirect, and removes people', async () => {
    const t = await createTestTenant()
    const person = (await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'Ben Ode' })).body
    const res = await patch(t, `/api/v1/staff/${person.id}`, { slug: 'ben', title: 'Sommelier' })
    expect(res.body).toMatchObject({ slug: 'ben', title: 'Sommelier', path: `${t.pagePath}/ben` })
    const db = d1(env.DB)
    const old = { brandSlug: t.brandSlug, branchSlug: t.branchSlug, personSlug: 'ben-ode' }
    expect(await redirectFor(db, old)).toBe(`${t.pagePath}/ben`)

    // Every segment may be old at once.
    await patch(t, `/api/v1/branches/${t.branchId}`, { slug: 'moved' })
    expect(await redirectFor(db, old)).toBe(`/${t.brandSlug}/moved/ben`)

    expect((await del(t, `/api/v1/staff/${person.id}`)).status).toBe(204)
    expect(await redirectFor(db, old)).toBeNull()
    expect((await t.get(`/api/v1/branches/${t.branchId}/staff`)).body.data).toEqual([])
    const { results } = await env.DB.prepare(
      "select action from audit_events where tenant_id = ? and target_type = 'staff_member' order by created_at",
    )
      .bind(t.tenantId)
      .all<{ action: string }>()
    expect(results.map((r) => r.action)).toEqual(['staff.created', 'staff.updated', 'staff.removed'])
  })
})

describe('staff permissions and isolation', () => {
  it('answers 404 for another tenant’s branch and staff', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const person = (await a.post(`/api/v1/branches/${a.branchId}/staff`, { name: 'Cara' })).body
    expect((await b.get(`/api/v1/branches/${a.branchId}/staff`)).status).toBe(404)
    expect((await b.post(`/api/v1/branches/${a.branchId}/staff`, { name: 'x' })).status).toBe(404)
    expect((await patch(b, `/api/v1/staff/${person.id}`, { name: 'x' })).status).toBe(404)
    expect((await del(b, `/api/v1/staff/${person.id}`)).status).toBe(404)
  })

  it('lets viewers read only', async () => {
    const t = await createTestTenant()
    const person = (await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'Dev' })).body
    const viewer = await addMember(t, 'viewer')
    expect((await viewer.get(`/api/v1/branches/${t.branchId}/staff`)).status).toBe(200)
    expect((await viewer.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'x' })).status).toBe(403)
    expect((await patch(viewer, `/api/v1/staff/${person.id}`, { name: 'x' })).status).toBe(403)
    expect((await del(viewer, `/api/v1/staff/${person.id}`)).status).toBe(403)
  })

  it('lets a branch-scoped manager manage only their branch’s staff', async () => {
    const t = await createTestTenant()
    const second = (await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Harbour' })).body
    const elsewhere = (await t.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'Eve' })).body
    const manager = await addMember(t, 'manager', [second.id])
    expect((await manager.post(`/api/v1/branches/${second.id}/staff`, { name: 'Finn' })).status).toBe(201)
    expect((await manager.post(`/api/v1/branches/${t.branchId}/staff`, { name: 'x' })).status).toBe(404)
    expect((await manager.get(`/api/v1/branches/${t.branchId}/staff`)).status).toBe(404)
    expect((await patch(manager, `/api/v1/staff/${elsewhere.id}`, { name: 'x' })).status).toBe(404)
    expect((await del(manager, `/api/v1/staff/${elsewhere.id}`)).status).toBe(404)
  })
})
