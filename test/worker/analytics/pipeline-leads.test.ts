import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import {
  at,
  countOf,
  deliver,
  dimensionOf,
  leadOf,
  rowsOf,
  scanOf,
  tenantWithCode,
  totalOf,
  viewOf,
  visitor,
} from './pipeline-helpers.ts'

const DAY = '2025-04-02'
const V = visitor('V')
const W = visitor('W')

const setup = () => tenantWithCode({ placement: 'window poster' })

interface Touch {
  id: string
  channel: string
  source: string
  campaign: string | null
  referrer_host: string | null
  qr_code_id: string | null
  placement: string | null
}

const touchesOf = (leadId: string) =>
  rowsOf<Touch>(
    'select id, channel, source, campaign, referrer_host, qr_code_id, placement from analytics_touches where lead_id = ? order by at, id',
    leadId,
  )

describe('leads in the analytics pipeline', () => {
  it("builds a new lead's touch path from the visitor's earlier arrivals that day", async () => {
    const { t, code } = await setup()
    const leadId = newId('lead')
    const scan = scanOf(code, { at: at(DAY, '09:00:00'), visitor: V })
    const throughCode = viewOf(t, { at: at(DAY, '09:00:05'), visitor: V, qrCode: code.code })
    const tagged = viewOf(t, {
      at: at(DAY, '09:30:00'),
      visitor: V,
      utm: { source: 'Newsletter', campaign: 'spring', medium: 'email' },
    })
    const direct = viewOf(t, { at: at(DAY, '09:40:00'), visitor: V, path: '/menu' })
    const referred = viewOf(t, { at: at(DAY, '09:50:00'), visitor: V, referrerHost: 'www.google.com' })
    const lead = leadOf(t, leadId, { at: at(DAY, '10:00:00'), visitor: V })
    // Someone else's visit and V's visit of another day are not V's path today.
    const otherVisitor = viewOf(t, { at: at(DAY, '09:45:00'), visitor: W, utm: { source: 'ads' } })
    const otherDay = viewOf(t, { at: at('2025-04-01', '09:00:00'), visitor: V, utm: { source: 'ads' } })
    await deliver('events', [otherDay])
    // The lead comes first in the batch: leads are written after the views beside them.
    const result = await deliver('events', [lead, scan, throughCode, tagged, direct, referred, otherVisitor])
    expect(result.explicitAcks).toHaveLength(7)

    // The scan and the page it opened are one touch; the plain view is none; the form sent
    // from the page V was already on adds no direct touch after real ones.
    expect(await touchesOf(leadId)).toEqual([
      {
        id: scan.id,
        channel: 'qr',
        source: 'qr',
        campaign: null,
        referrer_host: null,
        qr_code_id: code.id,
        placement: 'window poster',
      },
      {
        id: tagged.id,
        channel: 'campaign',
        source: 'newsletter',
        campaign: 'spring',
        referrer_host: null,
        qr_code_id: null,
        placement: null,
      },
      {
        id: referred.id,
        channel: 'referrer',
        source: 'google.com',
        campaign: null,
        referrer_host: 'www.google.com',
        qr_code_id: null,
        placement: null,
      },
    ])
    expect(
      await rowsOf(
        'select lead_id, tenant_id, brand_id, branch_id, day from analytics_leads where lead_id = ?',
        leadId,
      ),
    ).toEqual([
      { lead_id: leadId, tenant_id: t.tenantId, brand_id: t.brandId, branch_id: t.branchId, day: DAY },
    ])
  })

  it('counts a lead once across its touches, and adds each later touch to its path', async () => {
    const { t } = await setup()
    const leadId = newId('lead')
    const first = leadOf(t, leadId, { at: at(DAY, '10:00:00'), visitor: V })
    await deliver('events', [first])
    expect(await touchesOf(leadId)).toEqual([
      expect.objectContaining({ id: first.id, channel: 'direct', source: 'direct' }),
    ])

    const second = leadOf(t, leadId, {
      at: at(DAY, '15:00:00'),
      visitor: V,
      utm: { source: 'facebook', campaign: 'retarget' },
    })
    await deliver('events', [second])
    await deliver('events', [first, second], 2)
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 1, leads: 1 })
    expect(await dimensionOf(t.branchId, DAY, 'source')).toEqual({ direct: { leads: 1 } })
    expect(await countOf('analytics_leads', 'tenant_id', t.tenantId)).toBe(1)
    expect((await touchesOf(leadId)).map((touch) => [touch.id, touch.channel, touch.source])).toEqual([
      [first.id, 'direct', 'direct'],
      [second.id, 'campaign', 'facebook'],
    ])
  })

  it('takes the earliest of two touches of a new lead in one batch as the one that created it', async () => {
    const { t } = await setup()
    const leadId = newId('lead')
    const later = leadOf(t, leadId, { at: at(DAY, '12:00:00'), visitor: V, utm: { source: 'ads' } })
    const earlier = leadOf(t, leadId, {
      at: at(DAY, '11:00:00'),
      visitor: V,
      referrerHost: 'maps.example',
    })
    await deliver('events', [later, earlier])
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 1, leads: 1 })
    expect(await dimensionOf(t.tenantId, DAY, 'source')).toEqual({ 'maps.example': { leads: 1 } })
    expect((await touchesOf(leadId)).map((touch) => [touch.id, touch.channel])).toEqual([
      [earlier.id, 'referrer'],
      [later.id, 'campaign'],
    ])
  })

  it('keeps a lead that came through a code on its QR touch', async () => {
    const { t, code } = await setup()
    const leadId = newId('lead')
    const scan = scanOf(code, { at: at(DAY, '08:00:00'), visitor: V })
    const lead = leadOf(t, leadId, { at: at(DAY, '08:05:00'), visitor: V, qrCode: code.code })
    await deliver('events', [scan, lead])
    // The lead's own arrival is the same QR touch again: one touch.
    expect((await touchesOf(leadId)).map((touch) => [touch.id, touch.channel, touch.placement])).toEqual([
      [scan.id, 'qr', 'window poster'],
    ])
  })

  it('counts a lead without a visitor hash (Do-Not-Track) with its own arrival only', async () => {
    const { t } = await setup()
    const leadId = newId('lead')
    await deliver('events', [
      viewOf(t, { at: at(DAY, '07:00:00'), visitor: null, utm: { source: 'ads' } }),
      leadOf(t, leadId, {
        at: at(DAY, '07:05:00'),
        visitor: null,
        utm: { source: 'ads', campaign: 'may' },
      }),
    ])
    expect(await totalOf(t.tenantId, DAY)).toEqual({ views: 1, leads: 1 })
    expect((await touchesOf(leadId)).map((touch) => [touch.channel, touch.source, touch.campaign])).toEqual([
      ['campaign', 'ads', 'may'],
    ])
  })
})
