import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { EXCERPT_BYTES, excerptOf, recordDelivery } from '../../../worker/modules/lead-sources/deliveries.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { connect, deliveriesOf } from './source-fixtures.ts'

const testCtx = () => createCtx(env as never, createExecutionContext(), createLogger(), 'req_test').ctx

describe('lead source delivery log', () => {
  it('keeps the first 2 KB of a body, a cut character replaced, a google_key blanked', () => {
    const long = `{"google_key":"s3cr\\"et","x":"${'é'.repeat(2000)}"}`
    const excerpt = excerptOf(long)!
    expect(new TextEncoder().encode(excerpt).byteLength).toBeLessThanOrEqual(EXCERPT_BYTES + 3)
    expect(excerpt.startsWith('{"google_key":"[redacted]","x":"éé')).toBe(true)
    expect(excerpt).not.toContain('s3cr')
    expect(excerptOf('')).toBeNull()
    expect(excerptOf(new TextEncoder().encode('{"a":1}').buffer as ArrayBuffer)).toBe('{"a":1}')
  })

  it('never throws into a webhook’s answer: a write that fails is logged and the id returned', async () => {
    const id = await recordDelivery(testCtx(), {
      tenantId: 'ten_missing',
      sourceId: 'lsrc_missing',
      outcome: 'accepted',
      httpStatus: 200,
      body: '{}',
    })
    expect(id).toMatch(/^sdl_/)
  })

  it('lists deliveries newest first in pages, and shows the newest on the source', async () => {
    const t = await createTestTenant()
    const { source } = await connect(t, 'webhook')
    const ctx = testCtx()
    const base = Date.now()
    for (const [i, outcome] of (
      ['accepted', 'rejected', 'duplicate', 'ignored', 'failed'] as const
    ).entries()) {
      // A second apart, so "newest" does not depend on ids made within one millisecond.
      const at = base + i * 1000
      await recordDelivery(
        { ...ctx, now: () => new Date(at) },
        {
          id: newId('sourceDelivery', at),
          tenantId: t.tenantId,
          sourceId: source.id,
          outcome,
          httpStatus: 200 + i,
          detail: `<script>alert(${i})</script>`,
          body: `{"n":${i}}`,
        },
      )
    }
    const first = await t.get(`/api/v1/lead-sources/${source.id}/deliveries?limit=2`)
    expect(first.status).toBe(200)
    expect(first.body.data.map((d: { outcome: string }) => d.outcome)).toEqual(['failed', 'ignored'])
    const second = await t.get(
      `/api/v1/lead-sources/${source.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
    )
    expect(second.body.data.map((d: { outcome: string }) => d.outcome)).toEqual(['duplicate', 'rejected'])
    const third = await t.get(
      `/api/v1/lead-sources/${source.id}/deliveries?limit=2&cursor=${second.body.nextCursor}`,
    )
    expect(third.body).toMatchObject({
      data: [{ outcome: 'accepted', excerpt: '{"n":0}' }],
      nextCursor: null,
    })
    // Stored as given; the dashboard renders it as text.
    expect(third.body.data[0].detail).toBe('<script>alert(0)</script>')
    const listed = (await t.get(`/api/v1/lead-sources/${source.id}`)).body
    expect(listed.lastDelivery).toMatchObject({ outcome: 'failed', httpStatus: 204 })
  })

  it('refuses a cursor it did not give out, and the log to members who cannot manage sources', async () => {
    const t = await createTestTenant()
    const { source } = await connect(t, 'google_ads')
    expect((await t.get(`/api/v1/lead-sources/${source.id}/deliveries?cursor=abc`)).status).toBe(400)
    const agent = await createTestTenant({ role: 'agent' })
    expect((await agent.get(`/api/v1/lead-sources/${newId('leadSource')}/deliveries`)).status).toBe(403)
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })
})
