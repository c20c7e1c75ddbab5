import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../../helpers/tenant.ts'
import { addMember } from '../../team/team-helpers.ts'
import { api, defaultPipeline, expectProblem, type PipelineView, pgRows } from './deals-fixtures.ts'

describe('pipelines', () => {
  it('gives every tenant one default pipeline, however many first reads race', async () => {
    const t = await createTestTenant()
    const reads = await Promise.all([1, 2, 3].map(() => api(t).get('/api/v1/pipelines')))
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200])
    const rows = await pgRows<{ id: string }>(sql`select id from pipelines where tenant_id = ${t.tenantId}`)
    expect(rows).toHaveLength(1)
    const [pipeline] = reads[0]!.body.items as PipelineView[]
    expect(pipeline).toMatchObject({ name: 'Sales', isDefault: true })
    expect(pipeline!.stages.map((s) => [s.name, s.kind, s.winProbability])).toEqual([
      ['New', 'open', 10],
      ['Contacted', 'open', 25],
      ['Qualified', 'open', 50],
      ['Proposal', 'open', 75],
      ['Won', 'won', 100],
      ['Lost', 'lost', 0],
    ])
  })

  it('creates a pipeline with its own stages and refuses a won stage that is not certain', async () => {
    const t = await createTestTenant()
    const created = await api(t).post('/api/v1/pipelines', {
      name: 'Catering',
      stages: [
        { name: 'Enquiry', winProbability: 20 },
        { name: 'Booked', kind: 'won' },
      ],
    })
    expect(created.status).toBe(201)
    expect(
      created.body.stages.map((s: { name: string; winProbability: number }) => [s.name, s.winProbability]),
    ).toEqual([
      ['Enquiry', 20],
      ['Booked', 100],
    ])
    const bad = await api(t).post('/api/v1/pipelines', {
      name: 'Bad',
      stages: [{ name: 'Booked', kind: 'won', winProbability: 60 }],
    })
    expectProblem(bad, 400, 'BAD_REQUEST', 'stages.0.winProbability')
    const names = (await api(t).get('/api/v1/pipelines')).body.items.map((p: PipelineView) => p.name)
    expect(names).toEqual(['Sales', 'Catering'])
  })

  it('adds, renames, reorders and removes stages, keeping positions 0..n-1', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const added = await api(t).post(`/api/v1/pipelines/${pipeline.id}/stages`, {
      name: 'Demo',
      winProbability: 60,
      index: 3,
    })
    expect(added.status).toBe(201)
    const lost = pipeline.stages.find((s) => s.kind === 'lost')!
    expectProblem(
      await api(t).patch(`/api/v1/stages/${lost.id}`, { winProbability: 5 }),
      400,
      'BAD_REQUEST',
      'winProbability',
    )
    expect((await api(t).patch(`/api/v1/stages/${added.body.id}`, { name: 'Live demo' })).body.name).toBe(
      'Live demo',
    )
    const ids = [...pipeline.stages.map((s) => s.id)]
    ids.splice(3, 0, added.body.id)
    const reversed = [...ids].reverse()
    const reordered = await api(t).put(`/api/v1/pipelines/${pipeline.id}/stages`, { stageIds: reversed })
    expect(reordered.status).toBe(200)
    expect(reordered.body.stages.map((s: { id: string; position: number }) => [s.id, s.position])).toEqual(
      reversed.map((id, i) => [id, i]),
    )
    const partial = await api(t).put(`/api/v1/pipelines/${pipeline.id}/stages`, {
      stageIds: reversed.slice(1),
    })
    expectProblem(partial, 400, 'BAD_REQUEST', 'stageIds')
    expect((await api(t).del(`/api/v1/stages/${added.body.id}`)).status).toBe(204)
    const after = (await defaultPipeline(t)).pipeline.stages
    expect(after.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5])
    expect(after.map((s) => s.id)).toEqual(reversed.filter((id) => id !== added.body.id))
  })

  it('refuses to remove a stage holding deals unless they move to another stage of the pipeline', async () => {
    const t = await createTestTenant()
    const { pipeline, stage } = await defaultPipeline(t)
    const deal = await api(t).post('/api/v1/deals', {
      pipelineId: pipeline.id,
      stageId: stage('Contacted'),
      name: 'Hold',
    })
    expect(deal.status).toBe(201)
    expectProblem(await api(t).del(`/api/v1/stages/${stage('Contacted')}`), 409, 'CONFLICT')
    const other = await api(t).post('/api/v1/pipelines', { name: 'Other' })
    expectProblem(
      await api(t).del(`/api/v1/stages/${stage('Contacted')}?moveToStageId=${other.body.stages[0].id}`),
      400,
      'BAD_REQUEST',
      'moveToStageId',
    )
    const moved = await api(t).del(`/api/v1/stages/${stage('Contacted')}?moveToStageId=${stage('Qualified')}`)
    expect(moved.status).toBe(204)
    const now = (await api(t).get(`/api/v1/deals/${deal.body.id}`)).body
    expect(now).toMatchObject({ stageId: stage('Qualified'), version: 2 })
    expect(now.history.map((h: { toStageName: string | null }) => h.toStageName)).toEqual([null, 'Qualified'])
  })

  it('archives a pipeline that held deals, deletes one that never did, and keeps the default', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const used = await api(t).post('/api/v1/pipelines', { name: 'Used' })
    const unused = await api(t).post('/api/v1/pipelines', { name: 'Unused' })
    await api(t).post('/api/v1/deals', { pipelineId: used.body.id, name: 'A deal' })
    expect((await api(t).del(`/api/v1/pipelines/${used.body.id}`)).body).toEqual({ outcome: 'archived' })
    expect((await api(t).del(`/api/v1/pipelines/${unused.body.id}`)).body).toEqual({ outcome: 'deleted' })
    expectProblem(await api(t).del(`/api/v1/pipelines/${pipeline.id}`), 409, 'CONFLICT')
    expect((await api(t).get('/api/v1/pipelines')).body.items.map((p: PipelineView) => p.name)).toEqual([
      'Sales',
    ])
    const all = await api(t).get('/api/v1/pipelines?archived=include')
    expect(all.body.items.map((p: PipelineView) => p.name)).toEqual(['Sales', 'Used'])
    expectProblem(
      await api(t).post('/api/v1/deals', { pipelineId: used.body.id, name: 'Too late' }),
      400,
      'BAD_REQUEST',
      'pipelineId',
    )
  })

  it('moves the default to another pipeline', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const other = await api(t).post('/api/v1/pipelines', { name: 'Other' })
    const made = await api(t).patch(`/api/v1/pipelines/${other.body.id}`, { isDefault: true })
    expect(made.body.isDefault).toBe(true)
    const items = (await api(t).get('/api/v1/pipelines')).body.items as PipelineView[]
    expect(items.filter((p) => p.isDefault).map((p) => p.id)).toEqual([other.body.id])
    expect((await api(t).del(`/api/v1/pipelines/${pipeline.id}`)).body).toEqual({ outcome: 'deleted' })
  })

  it('lets everyone read pipelines but only crm.manage change them', async () => {
    const t = await createTestTenant()
    const { pipeline } = await defaultPipeline(t)
    const manager = await addMember(t, 'manager')
    expect((await manager.get('/api/v1/pipelines')).status).toBe(200)
    expectProblem(await manager.post('/api/v1/pipelines', { name: 'Mine' }), 403, 'FORBIDDEN')
    expectProblem(
      await manager.patch(`/api/v1/stages/${pipeline.stages[0]!.id}`, { name: 'x' }),
      403,
      'FORBIDDEN',
    )
  })

  it("answers 404 for another tenant's pipeline and stage", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const { pipeline } = await defaultPipeline(a)
    expectProblem(
      await api(b).patch(`/api/v1/pipelines/${pipeline.id}`, { name: 'Mine now' }),
      404,
      'NOT_FOUND',
    )
    expectProblem(await api(b).get(`/api/v1/pipelines/${pipeline.id}/board`), 404, 'NOT_FOUND')
    expectProblem(await api(b).del(`/api/v1/stages/${pipeline.stages[0]!.id}`), 404, 'NOT_FOUND')
    expectProblem(
      await api(b).post(`/api/v1/stages/${pipeline.stages[0]!.id}/automations`, {
        action: 'notify',
        config: { notify: 'owner' },
      }),
      404,
      'NOT_FOUND',
    )
    expect((await defaultPipeline(a)).pipeline.name).toBe('Sales')
  })
})
