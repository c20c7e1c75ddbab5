// The raw analytics the funnel, attribution and report tests stand on, written straight into the
// running platform's local D1 (as the pipeline would have), so every number on screen is known
// in advance; the CRM side of one lead, written into Postgres; and the small table readers the
// tests share.
import type { Locator, Page } from 'playwright-core'
import { DEMO } from '../../../scripts/lib/demo.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { executeD1 } from './analytics-seed.ts'
import { asDemoTenant } from './demo-tenant-pg.ts'

const TODAY = new Date().toISOString().slice(0, 10)
const DAY_START = Date.parse(`${TODAY}T00:00:00Z`)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
// The machine may be busy: an answer can take a few seconds.
export const POLL = { timeout: 15_000, interval: 250 }
const sql = (value: string | number | null) =>
  value === null ? 'null' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`

let eventNumber = 0
function event(
  visitor: string,
  minute: number,
  kind: 'scan' | 'view' | 'action' | 'lead',
  options: { action?: string; excluded?: string } = {},
) {
  eventNumber += 1
  const values = [
    `aev_test${String(eventNumber).padStart(4, '0')}`,
    DEMO.tenantId,
    kind,
    options.action ?? null,
    DEMO.brandId,
    DEMO.branchId,
    DEMO.siteId,
    kind === 'scan' ? null : `/${DEMO.brandSlug}/${DEMO.branchSlug}`,
    DAY_START + minute * MINUTE,
    TODAY,
    kind === 'scan' ? 'qr' : 'direct',
    'mobile',
    visitor,
    options.excluded ?? null,
    'test-seed',
  ]
  return `insert into analytics_events (id, tenant_id, kind, action, brand_id, branch_id, site_id, path, at, day, source, device_type, visitor, excluded, batch_id) values (${values.map(sql).join(', ')})`
}

/**
 * Scan → View → WhatsApp click → Lead, the same day, in order: five visitors scan (a sixth is
 * a bot), three of them go on to the page, two tap WhatsApp, one sends the form. A visitor
 * who never scanned and a view out of order count for nothing.
 */
const FUNNEL_EVENTS = [
  ...['v1', 'v2', 'v3', 'v4', 'v6'].map((v, i) => event(v, 10 + i, 'scan')),
  event('v7', 10, 'scan', { excluded: 'bot' }),
  event('v7', 11, 'view', { excluded: 'bot' }),
  event('v1', 20, 'view'),
  event('v2', 21, 'view'),
  event('v3', 22, 'view'),
  event('v6', 5, 'view'), // before v6's scan: does not follow it
  event('v1', 30, 'action', { action: 'whatsapp' }),
  event('v2', 31, 'action', { action: 'whatsapp' }),
  event('v3', 32, 'action', { action: 'call' }),
  event('v1', 40, 'lead'),
  event('v5', 20, 'view'),
  event('v5', 30, 'action', { action: 'whatsapp' }),
  event('v5', 40, 'lead'),
]

export const LEAD_QR_THEN_CAMPAIGN = 'lead_01TESTATTRIBUTIONPATH01'
const LEAD_CAMPAIGN = 'lead_01TESTATTRIBUTIONPATH02'
const LEAD_DIRECT = 'lead_01TESTATTRIBUTIONPATH03'

function analyticsLead(leadId: string, at: number) {
  const values = [leadId, DEMO.tenantId, DEMO.brandId, DEMO.branchId, at, TODAY]
  return `insert into analytics_leads (lead_id, tenant_id, brand_id, branch_id, at, day) values (${values.map(sql).join(', ')})`
}

function touch(
  id: string,
  leadId: string,
  at: number,
  facts: { channel: string; source: string; campaign?: string; medium?: string; placement?: string },
) {
  const values = [
    id,
    leadId,
    DEMO.tenantId,
    at,
    facts.channel,
    facts.source,
    facts.medium ?? null,
    facts.campaign ?? null,
    null,
    facts.channel === 'qr' ? DEMO.qrCodeId : null,
    facts.placement ?? null,
  ]
  return `insert into analytics_touches (id, lead_id, tenant_id, at, channel, source, medium, campaign, referrer_host, qr_code_id, placement) values (${values.map(sql).join(', ')})`
}

/**
 * Three leads today: one after a table-4 scan and, an hour later, an Instagram campaign link;
 * one after the campaign link alone; one with no recorded touch (direct).
 */
const leadAt = DAY_START + 3 * HOUR
const ATTRIBUTION_ROWS = [
  analyticsLead(LEAD_QR_THEN_CAMPAIGN, leadAt),
  touch('aev_touch01', LEAD_QR_THEN_CAMPAIGN, leadAt - 2 * HOUR, {
    channel: 'qr',
    source: 'qr',
    placement: 'table 4',
  }),
  touch('aev_touch02', LEAD_QR_THEN_CAMPAIGN, leadAt - HOUR, {
    channel: 'campaign',
    source: 'instagram',
    medium: 'social',
    campaign: 'spring',
  }),
  analyticsLead(LEAD_CAMPAIGN, leadAt),
  touch('aev_touch03', LEAD_CAMPAIGN, leadAt - 30 * MINUTE, {
    channel: 'campaign',
    source: 'instagram',
    medium: 'social',
    campaign: 'spring',
  }),
  analyticsLead(LEAD_DIRECT, leadAt),
]

/**
 * Writes the funnel's raw events and the three attributed leads with their touches into the
 * local D1 of the platform whose state folder is `stateDir`, as `npm start`'s own seed does.
 */
export async function seedFunnelAnalytics(stateDir: string): Promise<void> {
  await executeD1(stateDir, [...FUNNEL_EVENTS, ...ATTRIBUTION_ROWS].join(';\n'))
}

/**
 * The CRM side of an analytics lead: a contact, the lead and its first touch, as the pipeline
 * stores them, in the Postgres at `adminUrl`.
 */
export async function seedCrmLead(adminUrl: string, leadId: string, name: string): Promise<void> {
  await asDemoTenant(adminUrl, async (client) => {
    const contactId = newId('contact')
    const email = 'asha@example.com'
    const fields = JSON.stringify({ name, email })
    const at = new Date(leadAt)
    await client.query(
      'insert into contacts (id, tenant_id, name, email, created_at, updated_at) values ($1, $2, $3, $4, $5, $5)',
      [contactId, DEMO.tenantId, name, email, at],
    )
    await client.query(
      `insert into leads (id, tenant_id, contact_id, brand_id, branch_id, source, fields, idempotency_key,
       created_at, last_touch_at) values ($1, $2, $3, $4, $5, 'microsite_form', $6, $7, $8, $8)`,
      [leadId, DEMO.tenantId, contactId, DEMO.brandId, DEMO.branchId, fields, `k:${leadId}`, at],
    )
    await client.query(
      `insert into lead_touches (id, tenant_id, lead_id, contact_id, source, branch_id, fields, idempotency_key,
       created_at) values ($1, $2, $3, $4, 'microsite_form', $5, $6, $7, $8)`,
      [newId('leadTouch'), DEMO.tenantId, leadId, contactId, DEMO.branchId, fields, `k:${leadId}`, at],
    )
  })
}

/** A table's body rows as their cells' text. */
export async function rowsOf(table: Locator): Promise<string[][]> {
  const rows: string[][] = []
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()))
  }
  return rows
}

/** The values of every input or select matched by `inputs`, in order. */
export async function valuesOf(inputs: Locator): Promise<string[]> {
  const values: string[] = []
  for (const input of await inputs.all()) values.push(await input.inputValue())
  return values
}

/** The element that has the keyboard focus. */
export const focused = (page: Page) => page.locator(':focus')
