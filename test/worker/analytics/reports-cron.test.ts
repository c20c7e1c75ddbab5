// Sending scheduled reports: the daily cron (weekly on Mondays, monthly on the 1st, once per
// period, with the exact figures, escaping and dashboard link), its place in the Worker's
// 03:17 UTC schedule, and "send now" (last complete period, schedule untouched, rate limited).
import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import worker from '../../../worker/index.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { lastCompletePeriod } from '../../../worker/modules/analytics/reports/report-period.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addBranch } from '../team/team-helpers.ts'
import {
  address,
  auditActions,
  createReport,
  expectProblem,
  REPORTS,
  reportRow,
  runAt,
  seedDaily,
  withSubject,
} from './reports-helpers.ts'

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
