// Issue #7's "done when", end to end through the public API, the crm queue's consumer, the
// every-minute cron, the e-mail queue and Postgres: a user imports 5,000 contacts from CSV with a
// mapping, finds one by a misspelt name and by part of a phone number, moves a deal across the
// board, logs a call with a reminder that fires, merges two duplicates without losing activities,
// and sees scores with reasons and a forecast.
import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { benchName, benchPhone } from '../../../scripts/lib/bench/crm-seed.ts'
import worker from '../../../worker/index.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { deliver } from '../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { runToEnd, uploaded } from '../crm/imports/import-helpers.ts'

const IMPORTED = 5000

/** The file a user exports from their old CRM: their own column names, a company and a title. */
function oldCrmExport(rows: number) {
  const lines = ['Full name,Work e-mail,Mobile,Organisation,Position']
  for (let i = 1; i <= rows; i++) {
    const name = benchName(i)
    const phone = benchPhone(i).replace(/^\+61(\d{3})(\d{3})(\d{3})$/, '+61 $1 $2 $3')
    lines.push(
      `${name},${name.toLowerCase().replace(' ', '.')}.${i}@example.com,${phone},Company ${i % 40},${i % 3 ? 'Buyer' : 'Chef'}`,
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

/** Two neighbouring letters of the last word swapped, as people mistype. */
const misspell = (name: string) => {
  const i = name.length - 3
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2)
}

async function runMinuteCron() {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env as never, ctx)
  await waitOnExecutionContext(ctx)
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

async function post(t: TestTenant, path: string, body: unknown, status = 201) {
  const res = await t.post(path, body)
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status)
  return res.body
}

async function get(t: TestTenant, path: string) {
  const res = await t.get(path)
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200)
  return res.body
}

async function importContacts(t: TestTenant) {
  const file = await uploaded(t, oldCrmExport(IMPORTED))
  expect(file.totalRows).toBe(IMPORTED)
  const mapping = {
    'Full name': 'name',
    'Work e-mail': 'email',
    Mobile: 'phone',
    Organisation: 'company',
    Position: 'jobTitle',
  }
  const preview = await post(
    t,
    `/api/v1/crm/imports/${file.id}/preview`,
    { mapping, duplicatePolicy: 'skip' },
    200,
  )
  expect(preview, JSON.stringify(preview.problems?.slice(0, 3))).toMatchObject({
    totalRows: IMPORTED,
    valid: IMPORTED,
    invalid: 0,
  })
  await post(
    t,
    `/api/v1/crm/imports/${file.id}/start`,
    { mapping, duplicatePolicy: 'skip', tag: 'old-crm' },
    202,
  )
  const done = await runToEnd(t, file.id, 40)
  expect(done).toMatchObject({ status: 'done', createdCount: IMPORTED, failedCount: 0 })
}

async function findOne(t: TestTenant, q: string) {
  const results = await get(t, `/api/v1/crm/search?q=${encodeURIComponent(q)}&types=contact`)
  const contacts = results.groups.find((g: { type: string }) => g.type === 'contact')
  return contacts?.items[0] as { id: string; title: { text: string } } | undefined
}

async function moveDealAcrossTheBoard(t: TestTenant, contactId: string) {
  const pipelines = await get(t, '/api/v1/pipelines')
  const sales = pipelines.items.find((p: { isDefault: boolean }) => p.isDefault)
  const proposal = sales.stages.find((s: { name: string }) => s.name === 'Proposal')
  const closeDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
  const deal = await post(t, '/api/v1/deals', {
    pipelineId: sales.id,
    name: 'Catering for the summer party',
    amountMinor: 800_000,
    currency: 'EUR',
    expectedCloseDate: closeDate,
    contactId,
  })
  const moved = await post(
    t,
    `/api/v1/deals/${deal.id}/move`,
    { stageId: proposal.id, version: deal.version },
    200,
  )
  expect(moved).toMatchObject({ stageId: proposal.id, version: deal.version + 1 })
  // A second tab that still shows the old version is told to reload, not allowed to overwrite.
  const stale = await t.post(`/api/v1/deals/${deal.id}/move`, {
    stageId: sales.stages[0].id,
    version: deal.version,
  })
  expect(stale.status).toBe(409)
  const board = await get(t, `/api/v1/pipelines/${sales.id}/board`)
  const column = board.columns.find((c: { stageId: string }) => c.stageId === proposal.id)
  expect(column.deals.map((d: { id: string }) => d.id)).toContain(deal.id)
  return { closeMonth: closeDate.slice(0, 7) }
}

async function logCallWithReminder(t: TestTenant, contactId: string) {
  // The call that happened, then the follow-up call it led to, with a reminder.
  await post(t, '/api/v1/activities', {
    type: 'call',
    contactId,
    subject: 'Asked about catering',
    durationMinutes: 6,
    outcome: 'connected',
    completed: true,
  })
  const call = await post(t, '/api/v1/activities', {
    type: 'call',
    contactId,
    subject: 'Call back about the summer party',
    dueAt: inMinutes(30),
    remindAt: inMinutes(-1),
  })
  await runMinuteCron()
  const email = await waitForEmail(t.email, /Reminder: Call back about the summer party/, 30_000)
  expect(email.text).toContain(`/app/contacts/${contactId}`)
  return call.id as string
}

async function mergeDuplicates(t: TestTenant) {
  const company = await post(t, '/api/v1/companies', { name: 'Harbour Bistro Group' })
  const first = await post(t, '/api/v1/contacts', {
    name: 'Marguerite Okonkwo',
    email: 'marguerite@harbour.example',
  })
  const second = await post(t, '/api/v1/contacts', { name: 'Margarite Okonkwo', phone: '+44 7911 123456' })
  for (const contact of [first, second]) {
    await post(t, `/api/v1/contacts/${contact.id}/companies`, { companyId: company.id, isPrimary: true }, 200)
    await post(t, '/api/v1/activities', {
      type: 'note',
      contactId: contact.id,
      body: `Met ${contact.name} at the fair`,
    })
  }
  const duplicates = await get(t, '/api/v1/crm/duplicates?entity=contact')
  const pair = JSON.stringify(duplicates)
  expect(pair).toContain(first.id)
  expect(pair).toContain(second.id)
  await post(t, '/api/v1/contacts/merge', { primaryId: first.id, mergeIds: [second.id] }, 200)
  expect((await t.get(`/api/v1/contacts/${second.id}`)).status).toBe(404)
  const merged = await get(t, `/api/v1/contacts/${first.id}`)
  expect(merged).toMatchObject({ email: 'marguerite@harbour.example', phone: '+447911123456' })
  const timeline = JSON.stringify(await get(t, `/api/v1/contacts/${first.id}/timeline?limit=50`))
  expect(timeline).toContain('Met Marguerite Okonkwo at the fair')
  expect(timeline).toContain('Met Margarite Okonkwo at the fair')
}

describe('CRM journey', () => {
  it('imports, finds, moves, reminds, merges, scores and forecasts', { timeout: 300_000 }, async () => {
    const t = await createTestTenant()
    await importContacts(t)

    // Found by a misspelt name and by six digits from the middle of the number.
    const wanted = 1234
    const byName = await findOne(t, misspell(benchName(wanted)))
    expect(byName?.title.text).toBe(benchName(wanted))
    const byPhone = await findOne(t, benchPhone(wanted).slice(6, 12))
    expect(byPhone?.id).toBe(byName?.id)
    const contactId = byName!.id

    const { closeMonth } = await moveDealAcrossTheBoard(t, contactId)
    await logCallWithReminder(t, contactId)
    await mergeDuplicates(t)

    // Scores with the reasons behind them.
    await post(t, '/api/v1/scoring/rules', {
      label: 'Came from the old CRM',
      condition: { kind: 'source', sources: ['import'] },
      points: 20,
    })
    await post(t, '/api/v1/scoring/rules', {
      label: 'Buys for the business',
      condition: { kind: 'fit', condition: { field: 'jobTitle', op: 'eq', value: 'Buyer' } },
      points: 25,
    })
    await post(t, '/api/v1/scoring/rules', {
      label: 'We called them',
      condition: { kind: 'engagement', signal: 'calls', min: 1, withinDays: 30 },
      points: 30,
    })
    const scored = await deliver('crm', [
      { type: 'crm.score', tenantId: t.tenantId, contactIds: [contactId] },
    ])
    expect(scored.retryMessages).toHaveLength(0)
    const score = await get(t, `/api/v1/contacts/${contactId}/score`)
    const buyer = wanted % 3 !== 0
    expect(score.score).toBe(20 + 30 + (buyer ? 25 : 0))
    expect(score.reasons.map((r: { label: string }) => r.label)).toEqual(
      expect.arrayContaining(['Came from the old CRM', 'We called them']),
    )

    // The forecast weighs the deal by its stage: Proposal is 75 %.
    const forecast = await get(t, '/api/v1/crm/reports/forecast')
    const month = forecast.series.find(
      (s: { bucket: string; currency: string }) => s.bucket.startsWith(closeMonth) && s.currency === 'EUR',
    )
    expect(month).toMatchObject({ count: 1, amountMinor: 800_000, weightedAmountMinor: 600_000 })
  })
})
