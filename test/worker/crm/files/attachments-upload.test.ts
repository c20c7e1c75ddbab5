import { env } from 'cloudflare:test'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import {
  docx,
  exe,
  pdf,
  png,
  seedCompany,
  seedContact,
  text,
  uploadAttachment,
  zip,
} from './files-fixtures.ts'

const objectsOf = async (tenantId: string) =>
  (await env.MEDIA.list({ prefix: `crm/${tenantId}/` })).objects.map((o) => o.key)

const rowsOf = (tenantId: string) =>
  asTenant(
    tenantId,
    async (tx) =>
      (await tx.execute(sql`select id, deleted_at from attachments where tenant_id = ${tenantId}`)).rows,
  )

const onContact = async (t: TestTenant) => ({ entity: 'contact', entityId: await seedContact(t) })

async function usePlan(t: TestTenant, crmStorageMb: number) {
  const planId = `plan_files_${crypto.randomUUID().slice(0, 8)}`
  const limits = {
    branches: 3,
    dynamicQrCodes: 5,
    customDomains: 1,
    seats: 3,
    qrRendersPerMinute: 10,
    crmStorageMb,
  }
  await env.DB.prepare('insert into plans (id, name, limits) values (?, ?, ?)')
    .bind(planId, 'Tiny', JSON.stringify(limits))
    .run()
  await env.DB.prepare('update tenants set plan_id = ? where id = ?').bind(planId, t.tenantId).run()
}

describe('uploading a file', () => {
  it('stores a PDF on a contact in R2 and lists it with its uploader', async () => {
    const t = await createTestTenant()
    const record = await onContact(t)
    const bytes = pdf(1000)
    const res = await uploadAttachment(t.token, { bytes, name: 'quote.pdf', type: 'application/pdf' }, record)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      ...record,
      filename: 'quote.pdf',
      contentType: 'application/pdf',
      byteSize: bytes.length,
      preview: 'pdf',
      uploadedBy: { userId: t.userId },
    })
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
    expect(res.body.sha256).toBe(digest)
    const stored = await env.MEDIA.get(`crm/${t.tenantId}/${res.body.id}`)
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(bytes)

    const list = await t.get(`/api/v1/attachments?entity=contact&entityId=${record.entityId}`)
    expect(list.status).toBe(200)
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([res.body.id])
    expect(list.body.items[0].uploadedBy.name).toMatch(/^User /)
    expect((await t.get('/api/v1/crm/storage')).body).toEqual({
      usedBytes: bytes.length,
      limitBytes: 500 * 1024 * 1024,
    })
  })

  it('takes images, text, CSV and Word documents on companies too, deciding the type by the bytes', async () => {
    const t = await createTestTenant()
    const record = { entity: 'company', entityId: await seedCompany(t) }
    const cases = [
      { file: { bytes: png(), name: 'shopfront.png' }, type: 'image/png', name: 'shopfront.png' },
      {
        file: { bytes: text('a,b\n1,2\n'), name: 'prices.csv' },
        type: 'text/csv; charset=utf-8',
        name: 'prices.csv',
      },
      {
        file: { bytes: docx(), name: 'contract.docx' },
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'contract.docx',
      },
      // The name claims HTML; the bytes are plain text, and the name is made to say so.
      {
        file: { bytes: text('just notes'), name: 'notes.html' },
        type: 'text/plain; charset=utf-8',
        name: 'notes.html.txt',
      },
      // Folders, control and direction-override characters are dropped from the name.
      { file: { bytes: png(), name: '..\\..\\evil\u202Egnp.png' }, type: 'image/png', name: 'evilgnp.png' },
    ]
    for (const c of cases) {
      const res = await uploadAttachment(t.token, c.file, record)
      expect(res.status, `${c.file.name}: ${JSON.stringify(res.body)}`).toBe(201)
      expect(res.body).toMatchObject({ contentType: c.type, filename: c.name })
    }
  })

  it('refuses a program renamed .pdf, markup and macros with 415, storing nothing', async () => {
    const t = await createTestTenant()
    const record = await onContact(t)
    const refusals = [
      { bytes: exe(), name: 'invoice.pdf', says: /Programs and scripts are not accepted/ },
      { bytes: text('<!doctype html><script>alert(1)</script>'), name: 'page.txt', says: /markup/ },
      { bytes: text('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png', says: /markup/ },
      { bytes: text('#!/bin/sh\nrm -rf /'), name: 'notes.txt', says: /Programs and scripts/ },
      {
        bytes: docx('application/vnd.ms-word.document.macroEnabled.main+xml'),
        name: 'x.docx',
        says: /macros/,
      },
      { bytes: zip(), name: 'archive.zip', says: /not accepted/ },
      { bytes: new Uint8Array([0, 1, 2, 3, 255, 254]), name: 'blob.bin', says: /not accepted/ },
    ]
    for (const file of refusals) {
      const res = await uploadAttachment(t.token, file, record)
      expect(res.status, file.name).toBe(415)
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE')
      expect(res.body.errors[0].path).toBe('file')
      expect(res.body.detail).toMatch(file.says)
    }
    expect(await objectsOf(t.tenantId)).toEqual([])
    expect(await rowsOf(t.tenantId)).toEqual([])
  })

  it('answers bad forms with 400 naming the field, and a missing record with 404', async () => {
    const t = await createTestTenant()
    const record = await onContact(t)
    const file = { bytes: pdf(), name: 'a.pdf' }
    const noEntity = await uploadAttachment(t.token, file, { entityId: record.entityId })
    expect(noEntity.status).toBe(400)
    expect(noEntity.body.errors.map((e: { path: string }) => e.path)).toContain('entity')
    const badEntity = await uploadAttachment(t.token, file, { ...record, entity: 'lead' })
    expect(badEntity.body.errors[0].path).toBe('entity')
    const extra = await uploadAttachment(t.token, file, { ...record, folder: 'x' })
    expect(extra.body.errors[0].path).toBe('folder')
    const noFile = await uploadAttachment(t.token, null, record)
    expect(noFile.body.errors[0].path).toBe('file')
    const empty = await uploadAttachment(t.token, { bytes: new Uint8Array(0), name: 'a.pdf' }, record)
    expect([empty.status, empty.body.errors[0].path]).toEqual([400, 'file'])
    const json = await t.post('/api/v1/attachments', record)
    expect(json.status).toBe(415)
    const missing = await uploadAttachment(t.token, file, {
      entity: 'deal',
      entityId: 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
    })
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND'])
    const gone = await seedContact(t, { deletedAt: new Date() })
    expect((await uploadAttachment(t.token, file, { entity: 'contact', entityId: gone })).status).toBe(404)
    expect(await objectsOf(t.tenantId)).toEqual([])
  })
})

describe('the storage quota', () => {
  it('refuses a file that would pass the plan, with the numbers, and counts deletions back', async () => {
    const t = await createTestTenant()
    await usePlan(t, 1)
    const record = await onContact(t)
    const file = { bytes: pdf(600 * 1024), name: 'big.pdf' }
    const first = await uploadAttachment(t.token, file, record)
    expect(first.status).toBe(201)
    const over = await uploadAttachment(t.token, file, record)
    expect(over.status).toBe(402)
    expect(over.body.code).toBe('LIMIT_EXCEEDED')
    expect(over.body.detail).toMatch(/0\.6 MB of 1\.0 MB used/)
    expect(await objectsOf(t.tenantId)).toHaveLength(1)
    expect((await t.get('/api/v1/crm/storage')).body).toEqual({
      usedBytes: file.bytes.length,
      limitBytes: 1024 * 1024,
    })

    const removed = await t.get(`/api/v1/attachments/${first.body.id}`, { method: 'DELETE' })
    expect(removed.status).toBe(204)
    expect((await t.get('/api/v1/crm/storage')).body.usedBytes).toBe(0)
    expect((await uploadAttachment(t.token, file, record)).status).toBe(201)
  })
})

describe('permissions and branch scope', () => {
  it('lets a viewer list but not upload or delete', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    const record = await onContact(t)
    const res = await uploadAttachment(t.token, { bytes: pdf(), name: 'a.pdf' }, record)
    expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN'])
    expect((await t.get(`/api/v1/attachments?entity=contact&entityId=${record.entityId}`)).status).toBe(200)
  })

  it("hides other branches' records from a scoped member and keeps them off organisation-wide ones", async () => {
    const t = await createTestTenant({ role: 'agent', branchScoped: true })
    const elsewhere = await seedContact(t, { branchId: 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T' })
    const file = { bytes: pdf(), name: 'a.pdf' }
    expect((await uploadAttachment(t.token, file, { entity: 'contact', entityId: elsewhere })).status).toBe(
      404,
    )
    expect((await t.get(`/api/v1/attachments?entity=contact&entityId=${elsewhere}`)).status).toBe(404)
    const shared = await seedContact(t, { branchId: null })
    const refused = await uploadAttachment(t.token, file, { entity: 'contact', entityId: shared })
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN'])
    const own = await uploadAttachment(t.token, file, await onContact(t))
    expect(own.status).toBe(201)
    expect(await objectsOf(t.tenantId)).toHaveLength(1)
  })
})
