import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'
import { auditActionsOf, heroHeadline, saveHeadline, sitePath, storedDraft } from './builder-helpers.ts'

const cacheOf = async (path: string) => (await call(path)).headers.get('x-vitrine-cache')

describe('publishing the draft', () => {
  it('makes it the next version, live at once, with the cached page purged', async () => {
    const t = await createTestTenant({ headline: 'Winter menu' })
    await call(t.pagePath)
    expect(await cacheOf(t.pagePath)).toBe('hit')
    await saveHeadline(t, 'Spring menu')

    const res = await t.post(sitePath(t, '/publish'), { note: 'Spring menu is out' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      siteId: t.siteId,
      number: 2,
      note: 'Spring menu is out',
      publishedBy: t.userId,
    })
    expect(heroHeadline(res.body.content)).toBe('Spring menu')

    const page = await call(t.pagePath)
    expect(page.headers.get('x-vitrine-cache')).toBe('miss')
    expect(page.body).toContain('Spring menu')
    expect(page.body).not.toContain('Winter menu')
    const detail = (await t.get(sitePath(t))).body
    expect(detail).toMatchObject({ status: 'published', publishedVersion: { id: res.body.id, number: 2 } })
    expect((await auditActionsOf(t.tenantId, t.siteId)).at(-1)).toEqual({
      action: 'site.published',
      metadata: { versionId: res.body.id, version: 2, note: 'Spring menu is out' },
    })
  })

  it('publishes without a body, and a never-edited draft as it stands', async () => {
    const t = await createTestTenant({ headline: 'As it was' })
    const res = await call(sitePath(t, '/publish'), { method: 'POST', token: t.token })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ number: 2, note: null })
    expect(heroHeadline(res.body.content)).toBe('As it was')
    expect((await t.post(sitePath(t, '/publish'), { note: 'n'.repeat(201) })).status).toBe(400)
    expect((await t.post(sitePath(t, '/publish'), { notes: 'typo' })).status).toBe(400)
  })
})

describe('version history', () => {
  it('lists versions newest first with who, when, the note and which is live', async () => {
    const t = await createTestTenant()
    await saveHeadline(t, 'Second')
    const second = (await t.post(sitePath(t, '/publish'), { note: 'Second' })).body
    await saveHeadline(t, 'Third')
    const third = (await t.post(sitePath(t, '/publish'), {})).body
    const res = await t.get(sitePath(t, '/versions'))
    expect(res.status).toBe(200)
    const name = await env.DB.prepare('select name from users where id = ?')
      .bind(t.userId)
      .first<{ name: string }>()
    expect(res.body.data).toEqual([
      {
        id: third.id,
        number: 3,
        publishedAt: expect.any(String),
        publishedBy: name!.name,
        note: null,
        live: true,
      },
      {
        id: second.id,
        number: 2,
        publishedAt: expect.any(String),
        publishedBy: name!.name,
        note: 'Second',
        live: false,
      },
      {
        id: t.versionId,
        number: 1,
        publishedAt: expect.any(String),
        publishedBy: null,
        note: null,
        live: false,
      },
    ])
  })

  it('restores an earlier version as a new one, live and as the draft', async () => {
    const t = await createTestTenant({ headline: 'The original' })
    await saveHeadline(t, 'A mistake')
    await t.post(sitePath(t, '/publish'), {})
    expect((await call(t.pagePath)).body).toContain('A mistake')

    const res = await t.post(sitePath(t, `/versions/${t.versionId}/restore`), {})
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ number: 3, note: 'Restored version 1' })
    expect(heroHeadline(res.body.content)).toBe('The original')
    expect((await call(t.pagePath)).body).toContain('The original')
    expect(heroHeadline((await storedDraft(t.siteId)).draft!)).toBe('The original')
    const detail = (await t.get(sitePath(t))).body
    expect(detail).toMatchObject({ status: 'published', publishedVersion: { number: 3 } })
    const versions = (await t.get(sitePath(t, '/versions'))).body.data
    expect(versions.map((v: { number: number; live: boolean }) => [v.number, v.live])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ])
    expect((await auditActionsOf(t.tenantId, t.siteId)).at(-1)).toEqual({
      action: 'site.restored',
      metadata: { versionId: res.body.id, version: 3, restoredFrom: 1 },
    })
    expect((await t.post(sitePath(t, '/versions/sv_unknown/restore'), {})).status).toBe(404)
  })

  it('refuses to restore a version saved before the current content model', async () => {
    const t = await createTestTenant({ headline: 'Current' })
    await env.DB.prepare(
      `insert into site_versions (id, tenant_id, site_id, number, content, published_at) values (?, ?, ?, 0, ?, ?)`,
    )
      .bind('sv_legacy', t.tenantId, t.siteId, JSON.stringify({ headline: 'Flat' }), Date.now() - 1000)
      .run()
    const res = await t.post(sitePath(t, '/versions/sv_legacy/restore'), {})
    expect(res.status).toBe(422)
    expect(res.body.code).toBe('UNPROCESSABLE')
    expect((await call(t.pagePath)).body).toContain('Current')
  })
})

describe('unpublishing', () => {
  it('takes the page offline, keeps the draft and history, and can publish again', async () => {
    const t = await createTestTenant({ headline: 'Open for business' })
    await call(t.pagePath)
    const res = await t.post(sitePath(t, '/unpublish'), {})
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'draft', publishedVersion: null })
    expect(heroHeadline(res.body.draft)).toBe('Open for business')
    const page = await call(t.pagePath, { headers: { accept: 'text/html' } })
    expect(page.status).toBe(404)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.body).not.toContain('Open for business')
    expect((await auditActionsOf(t.tenantId, t.siteId)).map((e) => e.action)).toEqual(['site.unpublished'])
    const versions = (await t.get(sitePath(t, '/versions'))).body.data
    expect(versions).toEqual([expect.objectContaining({ id: t.versionId, live: false })])
    // Again: nothing more to do.
    expect((await t.post(sitePath(t, '/unpublish'), {})).status).toBe(200)
    expect(await auditActionsOf(t.tenantId, t.siteId)).toHaveLength(1)

    expect((await t.post(sitePath(t, '/publish'), {})).status).toBe(201)
    expect((await call(t.pagePath)).body).toContain('Open for business')
  })

  it('keeps a site published straight through the API when the builder never touched it', async () => {
    const t = await createTestTenant()
    await t.post(sitePath(t, '/versions'), { content: testSiteContent('Via the API') })
    const detail = (await t.get(sitePath(t))).body
    expect(detail.status).toBe('published')
    expect(heroHeadline(detail.draft)).toBe('Via the API')
  })
})
