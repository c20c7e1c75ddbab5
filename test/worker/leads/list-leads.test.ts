import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { deliver, leadMessage } from '../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

async function seedLeads(t: TestTenant, count: number) {
  const start = Date.parse('2026-11-01T10:00:00Z')
  await deliver(
    'leads',
    Array.from({ length: count }, (_, i) =>
      leadMessage(t, {
        leadId: newId('lead', start + i * 1000),
        idempotencyKey: `k:seed-${i}`,
        // Two leads share each timestamp, so the cursor must break ties by id.
        submittedAt: new Date(start + Math.floor(i / 2) * 60_000).toISOString(),
        contact: { name: `Lead ${i}`, email: `lead${i}@example.com`, phone: null },
        message: null,
      }),
    ),
  )
}

describe('listing leads', () => {
  it('pages newest first without skipping or repeating', async () => {
    const t = await createTestTenant()
    await seedLeads(t, 7)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res: { status: number; body: any } = await t.get(
        `/api/v1/leads?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      expect(res.status).toBe(200)
      seen.push(...res.body.data.map((l: { name: string }) => l.name))
      cursor = res.body.nextCursor
    } while (cursor)
    expect(seen).toEqual(['Lead 6', 'Lead 5', 'Lead 4', 'Lead 3', 'Lead 2', 'Lead 1', 'Lead 0'])
  })

  it('refuses a cursor it did not give out', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/leads?cursor=not-a-cursor')
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
  })

  it('never shows another tenant’s leads', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    await seedLeads(a, 2)
    expect((await a.get('/api/v1/leads')).body.data).toHaveLength(2)
    expect((await b.get('/api/v1/leads')).body.data).toHaveLength(0)
  })

  it('is open to every role that may read leads', async () => {
    const viewer = await createTestTenant({ role: 'viewer' })
    expect((await viewer.get('/api/v1/leads')).status).toBe(200)
  })
})
