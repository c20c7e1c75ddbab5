// Funnels, attribution and scheduled reports as an owner meets them. Raw events, analytics
// leads and their touches are written straight into the platform's local D1 (as the pipeline
// would have), so every number on screen is known in advance: a funnel is created from the
// suggestion and its report checked step by step, attribution's four models compared per
// source, one lead's path opened, a weekly report scheduled, sent and deleted, and the raw-event
// retention changed — each screen checked with axe.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { ROOT } from '../../scripts/lib/platform.ts'
import { newId } from '../../worker/lib/ids.ts'
import { type BrowserPlatform, expectAccessible, startBrowserPlatform } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const run = promisify(execFile)
let app: BrowserPlatform

const TODAY = new Date().toISOString().slice(0, 10)
const DAY_START = Date.parse(`${TODAY}T00:00:00Z`)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
// The machine may be busy: an answer can take a few seconds.
const POLL = { timeout: 15_000, interval: 250 }
const sql = (value: string | number | null) =>
  value === null ? 'null' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`

/** Runs SQL against the running platform's local D1, as `npm start`'s own seed does. */
async function d1(statements: string[]) {
  const file = join(app.stateDir, `analytics-seed-${Date.now()}.sql`)
  await writeFile(file, statements.join(';\n'))
  await run(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      join(app.stateDir, 'miniflare'),
      '--file',
      file,
    ],
    { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
  )
}

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

const LEAD_QR_THEN_CAMPAIGN = 'lead_01TESTATTRIBUTIONPATH01'
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

/** The CRM side of an analytics lead: a contact, the lead and its first touch, as the pipeline stores them. */
async function crmLead(leadId: string, name: string) {
  const client = new pg.Client({ connectionString: app.platform.pg.adminUrl })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('set local role vitrine_app')
    await client.query(
      "select set_config('app.tenant_id', $1, true), set_config('app.branch_ids', '*', true)",
      [DEMO.tenantId],
    )
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
    await client.query('commit')
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  app = await startBrowserPlatform('vitrine-analytics-funnels-')
  await d1([...FUNNEL_EVENTS, ...ATTRIBUTION_ROWS])
})

afterAll(async () => {
  await app?.stop()
})

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

/** A table's body rows as their cells' text. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows: string[][] = []
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allTextContents()).map((text) => text.trim()))
  }
  return rows
}

/** The values of every input or select matched by `inputs`, in order. */
async function valuesOf(inputs: Locator): Promise<string[]> {
  const values: string[] = []
  for (const input of await inputs.all()) values.push(await input.inputValue())
  return values
}

const focused = (page: Page) => page.locator(':focus')

describe('analytics funnels, attribution and reports', () => {
  it('creates the suggested funnel and shows its exact steps, with a CSV and the retention limit', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/funnels`)
    await page.getByRole('heading', { name: 'Funnels', level: 1 }).waitFor()

    // A first visit with no funnel opens the suggestion, ready to save.
    const form = page.getByRole('form', { name: 'Your first funnel' })
    await form.waitFor()
    expect(await form.getByLabel('Name').inputValue()).toBe('Scan to lead')
    const labels = () => valuesOf(form.getByLabel('Label', { exact: true }))
    expect(await labels()).toEqual(['Scan', 'View', 'WhatsApp click', 'Lead'])
    expect(await form.getByLabel('Action', { exact: true }).inputValue()).toBe('whatsapp')
    await expectAccessible(page)

    // Steps move by keyboard; focus stays on the button pressed, now on the step's new place.
    const down = form.getByRole('button', { name: 'Move step 2 (View) down' })
    await down.focus()
    await page.keyboard.press('Enter')
    expect(await labels()).toEqual(['Scan', 'WhatsApp click', 'View', 'Lead'])
    expect(await focused(page).getAttribute('aria-label')).toBe('Move step 3 (View) down')
    await form.getByRole('button', { name: 'Move step 3 (View) up' }).press('Enter')
    expect(await labels()).toEqual(['Scan', 'View', 'WhatsApp click', 'Lead'])
    await form.getByRole('status').filter({ hasText: 'View is now step 2 of 4.' }).waitFor()
    // A fifth step added then removed again: focus goes to the step taking its place.
    await form.getByRole('button', { name: 'Add a step' }).click()
    expect(await labels()).toHaveLength(5)
    await form.getByRole('button', { name: 'Remove step 5 (View)' }).click()
    expect(await labels()).toHaveLength(4)

    await form.getByRole('button', { name: 'Create the funnel' }).click()
    await page.getByRole('status').filter({ hasText: 'Created the funnel “Scan to lead”.' }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/analytics\/funnels\/fnl_/)

    const steps = page.getByRole('table', { name: 'Visitors at each step of “Scan to lead”' })
    await steps.waitFor()
    expect(await rowsOf(steps)).toEqual([
      ['1. Scan', '5', '—First step', '100%'],
      ['2. View', '3', '40%', '60%'],
      ['3. WhatsApp click', '2', '33.3%', '40%'],
      ['4. Lead', '1', '50%', '20%'],
    ])
    const chart = page.getByRole('img', { name: 'Visitors through “Scan to lead”' })
    await chart.waitFor()
    expect(await page.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent()).toBe(
      '5 visitors reached Scan; 1 (20%) went on to Lead. The most were lost between WhatsApp click and Lead (50%). The table below has every step.',
    )
    expect(
      await page.getByRole('table', { name: 'Funnels, oldest first' }).getByRole('link').allTextContents(),
    ).toEqual(['Scan to lead'])
    await expectAccessible(page)

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the funnel as CSV' }).click(),
    ])
    const path = join(app.stateDir, csv.suggestedFilename())
    await csv.saveAs(path)
    const lines = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines).toEqual([
      '"step","label","kind","action","visitors","drop_off","from_start"',
      '"1","Scan","scan","","5","0","1"',
      '"2","View","view","","3","0.4","0.6"',
      '"3","WhatsApp click","action","whatsapp","2","0.3333","0.4"',
      '"4","Lead","lead","","1","0.5","0.2"',
    ])

    // A period reaching past the 90 days of raw events is refused, and the API says why.
    await page.getByRole('radio', { name: 'Last 12 months' }).check()
    await page
      .getByRole('alert')
      .filter({
        hasText: /Raw events are kept 90 days, so funnels start on \d{4}-\d{2}-\d{2} at the earliest/,
      })
      .waitFor()
    await page.getByRole('radio', { name: 'Last 7 days' }).check()
    await expect
      .poll(async () => (await rowsOf(steps)).map((row) => row[1]), POLL)
      .toEqual(['5', '3', '2', '1'])
  })

  it('compares the four attribution models per source, and opens one lead’s path', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/funnels`)
    await page
      .getByRole('navigation', { name: 'Analytics', exact: true })
      .getByRole('link', { name: 'Attribution' })
      .click()
    await page.getByRole('heading', { name: 'Attribution', level: 1 }).waitFor()
    expect(
      await page.getByRole('link', { name: 'Attribution', exact: true }).getAttribute('aria-current'),
    ).toBe('page')

    const table = page.getByRole('table', { name: 'Leads credited to each source by the four models' })
    await table.waitFor()
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Source',
      'First touch',
      'Last touch',
      'Linear',
      'Time decay',
    ])
    // Sorted by linear credit. Time decay (24 h half-life): the scan two hours before the lead
    // weighs 2^(-1/24) of the campaign link an hour before it.
    expect(await rowsOf(table)).toEqual([
      ['instagram', '1', '2', '1.5', '1.51'],
      ['Direct', '1', '1', '1', '1'],
      ['QR codes', '1', '0', '0.5', '0.49'],
      ['All leads', '3', '3', '3', '3'],
    ])
    await page.getByRole('img', { name: 'Leads credited per source, by model' }).waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: /3 leads\.$/ })
      .waitFor()
    await expectAccessible(page)

    // A one-hour half-life: the scan weighs half the campaign link.
    await page.getByLabel('Time-decay half-life (hours)').fill('0')
    await page.getByRole('button', { name: 'Apply the half-life' }).click()
    await page.getByRole('alert').filter({ hasText: 'Enter a number of hours from 1 to 720.' }).waitFor()
    await page.getByLabel('Time-decay half-life (hours)').fill('1')
    await page.getByRole('button', { name: 'Apply the half-life' }).click()
    await expect
      .poll(async () => (await rowsOf(table)).map((row) => row[4]), POLL)
      .toEqual(['1.67', '1', '0.33', '3'])

    await page.getByLabel('Credit by').selectOption('campaign')
    const campaigns = page.getByRole('table', { name: 'Leads credited to each campaign by the four models' })
    await campaigns.waitFor()
    expect((await rowsOf(campaigns)).map((row) => row.slice(0, 4))).toEqual([
      // A tie on linear credit: by key, and the API's '(none)' sorts first.
      ['(no campaign)', '2', '1', '1.5'],
      ['spring', '1', '2', '1.5'],
      ['All leads', '3', '3', '3'],
    ])
    await expectAccessible(page)

    // One lead's path, by its id: the scan, then the campaign link, each model's share.
    await page.getByLabel('Lead id').fill(LEAD_QR_THEN_CAMPAIGN)
    await page.getByLabel('Lead id').press('Enter')
    await page.getByRole('heading', { name: 'How this lead found you', level: 1 }).waitFor()
    await page.getByRole('heading', { name: '2 touches, oldest first', level: 2 }).waitFor()
    const touches = page.locator('ol.an-touches > li')
    expect(await touches.count()).toBe(2)
    expect(await touches.nth(0).textContent()).toContain('QR code')
    expect(await touches.nth(0).textContent()).toContain('Placement: table 4')
    expect(await touches.nth(1).textContent()).toContain('Campaign: spring')
    const credit = (index: number) => touches.nth(index).getByRole('definition').allTextContents()
    expect(await credit(0)).toEqual(['100%', '0%', '50%', '49.3%'])
    expect(await credit(1)).toEqual(['0%', '100%', '50%', '50.7%'])
    await expectAccessible(page)
  })

  it('links a lead’s page to how it found you', async () => {
    await crmLead(LEAD_QR_THEN_CAMPAIGN, 'Asha')
    const page = await app.newPage({ viewport: { width: 390, height: 844 } })
    await signIn(page)
    await page.goto(`${app.url}/app/leads/${LEAD_QR_THEN_CAMPAIGN}`)
    await page.getByRole('heading', { name: 'Asha', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'How this lead found you' }).click()
    await page.getByRole('heading', { name: 'How this lead found you', level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/app/analytics/attribution/leads/${LEAD_QR_THEN_CAMPAIGN}`)
    await page.getByRole('heading', { name: '2 touches, oldest first', level: 2 }).waitFor()
    await page.getByRole('link', { name: 'Open the lead' }).click()
    await page.getByRole('heading', { name: 'Asha', level: 1 }).waitFor()
  })

  it('schedules a weekly report, sends it, deletes it, and changes the retention', async () => {
    const page = await app.newPage({ viewport: { width: 390, height: 844 } })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/reports`)
    await page.getByRole('heading', { name: 'Analytics reports', level: 1 }).waitFor()
    await page.getByText('No scheduled reports yet.').waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'New scheduled report' }).click()
    const form = page.getByRole('form', { name: 'New scheduled report' })
    await form.getByLabel('Brand').selectOption(DEMO.brandId)
    await form.getByRole('radio', { name: /^Weekly/ }).check()
    await form.getByLabel('Recipient 1', { exact: true }).fill('ops@example.com')
    await form.getByRole('button', { name: 'Add a recipient' }).click()
    // Focus moves to the new address.
    expect(await focused(page).getAttribute('type')).toBe('email')
    await page.keyboard.type('not-an-address')
    await form.getByRole('button', { name: 'Schedule the report' }).click()
    const second = form.getByLabel('Recipient 2', { exact: true })
    await expect.poll(() => second.getAttribute('aria-invalid'), POLL).toBe('true')
    expect(
      await form.locator(`#${(await second.getAttribute('aria-describedby'))?.split(' ')[0]}`).textContent(),
    ).not.toBe('')
    await expectAccessible(page)
    await second.fill('owner@example.com')
    await form.getByRole('button', { name: 'Schedule the report' }).click()

    const reports = page.getByRole('table', { name: 'Reports, newest first' })
    await reports.waitFor()
    const [row] = await rowsOf(reports)
    expect(row?.slice(1, 4)).toEqual(['Weekly', 'ops@example.comowner@example.com', 'Not sent yet'])
    expect(row?.[0]).toMatch(/^Brand: /)
    await page
      .getByRole('status')
      .filter({ hasText: /^Scheduled the weekly report for Brand: / })
      .waitFor()
    await expectAccessible(page)

    await reports.getByRole('button', { name: /^Send the weekly report for Brand: .* now$/ }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /to ops@example\.com and owner@example\.com: 2 e-mails queued\.$/ })
      .waitFor()

    await reports.getByRole('button', { name: /^Delete the weekly report/ }).click()
    await reports.getByRole('button', { name: 'Delete the report' }).click()
    await page.getByText('No scheduled reports yet.').waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: /^Deleted the report for Brand: / })
      .waitFor()

    // Retention: out of range is refused by the API, its message beside the field.
    const days = page.getByLabel('Keep raw events for (days)')
    expect(await days.inputValue()).toBe('90')
    await days.fill('5')
    await page.getByRole('button', { name: 'Save retention' }).click()
    await expect.poll(() => days.getAttribute('aria-invalid'), POLL).toBe('true')
    const errorId = (await days.getAttribute('aria-describedby'))?.split(' ')[1]
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/7/)
    await expectAccessible(page)
    await days.fill('120')
    await page.getByRole('button', { name: 'Save retention' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved: raw events are now kept for 120 days.' })
      .waitFor()
    expect(await days.getAttribute('aria-invalid')).toBeNull()
    await page.reload()
    await page.getByRole('heading', { name: 'Analytics reports', level: 1 }).waitFor()
    await expect.poll(() => page.getByLabel('Keep raw events for (days)').inputValue(), POLL).toBe('120')
  })
})
