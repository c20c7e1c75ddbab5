import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newSiteContent } from '../../../worker/modules/sites/content/templates.ts'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'
import { addBranch, addMember } from '../team/team-helpers.ts'
import {
  auditActionsOf,
  heroHeadline,
  neverPublished,
  putDraft,
  saveHeadline,
  sitePath,
  storedDraft,
} from './builder-helpers.ts'

describe('the site list and detail', () => {
  it('list each site with its names, template and status', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/sites')
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([
      {
        id: t.siteId,
        brandId: t.brandId,
        brandSlug: t.brandSlug,
        brandName: expect.stringMatching(/^Brand /),
        branchId: t.branchId,
        branchSlug: t.branchSlug,
        branchName: 'Main Street',
        path: t.pagePath,
        template: 'restaurant',
        status: 'published',
        publishedVersion: { id: t.versionId, number: 1, publishedAt: expect.any(String) },
        draftUpdatedAt: null,
      },
    ])
  })

  it('materialise the draft from the live content without storing it', async () => {
    const t = await createTestTenant({ headline: 'Live headline' })
    const res = await t.get(sitePath(t))
    expect(res.status).toBe(200)
    expect(heroHeadline(res.body.draft)).toBe('Live headline')
    expect(res.body).toMatchObject({
      status: 'published',
      url: `${env.PUBLIC_ORIGIN}${t.pagePath}`,
      previewLink: null,
      draftUpdatedAt: null,
    })
    expect(res.body.languages).toEqual(expect.arrayContaining([{ code: 'ar', name: 'العربية', dir: 'rtl' }]))
    expect((await storedDraft(t.siteId)).draft).toBeNull()
  })

  it('start a never-published site from the default template, with its names', async () => {
    const t = await createTestTenant()
    await neverPublished(t.siteId)
    const res = await t.get(sitePath(t))
    expect(res.body).toMatchObject({
      status: 'draft',
      publishedVersion: null,
      template: 'professional-services',
    })
    expect(res.body.draft.template).toBe('professional-services')
    expect(JSON.stringify(res.body.draft)).toContain('Main Street')
    expect((await t.get('/api/v1/sites')).body.data[0]).toMatchObject({
      status: 'draft',
      template: 'professional-services',
    })
  })
})

describe('saving the draft', () => {
  it('stores it without touching the live page, and marks the site changed', async () => {
    const t = await createTestTenant({ headline: 'Live headline' })
    const detail = await saveHeadline(t, 'Draft headline')
    expect(detail).toMatchObject({ status: 'changed', draftUpdatedAt: expect.any(String) })
    expect(heroHeadline(detail.draft)).toBe('Draft headline')
    expect(heroHeadline((await t.get(sitePath(t))).body.draft)).toBe('Draft headline')
    expect((await storedDraft(t.siteId)).updatedBy).toBe(t.userId)
    expect((await t.get('/api/v1/sites')).body.data[0].status).toBe('changed')
    const page = await call(t.pagePath)
    expect(page.body).toContain('Live headline')
    expect(page.body).not.toContain('Draft headline')
  })

  it('reads as published again when the draft matches the live content', async () => {
    const t = await createTestTenant({ headline: 'Same' })
    await saveHeadline(t, 'Different')
    expect((await saveHeadline(t, 'Same')).status).toBe('published')
  })

  it('refuses invalid content with the paths of the bad fields, and keeps the old draft', async () => {
    const t = await createTestTenant()
    await saveHeadline(t, 'Kept')
    const bad = testSiteContent('x') as { sections: unknown[] }
    bad.sections[0] = { id: 'hero', type: 'hero', headline: { en: 'h'.repeat(121) } }
    bad.sections.push({ id: 'Not An Id', type: 'about' })
    const res = await putDraft(t, bad)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['content.sections.0.headline.en', 'content.sections.3.id']))
    expect((await putDraft(t, { sections: [{ id: 'a', type: 'nope' }] })).status).toBe(400)
    expect(heroHeadline((await storedDraft(t.siteId)).draft!)).toBe('Kept')
  })

  it('refuses a save that another editor overtook (409)', async () => {
    const t = await createTestTenant()
    const opened = (await t.get(sitePath(t))).body
    expect(opened.draftUpdatedAt).toBeNull()
    const first = await putDraft(t, testSiteContent('First editor'), {
      expectedUpdatedAt: opened.draftUpdatedAt,
    })
    expect(first.status).toBe(200)
    const second = await putDraft(t, testSiteContent('Second editor'), {
      expectedUpdatedAt: opened.draftUpdatedAt,
    })
    expect(second.status).toBe(409)
    expect(second.body.code).toBe('CONFLICT')
    const stale = await putDraft(t, testSiteContent('Stale'), {
      expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(stale.status).toBe(409)
    const fresh = await putDraft(t, testSiteContent('Second, reloaded'), {
      expectedUpdatedAt: first.body.draftUpdatedAt,
    })
    expect(fresh.status).toBe(200)
    expect(heroHeadline((await storedDraft(t.siteId)).draft!)).toBe('Second, reloaded')
    // Without the field, the last save wins.
    expect((await putDraft(t, testSiteContent('Forced'))).status).toBe(200)
    expect((await putDraft(t, testSiteContent('x'), { expectedUpdatedAt: 'yesterday' })).status).toBe(400)
  })

  it('accepts drafts up to 512 KB where other API bodies stop at 64 KB', async () => {
    const t = await createTestTenant()
    const about = (i: number, languages: string[]) => ({
      id: `about-${i}`,
      type: 'about',
      body: Object.fromEntries(languages.map((l) => [l, `${l} `.repeat(1333)])),
    })
    const big = {
      ...testSiteContent('Big'),
      sections: Array.from({ length: 30 }, (_, i) => about(i, ['en'])),
    }
    expect(JSON.stringify(big).length).toBeGreaterThan(100_000)
    const saved = await putDraft(t, big)
    expect(saved.status).toBe(200)
    expect(saved.body.draft.sections).toHaveLength(30)
    const huge = {
      ...big,
      sections: Array.from({ length: 40 }, (_, i) => about(i, ['en', 'fr', 'de', 'es'])),
    }
    const tooBig = await putDraft(t, huge)
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE')
    const elsewhere = await t.post(sitePath(t, '/template'), {
      template: 'clinic',
      padding: 'x'.repeat(70_000),
    })
    expect(elsewhere.status).toBe(413)
  })
})

describe('switching the draft’s template', () => {
  it('keeps the content, records the change and leaves the live page alone', async () => {
    const t = await createTestTenant({ headline: 'Our headline' })
    const res = await t.post(sitePath(t, '/template'), { template: 'clinic' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ template: 'clinic', status: 'changed', draft: { template: 'clinic' } })
    expect(heroHeadline(res.body.draft)).toBe('Our headline')
    const ids = res.body.draft.sections.map((s: { id: string }) => s.id)
    expect(ids).toEqual(expect.arrayContaining(['hero', 'contact', 'lead-form', 'services', 'team']))
    expect(res.body.draft.sections.find((s: { id: string }) => s.id === 'services').enabled).toBe(false)
    expect(await auditActionsOf(t.tenantId, t.siteId)).toEqual([
      { action: 'site.template_changed', metadata: { from: 'restaurant', to: 'clinic' } },
    ])
    expect((await t.post(sitePath(t, '/template'), { template: 'bakery' })).status).toBe(400)
    expect((await call(t.pagePath)).body).toContain('Our headline')
  })

  it('gives a site nobody has written yet the chosen template’s own content', async () => {
    const t = await createTestTenant()
    await neverPublished(t.siteId)
    const res = await t.post(sitePath(t, '/template'), { template: 'salon' })
    expect(res.status).toBe(200)
    const expected = newSiteContent('salon', {
      brandName: res.body.brandName,
      branchName: 'Main Street',
      language: 'en',
    })
    expect(res.body.draft).toEqual(expected)
  })
})

describe('builder permissions and isolation', () => {
  it('let viewers read but not edit, publish or share', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.get(sitePath(t))).status).toBe(200)
    expect((await t.get(sitePath(t, '/versions'))).status).toBe(200)
    for (const res of [
      await putDraft(t, testSiteContent('No')),
      await t.post(sitePath(t, '/template'), { template: 'salon' }),
      await t.post(sitePath(t, '/publish'), {}),
      await t.post(sitePath(t, '/unpublish'), {}),
      await t.post(sitePath(t, `/versions/${t.versionId}/restore`), {}),
      await t.post(sitePath(t, '/preview-link'), {}),
      await call(sitePath(t, '/preview-link'), { method: 'DELETE', token: t.token }),
    ]) {
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('FORBIDDEN')
    }
    expect((await storedDraft(t.siteId)).draft).toBeNull()
  })

  it('keep a branch manager to their own branches', async () => {
    const t = await createTestTenant()
    const other = await addBranch(t, 'harbour')
    const manager = await addMember(t, 'manager', { branchIds: [other.branchId] })
    const list = await manager.get('/api/v1/sites')
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([other.siteId])
    expect((await manager.get(sitePath(t))).status).toBe(404)
    expect((await putDraft({ ...t, token: manager.token }, testSiteContent('Not theirs'))).status).toBe(404)
    expect((await manager.post(sitePath(t, '/publish'), {})).status).toBe(404)
    expect((await putDraft({ ...other, token: manager.token }, testSiteContent('Theirs'))).status).toBe(200)
    expect((await manager.post(sitePath(other, '/publish'), {})).status).toBe(201)
    expect((await call(other.pagePath)).body).toContain('Theirs')
  })

  it('answer 404 for another tenant’s site on every builder route', async () => {
    const a = await createTestTenant({ headline: 'Tenant A' })
    const b = await createTestTenant()
    const asB = (path: string, method = 'GET', body?: unknown) =>
      call(path, { method, token: b.token, body: body === undefined ? undefined : JSON.stringify(body) })
    const answers = [
      await asB(sitePath(a)),
      await putDraft({ ...a, token: b.token }, testSiteContent('Taken over')),
      await asB(sitePath(a, '/template'), 'POST', { template: 'salon' }),
      await asB(sitePath(a, '/publish'), 'POST', {}),
      await asB(sitePath(a, '/unpublish'), 'POST', {}),
      await asB(sitePath(a, '/versions')),
      await asB(sitePath(a, `/versions/${a.versionId}/restore`), 'POST', {}),
      await asB(sitePath(a, '/preview')),
      await asB(sitePath(a, '/preview-link'), 'POST', {}),
      await asB(sitePath(a, '/preview-link'), 'DELETE'),
      // B's own site with A's version: still not found.
      await asB(sitePath(b, `/versions/${a.versionId}/restore`), 'POST', {}),
    ]
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 404))
    expect((await storedDraft(a.siteId)).draft).toBeNull()
    expect((await call(a.pagePath)).body).toContain('Tenant A')
    expect(await auditActionsOf(a.tenantId, a.siteId)).toEqual([])
  })
})
