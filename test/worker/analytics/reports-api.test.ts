// Scheduled reports through the API: creating, listing, changing and deleting them (audited),
// input validation, the per-organisation limit, role and branch permissions, isolation between
// organisations, and the OpenAPI document. Sending them is in reports-cron.test.ts.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { addBranch, addMember, as } from '../team/team-helpers.ts'
import { address, auditActions, createReport, expectProblem, REPORTS } from './reports-helpers.ts'

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
