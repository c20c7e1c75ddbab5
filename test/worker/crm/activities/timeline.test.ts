import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant, submitForm, waitForLeads } from '../../../helpers/tenant.ts'
import { putRoute, recordedScans, scan, UA } from '../../qr/redirect-helpers.ts'
import {
  addMember,
  as,
  expectProblem,
  inMinutes,
  pgRows,
  seedCompany,
  seedContact,
  seedDeal,
} from './activity-fixtures.ts'

interface Item {
  kind: string
  id: string
  at: string
  [key: string]: unknown
}

describe('record timeline', () => {
  it("merges a contact's lead arrival, the QR scan that led to it, its activities and deal stages", async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t, { placement: 'window poster' })
    // The scan: the redirect hands our page the scan id, which the page's form posts back.
    const scanned = await scan(code, { userAgent: UA.android, cf: { country: 'PT', city: 'Lisbon' } })
    const visitId = new URL(scanned.headers.get('location') ?? '').searchParams.get('qv')
    expect(visitId).toMatch(/^scan_/)
    await recordedScans(route.codeId, 1)
    const posted = await submitForm(
      t.pagePath,
      {
        name: 'Dora Nunes',
        email: `dora-${crypto.randomUUID().slice(0, 6)}@example.com`,
        message: 'Table for 8?',
      },
      { referer: `http://localhost${t.pagePath}?qr=${code}&qv=${visitId}&utm_source=qr&utm_campaign=spring` },
    )
    expect(posted.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    const contactId = lead.contactId as string

    const me = as(t.token)
    const note = await me.post('/api/v1/activities', { type: 'note', contactId, body: 'Wants the terrace' })
    const dealId = await seedDeal(t, { name: 'Dinner for 8', contactId })
    const call = await me.post('/api/v1/activities', {
      type: 'call',
      contactId,
      outcome: 'connected',
      completed: true,
    })

    const res = await me.get(`/api/v1/contacts/${contactId}/timeline`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const items = res.body.items as Item[]
    const kinds = items.map((i) => i.kind)
    // Newest first; the arrival once, as the submission (not again as the pipeline's "form sent").
    expect(items.map((i) => Date.parse(i.at))).toEqual(
      items.map((i) => Date.parse(i.at)).sort((a, b) => b - a),
    )
    expect(kinds.filter((k) => k === 'submission')).toHaveLength(1)
    expect(
      items.filter((i) => i.kind === 'activity').map((i) => (i.activity as { type: string }).type),
    ).toEqual(['call', 'note'])
    expect(kinds).toContain('stage_change')
    expect(items.find((i) => i.id === call.body.id)).toMatchObject({
      kind: 'activity',
      activity: { type: 'call' },
    })
    expect(items.find((i) => i.id === note.body.id)).toMatchObject({
      activity: { body: 'Wants the terrace' },
    })
    expect(items.find((i) => i.kind === 'stage_change')).toMatchObject({
      dealId,
      dealName: 'Dinner for 8',
      fromStage: null,
    })
    const submission = items.find((i) => i.kind === 'submission')
    expect(submission).toMatchObject({
      leadId: lead.id,
      source: 'microsite_form',
      message: 'Table for 8?',
      utm: { source: 'qr', campaign: 'spring' },
      visit: {
        scanId: visitId,
        qrCodeId: route.codeId,
        codeName: `Code ${code}`,
        placement: 'window poster',
        deviceType: 'mobile',
        city: 'Lisbon',
      },
    })
  })

  it('ignores a visit id from another site or of the wrong shape', async () => {
    const t = await createTestTenant()
    const { code } = await putRoute(t)
    await submitForm(
      t.pagePath,
      { name: 'Eva', email: `eva-${crypto.randomUUID().slice(0, 6)}@example.com` },
      { referer: `http://localhost${t.pagePath}?qr=${code}&qv=not-a-scan` },
    )
    await submitForm(
      t.pagePath,
      { name: 'Flor', email: `flor-${crypto.randomUUID().slice(0, 6)}@example.com` },
      { referer: `https://evil.example${t.pagePath}?qr=${code}&qv=scan_01JD3Q9W2Z8K5V7M4N6P0R1S2T` },
    )
    await waitForLeads(t, 2)
    const stored = await pgRows<{ visit_id: string | null }>(
      sql`select visit_id from lead_touches where tenant_id = ${t.tenantId}`,
    )
    expect(stored).toEqual([{ visit_id: null }, { visit_id: null }])
  })

  it('pages by cursor, and shows companies and deals their own history', async () => {
    const t = await createTestTenant()
    const me = as(t.token)
    const companyId = await seedCompany(t)
    const contactId = await seedContact(t)
    const dealId = await seedDeal(t, { companyId, contactId })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push((await me.post('/api/v1/activities', { type: 'note', companyId, body: `Note ${i}` })).body.id)
    }
    const first = await me.get(`/api/v1/companies/${companyId}/timeline?limit=3`)
    expect(first.body.items.map((i: Item) => i.id)).toEqual([ids[4], ids[3], ids[2]])
    const next = await me.get(
      `/api/v1/companies/${companyId}/timeline?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    )
    expect(next.body.items.map((i: Item) => i.kind)).toEqual(['activity', 'activity', 'stage_change'])
    expect(next.body.nextCursor).toBeNull()

    const task = await me.post('/api/v1/activities', {
      type: 'task',
      dealId,
      subject: 'Send contract',
      dueAt: inMinutes(60),
    })
    const deal = await me.get(`/api/v1/deals/${dealId}/timeline`)
    expect(deal.body.items.map((i: Item) => i.id)[0]).toBe(task.body.id)
    expect(deal.body.items.at(-1)).toMatchObject({ kind: 'stage_change', fromStage: null })
    // The contact's timeline shows its deal's history, but not the company's notes.
    const contact = await me.get(`/api/v1/contacts/${contactId}/timeline`)
    expect(contact.body.items.map((i: Item) => i.kind)).toEqual(['stage_change'])
  })

  it('answers 404 for records of another tenant or branch, and 400 for a foreign cursor', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const contactId = await seedContact(t)
    expectProblem(await as(other.token).get(`/api/v1/contacts/${contactId}/timeline`), 404, 'NOT_FOUND')
    expectProblem(
      await as(other.token).get(`/api/v1/companies/${await seedCompany(t)}/timeline`),
      404,
      'NOT_FOUND',
    )
    expectProblem(
      await as(other.token).get(`/api/v1/deals/${await seedDeal(t, {})}/timeline`),
      404,
      'NOT_FOUND',
    )
    const scoped = await addMember(t, 'agent', { branchIds: ['bra_elsewhere'] })
    expectProblem(await scoped.get(`/api/v1/contacts/${contactId}/timeline`), 404, 'NOT_FOUND')
    expectProblem(
      await as(t.token).get(`/api/v1/contacts/${contactId}/timeline?cursor=abc`),
      400,
      'BAD_REQUEST',
      'cursor',
    )
  })
})
