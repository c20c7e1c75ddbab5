// Bulk tag, update and delete, each undoable for ten minutes by whoever made it (or an admin),
// once; deleted records are hidden at once and purged for good after the window.
import { createExecutionContext, env } from 'cloudflare:test'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../../worker/context.ts'
import { newId } from '../../../../worker/lib/ids.ts'
import { createLogger } from '../../../../worker/lib/log.ts'
import { attachments } from '../../../../worker/modules/crm/files/files.tables.ts'
import { crmUndo, purgeCrmDeletions, recordActivity } from '../../../../worker/modules/crm/index.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { deliver, leadMessage } from '../../../helpers/queue.ts'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../brands/brand-helpers.ts'
import { defineField } from '../contacts/contacts-fixtures.ts'
import { rowsOf, seedContacts } from './bulk-helpers.ts'

describe('bulk tag and untag', () => {
  it('tags the chosen contacts, and undo puts their tags back, once', async () => {
    const t = await createTestTenant()
    const [a, b, c] = await seedContacts(t, [
      { name: 'A', tags: ['old'] },
      { name: 'B', tags: ['hot'] },
      { name: 'C', tags: [] },
    ])
    const res = await t.post('/api/v1/crm/bulk', {
      entity: 'contact',
      ids: [a, b],
      action: 'tag',
      tags: ['hot', 'fair'],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      entity: 'contact',
      action: 'tag',
      count: 2,
      crmUndoId: expect.stringMatching(/^undo_/),
    })
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000)
    expect((await rowsOf(t, [a!, b!, c!])).map((r) => r.tags)).toEqual([
      ['old', 'hot', 'fair'],
      ['hot', 'fair'],
      [],
    ])

    const untag = await t.post('/api/v1/crm/bulk', {
      entity: 'contact',
      ids: [a, b],
      action: 'untag',
      tags: ['hot'],
    })
    expect((await rowsOf(t, [a!, b!])).map((r) => r.tags)).toEqual([['old', 'fair'], ['fair']])
    expect((await t.post(`/api/v1/crm/undo/${untag.body.crmUndoId}`, {})).status).toBe(200)
    const undo = await t.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})
    expect(undo.status).toBe(200)
    expect(undo.body).toMatchObject({ count: 2, action: 'tag' })
    expect((await rowsOf(t, [a!, b!])).map((r) => r.tags)).toEqual([['old'], ['hot']])
    const twice = await t.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})
    expect(twice.status).toBe(409)
  })
})

describe('bulk update by filter', () => {
  it('sets the stage and a custom field of every match, and undo restores them', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const ids = await seedContacts(t, [
      { name: 'Lead 1', tags: ['fair'], customFields: { budget: 5 } },
      { name: 'Lead 2', tags: ['fair'] },
      { name: 'Other', tags: [] },
    ])
    const filter = { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'fair' }] }
    const res = await t.post('/api/v1/crm/bulk', {
      entity: 'contact',
      filter,
      action: 'update',
      patch: { lifecycleStage: 'customer', ownerUserId: t.userId, customFields: { budget: '900' } },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.count).toBe(2)
    const changed = await rowsOf(t, ids)
    expect(changed.map((r) => [r.name, r.lifecycle_stage, r.owner_user_id, r.custom_fields])).toEqual([
      ['Lead 1', 'customer', t.userId, { budget: 900 }],
      ['Lead 2', 'customer', t.userId, { budget: 900 }],
      ['Other', 'lead', null, {}],
    ])
    expect((await t.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})).status).toBe(200)
    expect((await rowsOf(t, ids)).map((r) => [r.lifecycle_stage, r.owner_user_id, r.custom_fields])).toEqual([
      ['lead', null, { budget: 5 }],
      ['lead', null, {}],
      ['lead', null, {}],
    ])
  })

  it('refuses bad input with the field named, and changes nothing', async () => {
    const t = await createTestTenant()
    await defineField(t, { key: 'budget', label: 'Budget', type: 'number' })
    const ids = await seedContacts(t, [{ name: 'A' }])
    const cases: [unknown, string][] = [
      [
        { entity: 'contact', ids, action: 'update', patch: { customFields: { budget: 'lots' } } },
        'patch.customFields.budget',
      ],
      [
        { entity: 'contact', ids, action: 'update', patch: { ownerUserId: 'usr_nobody' } },
        'patch.ownerUserId',
      ],
      [{ entity: 'contact', ids, action: 'update', patch: { branchId: 'bra_elsewhere' } }, 'patch.branchId'],
      [{ entity: 'contact', action: 'tag', tags: ['x'] }, 'ids'],
      [{ entity: 'contact', ids, action: 'tag' }, 'tags'],
      [
        {
          entity: 'contact',
          filter: { conditions: [{ field: 'nope', op: 'eq', value: 1 }] },
          action: 'delete',
        },
        'filter.conditions.0.field',
      ],
    ]
    for (const [body, path] of cases) {
      const res = await t.post('/api/v1/crm/bulk', body)
      expect(res.status, path).toBe(400)
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    expect((await rowsOf(t, ids))[0]).toMatchObject({ tags: [], custom_fields: {}, deleted_at: null })
    const count = await asTenant(t.tenantId, (tx) =>
      tx.select().from(crmUndo).where(eq(crmUndo.tenantId, t.tenantId)),
    )
    expect(count).toHaveLength(0)
  })
})

describe('bulk delete', () => {
  it('needs crm.delete, hides the records, and undo brings them back', async () => {
    const t = await createTestTenant()
    const ids = await seedContacts(t, [{ name: 'Gone 1' }, { name: 'Gone 2' }, { name: 'Stays' }])
    const agent = await addMember(t, 'agent')
    const refused = await agent.post('/api/v1/crm/bulk', { entity: 'contact', ids, action: 'delete' })
    expect(refused.status).toBe(403)
    const res = await t.post('/api/v1/crm/bulk', {
      entity: 'contact',
      ids: ids.slice(0, 2),
      action: 'delete',
    })
    expect(res.body.count).toBe(2)
    const listed = (await t.get('/api/v1/contacts')).body.items.map((c: { name: string }) => c.name)
    expect(listed).toEqual(['Stays'])
    // Another member may not undo it; an admin may.
    expect((await agent.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})).status).toBe(403)
    const admin = await addMember(t, 'admin')
    expect((await admin.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})).status).toBe(200)
    expect((await t.get('/api/v1/contacts')).body.items).toHaveLength(3)
  })

  it('cannot be undone once the window has ended (410), nor from another tenant (404)', async () => {
    const t = await createTestTenant()
    const ids = await seedContacts(t, [{ name: 'Old' }])
    const res = await t.post('/api/v1/crm/bulk', { entity: 'contact', ids, action: 'delete' })
    const other = await createTestTenant()
    expect((await other.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})).status).toBe(404)
    expect((await other.post('/api/v1/crm/bulk', { entity: 'contact', ids, action: 'delete' })).status).toBe(
      404,
    )
    await asTenant(t.tenantId, (tx) =>
      tx
        .update(crmUndo)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(crmUndo.id, res.body.crmUndoId)),
    )
    const late = await t.post(`/api/v1/crm/undo/${res.body.crmUndoId}`, {})
    expect(late.status).toBe(410)
    expect(late.body.code).toBe('GONE')
    expect((await rowsOf(t, ids))[0]?.deleted_at).not.toBeNull()
  })
})

describe('the daily purge', () => {
  it('removes contacts deleted before the window, with their leads, touches, activities and files', async () => {
    const t = await createTestTenant()
    const email = `purge-${crypto.randomUUID().slice(0, 8)}@example.com`
    await deliver('leads', [leadMessage(t, { contact: { name: 'Purged Person', email, phone: null } })])
    const [{ id }] = (
      await asTenant(t.tenantId, (tx) =>
        tx.execute<{ id: string }>(
          sql`select id from contacts where tenant_id = ${t.tenantId} and email = ${email}`,
        ),
      )
    ).rows as [{ id: string }]
    const [kept] = await seedContacts(t, [{ name: 'Recently deleted' }])
    const fileId = newId('attachment')
    const r2Key = `crm/${t.tenantId}/${fileId}`
    await env.MEDIA.put(r2Key, 'hello')
    await asTenant(t.tenantId, async (tx) => {
      await recordActivity(tx, { tenantId: t.tenantId, contactId: id, type: 'note', body: 'Called them' })
      await tx.insert(attachments).values({
        id: fileId,
        tenantId: t.tenantId,
        entity: 'contact',
        entityId: id,
        r2Key,
        filename: 'notes.txt',
        contentType: 'text/plain',
        byteSize: 5,
        sha256: 'x',
        createdAt: new Date(),
      })
    })
    await t.post('/api/v1/crm/bulk', { entity: 'contact', ids: [id, kept], action: 'delete' })
    await asTenant(t.tenantId, (tx) =>
      tx.execute(sql`update contacts set deleted_at = now() - interval '11 minutes' where id = ${id}`),
    )
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    expect(await purgeCrmDeletions(ctx)).toBeGreaterThanOrEqual(1)
    const left = await asTenant(t.tenantId, (tx) =>
      tx.execute<{ what: string; n: number }>(sql`
        select 'contacts' as what, count(*)::int as n from contacts where tenant_id = ${t.tenantId}
        union all select 'leads', count(*)::int from leads where tenant_id = ${t.tenantId}
        union all select 'touches', count(*)::int from lead_touches where tenant_id = ${t.tenantId}
        union all select 'activities', count(*)::int from activities where tenant_id = ${t.tenantId} and contact_id = ${id}
        union all select 'attachments', count(*)::int from attachments where tenant_id = ${t.tenantId}`),
    )
    expect(Object.fromEntries(left.rows.map((r) => [r.what, r.n]))).toEqual({
      contacts: 1,
      leads: 0,
      touches: 0,
      activities: 0,
      attachments: 0,
    })
    expect(await env.MEDIA.get(r2Key)).toBeNull()
  })
})
