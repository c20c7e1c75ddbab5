import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { lastCompletePeriod } from '../../../worker/modules/analytics/reports/report-period.ts'
import { sendDueReports } from '../../../worker/modules/analytics/reports/send-due-reports.ts'
import { inbox, waitForEmail } from '../../helpers/mail.ts'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { type ApiResponse, call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, as } from '../team/team-helpers.ts'

const REPORTS = '/api/v1/analytics/reports'

const address = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`

function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  expect(res.body.code).toBe(code)
}

/** The daily cron's report job with the clock at `at`, as the 03:17 UTC run would see it. */
function runAt(at: string) {
  const { ctx } = createCtx(
    env as never,
    createExecutionContext(),
    createLogger(),
    `req_${crypto.randomUUID()}`,
  )
  return sendDueReports({ ...ctx, now: () => new Date(at) })
}

interface Fact {
  day: string
  scopes: string[]
  visitors?: number
  views?: number
  actions?: number
  scans?: number
  leads?: number
  source?: string
}

/** Rollup rows as the pipeline writes them: the `total` row and the source row, in each scope. */
async function seedDaily(tenantId: string, facts: Fact[]) {
  const insert = (f: Fact, scope: string, dimension: string, value: string) =>
    env.DB.prepare(
      `insert into analytics_daily (scope, tenant_id, day, dimension, value, visitors, views, actions, scans, leads, excluded)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    ).bind(
      scope,
      tenantId,
      f.day,
      dimension,
      value,
      dimension === 'total' ? (f.visitors ?? 0) : 0,
      f.views ?? 0,
      f.actions ?? 0,
      f.scans ?? 0,
      f.leads ?? 0,
    )
  await env.DB.batch(
    facts.flatMap((f) =>
      f.scopes.flatMap((scope) => [
        insert(f, scope, 'total', ''),
        ...(f.source ? [insert(f, scope, 'source', f.source)] : []),
      ]),
    ),
  )
}

const reportRow = (id: string) =>
  env.DB.prepare('select last_period, last_sent_at from analytics_reports where id = ?')
    .bind(id)
    .first<{ last_period: string | null; last_sent_at: number | null }>()

const auditActions = async (tenantId: string, reportId: string) =>
  (
    await env.DB.prepare(
      'select action from audit_events where tenant_id = ? and target_id = ? order by created_at, id',
    )
      .bind(tenantId, reportId)
      .all<{ action: string }>()
  ).results.map((r) => r.action)

const withSubject = async (to: string, subject: RegExp) =>
  (await inbox(to)).filter((m) => subject.test(m.subject))

async function createReport(t: TestTenant, body: Record<string, unknown>) {
  const res = await t.post(REPORTS, body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string }
}

describe('scheduled reports: the API', () => {
  it('creates, lists, changes and deletes a report, each change audited', async () => {
    const t = await createTestTenant()
    const [ana, ben] = [address('ana'), address('ben')]
    const created = await t.post(REPORTS, {
      brandId: t.brandId,
      frequency: 'weekly',
      recipients: [ana, ben, ana.toUpperCase()],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      brandId: t.brandId,
      branchId: null,
      scopeName: expect.stringMatching(/^Brand /),
      frequency: 'weekly',
      recipients: [ana, ben],
      lastPeriod: null,
      lastSentAt: null,
    })
    const id = created.body.id as string
    expect(id).toMatch(/^rpt_/)

    const list = await t.get(REPORTS)
    expect(list.status).toBe(200)
    expect(list.body.data).toEqual([created.body])

    const api = as(t.token)
    const changed = await api.patch(`${REPORTS}/${id}`, {
      brandId: t.brandId,
      branchId: t.branchId,
      frequency: 'monthly',
      recipients: [ben],
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      id,
      brandId: t.brandId,
      branchId: t.branchId,
      scopeName: 'Main Street',
      frequency: 'monthly',
      recipients: [ben],
    })
    // Back to the whole organisation: both ids cleared.
    const organisation = await api.patch(`${REPORTS}/${id}`, { brandId: null, branchId: null })
    expect(organisation.body).toMatchObject({ brandId: null, branchId: null, scopeName: '' })

    expect((await api.del(`${REPORTS}/${id}`)).status).toBe(204)
    expect((await t.get(REPORTS)).body.data).toEqual([])
    expectProblem(await api.del(`${REPORTS}/${id}`), 404, 'NOT_FOUND')
    expect(await auditActions(t.tenantId, id)).toEqual([
      'analytics.report_created',
      'analytics.report_updated',
      'analytics.report_updated',
      'analytics.report_deleted',
    ])
  })

  it('refuses bad input naming the field, and writes nothing', async () => {
    const t = await createTestTenant()
    const ok = { frequency: 'weekly', recipients: [address('ok')] }
    await expectEachFieldNamed(
      [
        ['POST', REPORTS, { ...ok, recipients: ['not-an-address'] }, 'recipients.0'],
        ['POST', REPORTS, { ...ok, recipients: [] }, 'recipients'],
        [
          'POST',
          REPORTS,
          { ...ok, recipients: Array.from({ length: 21 }, (_, i) => `r${i}@example.com`) },
          'recipients',
        ],
        ['POST', REPORTS, { ...ok, frequency: 'daily' }, 'frequency'],
        ['POST', REPORTS, { recipients: ok.recipients }, 'frequency'],
        ['POST', REPORTS, { ...ok, brandId: 'x'.repeat(65) }, 'brandId'],
        ['POST', REPORTS, { ...ok, colour: 'red' }, '(body)'],
      ],
      t.token,
    )
    const res = await t.post(REPORTS, { ...ok, recipients: [ok.recipients[0], 'nope'] })
    expectProblem(res, 400, 'BAD_REQUEST')
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'recipients.1' })])
    expect((await t.get(REPORTS)).body.data).toEqual([])

    const { id } = await createReport(t, ok)
    const api = as(t.token)
    const bad = await api.patch(`${REPORTS}/${id}`, { recipients: ['still not one'] })
    expectProblem(bad, 400, 'BAD_REQUEST')
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['recipients.0'])
    expect((await t.get(REPORTS)).body.data[0].recipients).toEqual(ok.recipients)
  })

  it('keeps to 25 reports per organisation', async () => {
    const t = await createTestTenant()
    const now = Date.now()
    await env.DB.batch(
      Array.from({ length: 25 }, () =>
        env.DB.prepare(
          "insert into analytics_reports (id, tenant_id, frequency, recipients, created_at) values (?, ?, 'weekly', ?, ?)",
        ).bind(newId('analyticsReport'), t.tenantId, JSON.stringify([address('many')]), now),
      ),
    )
    expectProblem(
      await t.post(REPORTS, { frequency: 'weekly', recipients: [address('one-more')] }),
      402,
      'LIMIT_EXCEEDED',
    )
    expect((await t.get(REPORTS)).body.data).toHaveLength(25)
  })

  it('lets a branch manager schedule only their branches’ reports, and see only those', async () => {
    const t = await createTestTenant()
    const other = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager', { branchIds: [t.branchId] })
    const recipients = [address('manager')]
    expectProblem(
      await manager.post(REPORTS, { branchId: other.branchId, frequency: 'weekly', recipients }),
      403,
      'FORBIDDEN',
    )
    expectProblem(
      await manager.post(REPORTS, { brandId: t.brandId, frequency: 'weekly', recipients }),
      403,
      'FORBIDDEN',
    )
    expectProblem(await manager.post(REPORTS, { frequency: 'weekly', recipients }), 403, 'FORBIDDEN')
    const mine = await manager.post(REPORTS, { branchId: t.branchId, frequency: 'weekly', recipients })
    expect(mine.status, JSON.stringify(mine.body)).toBe(201)
    expect(mine.body).toMatchObject({ brandId: t.brandId, branchId: t.branchId })
    // Moving it to a branch they do not look after is refused like creating it there.
    expectProblem(
      await manager.patch(`${REPORTS}/${mine.body.id}`, { branchId: other.branchId }),
      403,
      'FORBIDDEN',
    )

    const brandReport = await createReport(t, { brandId: t.brandId, frequency: 'monthly', recipients })
    const theirs = await createReport(t, { branchId: other.branchId, frequency: 'weekly', recipients })
    expect((await manager.get(REPORTS)).body.data.map((r: { id: string }) => r.id)).toEqual([mine.body.id])
    for (const id of [brandReport.id, theirs.id]) {
      expectProblem(await manager.patch(`${REPORTS}/${id}`, { frequency: 'weekly' }), 404, 'NOT_FOUND')
      expectProblem(await manager.del(`${REPORTS}/${id}`), 404, 'NOT_FOUND')
      expectProblem(await manager.post(`${REPORTS}/${id}/send`, {}), 404, 'NOT_FOUND')
    }
    expect((await t.get(REPORTS)).body.data).toHaveLength(3)
  })

  it('lets every role list reports but only managers and up change them', async () => {
    const t = await createTestTenant()
    const viewer = await addMember(t, 'viewer')
    const agent = await addMember(t, 'agent')
    const { id } = await createReport(t, { frequency: 'weekly', recipients: [address('roles')] })
    for (const member of [viewer, agent]) {
      expect((await member.get(REPORTS)).body.data.map((r: { id: string }) => r.id)).toEqual([id])
      expectProblem(
        await member.post(REPORTS, { frequency: 'weekly', recipients: [address('x')] }),
        403,
        'FORBIDDEN',
      )
      expectProblem(await member.patch(`${REPORTS}/${id}`, { frequency: 'monthly' }), 403, 'FORBIDDEN')
      expectProblem(await member.del(`${REPORTS}/${id}`), 403, 'FORBIDDEN')
      expectProblem(await member.post(`${REPORTS}/${id}/send`, {}), 403, 'FORBIDDEN')
    }
  })

  it('does not find another organisation’s brand, branch or report', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const recipients = [address('isolated')]
    expectProblem(
      await a.post(REPORTS, { brandId: b.brandId, frequency: 'weekly', recipients }),
      404,
      'NOT_FOUND',
    )
    expectProblem(
      await a.post(REPORTS, { branchId: b.branchId, frequency: 'weekly', recipients }),
      404,
      'NOT_FOUND',
    )
    const theirs = await createReport(b, { brandId: b.brandId, frequency: 'weekly', recipients })
    const mine = await createReport(a, { frequency: 'weekly', recipients })
    const api = as(a.token)
    expectProblem(await api.patch(`${REPORTS}/${theirs.id}`, { frequency: 'monthly' }), 404, 'NOT_FOUND')
    expectProblem(await api.patch(`${REPORTS}/${mine.id}`, { brandId: b.brandId }), 404, 'NOT_FOUND')
    expectProblem(await api.del(`${REPORTS}/${theirs.id}`), 404, 'NOT_FOUND')
    expectProblem(await api.post(`${REPORTS}/${theirs.id}/send`, {}), 404, 'NOT_FOUND')
    expect((await a.get(REPORTS)).body.data.map((r: { id: string }) => r.id)).toEqual([mine.id])
    expect((await b.get(REPORTS)).body.data[0]).toMatchObject({ id: theirs.id, frequency: 'weekly' })
  })
})

describe('scheduled reports: documentation', () => {
  it('appears in the OpenAPI document', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')
    expect(doc.status).toBe(200)
    expect(Object.keys(doc.body.paths[REPORTS] ?? {}).sort()).toEqual(['get', 'post'])
    expect(Object.keys(doc.body.paths[`${REPORTS}/{analyticsReportId}`] ?? {}).sort()).toEqual([
      'delete',
      'patch',
    ])
    expect(doc.body.paths[`${REPORTS}/{analyticsReportId}/send`]).toHaveProperty('post')
  })
})

describe('scheduled reports: the daily cron', () => {
  it('sends a brand’s weekly report on Monday once, with the exact figures', async () => {
    const t = await createTestTenant()
    await env.DB.prepare('update brands set name = ? where id = ?')
      .bind('Café <Bar> & "Grill"', t.brandId)
      .run()
    const harbour = await addBranch(t, 'Harbour')
    await addBranch(t, 'Quiet')
    const elsewhereBrand = newId('brand')
    const elsewhere = newId('branch')
    await env.DB.batch([
      env.DB.prepare('insert into brands (id, tenant_id, slug, name) values (?, ?, ?, ?)').bind(
        elsewhereBrand,
        t.tenantId,
        `other-${crypto.randomUUID().slice(0, 8)}`,
        'Other brand',
      ),
      env.DB.prepare(
        'insert into branches (id, tenant_id, brand_id, slug, name) values (?, ?, ?, ?, ?)',
      ).bind(elsewhere, t.tenantId, elsewhereBrand, 'elsewhere', 'Elsewhere'),
    ])
    const main = [t.tenantId, t.brandId, t.branchId]
    await seedDaily(t.tenantId, [
      // 16–22 Nov 2026 (ISO week 47).
      { day: '2026-11-16', scopes: main, visitors: 40, views: 150, actions: 10, leads: 2, source: 'google' },
      { day: '2026-11-22', scopes: main, visitors: 30, views: 50, scans: 30, source: 'qr' },
      {
        day: '2026-11-20',
        scopes: [t.tenantId, t.brandId, harbour.branchId],
        visitors: 50,
        views: 100,
        actions: 5,
        scans: 10,
        leads: 1,
        source: 'direct',
      },
      // Another brand's branch: in neither the brand's figures nor its branches.
      {
        day: '2026-11-18',
        scopes: [t.tenantId, elsewhereBrand, elsewhere],
        visitors: 500,
        views: 1000,
        source: 'bing',
      },
      // Outside the week: the Monday of the run, and the week before (the comparison).
      { day: '2026-11-23', scopes: main, visitors: 9, views: 999, source: 'google' },
      { day: '2026-11-15', scopes: main, visitors: 100, views: 200, scans: 50, leads: 3, source: 'google' },
    ])
    const [ana, ben] = [address('weekly-ana'), address('weekly-ben')]
    const { id } = await createReport(t, { brandId: t.brandId, frequency: 'weekly', recipients: [ana, ben] })

    const monday = '2026-11-23T03:17:00.000Z'
    const sent = await runAt(monday)
    expect(sent.filter((s) => s.reportId === id)).toEqual([
      { reportId: id, tenantId: t.tenantId, period: '2026-W47', recipients: 2 },
    ])
    expect(await reportRow(id)).toEqual({ last_period: '2026-W47', last_sent_at: Date.parse(monday) })

    const subject = /^Weekly report: Café <Bar> & "Grill" — 16–22 Nov 2026$/
    const email = await waitForEmail(ana, subject)
    await waitForEmail(ben, subject)
    const lines = email.text.split('\n')
    for (const line of [
      'Figures for 16–22 Nov 2026, compared with the week before (9–15 Nov 2026). Days are UTC.',
      'Visitors: 120 (+20%)',
      'Page views: 300 (+50%)',
      'Actions: 15 (new)',
      'QR scans: 40 (-20%)',
      'Leads: 3 (0%)',
      'Conversion rate: 2.5% (-17%)',
    ])
      expect(lines).toContain(line)
    const linesAfter = (heading: string, n: number) =>
      lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 1 + n)
    expect(linesAfter('Top sources', 4)).toEqual([
      '1. google: 150 views, 0 scans, 2 leads',
      '2. direct: 100 views, 10 scans, 1 lead',
      '3. qr: 50 views, 30 scans, 0 leads',
      '',
    ])
    expect(linesAfter('Top branches', 3)).toEqual([
      '1. Main Street: 200 views, 30 scans, 2 leads',
      '2. Harbour: 100 views, 10 scans, 1 lead',
      '',
    ])
    const link = `${env.PUBLIC_ORIGIN.replace(/\/$/, '')}/app/analytics?brandId=${t.brandId}&from=2026-11-16&to=2026-11-22`
    expect(email.text).toContain(`Open the dashboard: ${link}`)
    expect(email.html).toContain('Weekly report: Café &lt;Bar&gt; &amp; &quot;Grill&quot; — 16–22 Nov 2026')
    expect(email.html).not.toContain('<Bar>')
    expect(email.html).toContain(`href="${link.replaceAll('&', '&amp;')}"`)
    expect(email.html).toMatch(
      /<th scope="row"[^>]*>Conversion rate<\/th><td[^>]*>2\.5%<\/td><td[^>]*>-17%<\/td>/,
    )

    // The same run again, and the next day's: the week was sent.
    expect((await runAt(monday)).filter((s) => s.reportId === id)).toEqual([])
    expect((await runAt('2026-11-24T03:17:00.000Z')).filter((s) => s.reportId === id)).toEqual([])
    // One e-mail each (a repeat carries the same idempotency key, which the provider drops).
    expect(await withSubject(ana, subject)).toHaveLength(1)
    expect(await withSubject(ben, subject)).toHaveLength(1)
  })

  it('sends a branch’s monthly report on the 1st for the month before, without a branch league', async () => {
    const t = await createTestTenant()
    const scopes = [t.tenantId, t.brandId, t.branchId]
    await seedDaily(t.tenantId, [
      {
        day: '2026-11-05',
        scopes,
        visitors: 10,
        views: 20,
        actions: 2,
        scans: 4,
        leads: 1,
        source: 'direct',
      },
      { day: '2026-11-30', scopes, visitors: 10, views: 10, source: 'instagram' },
      { day: '2026-10-31', scopes, visitors: 10, views: 15, actions: 2 },
      { day: '2026-12-01', scopes, visitors: 1, views: 500 },
    ])
    const to = address('monthly')
    const { id } = await createReport(t, { branchId: t.branchId, frequency: 'monthly', recipients: [to] })
    // A weekly report of the same organisation is not due on a Tuesday it was already sent for.
    const weekly = await createReport(t, { frequency: 'weekly', recipients: [to] })
    await env.DB.prepare("update analytics_reports set last_period = '2026-W48' where id = ?")
      .bind(weekly.id)
      .run()

    const first = '2026-12-01T03:17:00.000Z'
    const sent = (await runAt(first)).filter((s) => s.tenantId === t.tenantId)
    expect(sent).toEqual([{ reportId: id, tenantId: t.tenantId, period: '2026-11', recipients: 1 }])
    expect((await runAt(first)).filter((s) => s.tenantId === t.tenantId)).toEqual([])

    const subject = /^Monthly report: Main Street — 1–30 Nov 2026$/
    const email = await waitForEmail(to, subject)
    const lines = email.text.split('\n')
    for (const line of [
      'Figures for 1–30 Nov 2026, compared with the month before (1–31 Oct 2026). Days are UTC.',
      'Visitors: 20 (+100%)',
      'Page views: 30 (+100%)',
      'Actions: 2 (0%)',
      'QR scans: 4 (new)',
      'Leads: 1 (new)',
      'Conversion rate: 5.0% (new)',
      '1. direct: 20 views, 4 scans, 1 lead',
      '2. instagram: 10 views, 0 scans, 0 leads',
    ])
      expect(lines).toContain(line)
    expect(lines).not.toContain('Top branches')
    expect(email.text).toContain(
      `/app/analytics?brandId=${t.brandId}&branchId=${t.branchId}&from=2026-11-01&to=2026-11-30`,
    )
    expect(await reportRow(weekly.id)).toMatchObject({ last_period: '2026-W48', last_sent_at: null })
    expect(await withSubject(to, /^Weekly report/)).toEqual([])
  })

  it('runs in the 03:17 UTC cron the Worker is scheduled with', async () => {
    const t = await createTestTenant()
    const to = address('cron')
    const { id } = await createReport(t, { frequency: 'weekly', recipients: [to] })
    const execution = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, execution)
    await waitOnExecutionContext(execution)
    const period = lastCompletePeriod('weekly', new Date())
    expect(await reportRow(id)).toMatchObject({ last_period: period.key })
    const email = await waitForEmail(to, /^Weekly report: Tenant /)
    expect(email.text).toContain(`from=${period.from}&to=${period.to}`)
  })
})

describe('scheduled reports: send now', () => {
  it('sends the last complete period to every recipient without touching the schedule, a few times an hour', async () => {
    const t = await createTestTenant()
    const [ana, ben] = [address('now-ana'), address('now-ben')]
    const { id } = await createReport(t, {
      branchId: t.branchId,
      frequency: 'weekly',
      recipients: [ana, ben],
    })
    const period = lastCompletePeriod('weekly', new Date())
    const first = await t.post(`${REPORTS}/${id}/send`, {})
    expect(first.status, JSON.stringify(first.body)).toBe(202)
    expect(first.body).toEqual({ period: period.key, from: period.from, to: period.to, recipients: 2 })
    expect(await reportRow(id)).toEqual({ last_period: null, last_sent_at: null })
    expect(await auditActions(t.tenantId, id)).toEqual(['analytics.report_created', 'analytics.report_sent'])

    for (let i = 0; i < 4; i++) expect((await t.post(`${REPORTS}/${id}/send`, {})).status).toBe(202)
    const limited = await t.post(`${REPORTS}/${id}/send`, {})
    expectProblem(limited, 429, 'RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)

    // Each press is its own e-mail (not dropped as a repeat of the one before).
    await vi.waitFor(
      async () => {
        expect(await withSubject(ana, /^Weekly report: Main Street — /)).toHaveLength(5)
        expect(await withSubject(ben, /^Weekly report: Main Street — /)).toHaveLength(5)
      },
      { timeout: 15_000, interval: 200 },
    )
  })
})
