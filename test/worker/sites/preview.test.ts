import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'
import { auditActionsOf, putDraft, saveHeadline, sitePath } from './builder-helpers.ts'

const pathOf = (url: string) => new URL(url).pathname

describe('the builder’s draft preview', () => {
  it('renders the unpublished draft for the dashboard’s frame', async () => {
    const t = await createTestTenant({ headline: 'Live headline' })
    await saveHeadline(t, 'Draft <em>headline</em>')
    const res = await t.get(sitePath(t, '/preview'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.body).toContain('Draft &lt;em&gt;headline&lt;/em&gt;')
    expect(res.body).not.toContain('Live headline')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).not.toContain("frame-ancestors 'none'")
    expect(res.headers.get('cache-control')).toBe('no-store')
    // Everything else keeps refusing to be framed.
    expect((await t.get(sitePath(t))).headers.get('x-frame-options')).toBe('DENY')
  })

  it('renders another language of the draft on request', async () => {
    const t = await createTestTenant()
    const content = testSiteContent('English headline')
    content.languages = ['fr']
    const hero = content.sections[0] as { headline: Record<string, string> }
    hero.headline.fr = 'Titre en français'
    expect((await putDraft(t, content)).status).toBe(200)
    const fr = await t.get(sitePath(t, '/preview?lang=fr'))
    expect(fr.status).toBe(200)
    expect(fr.body).toContain('Titre en français')
    expect((await t.get(sitePath(t, '/preview?lang=xx'))).status).toBe(400)
  })
})

describe('shareable preview links', () => {
  it('show the current draft to anyone holding the link, unindexed and uncached', async () => {
    const t = await createTestTenant({ headline: 'Live headline' })
    await saveHeadline(t, 'Shared draft')
    const created = await t.post(sitePath(t, '/preview-link'), {})
    expect(created.status).toBe(201)
    expect(created.body.url.startsWith(`${env.PUBLIC_ORIGIN}/preview/${t.siteId}.`)).toBe(true)
    const expiresIn = Date.parse(created.body.expiresAt) - Date.now()
    expect(expiresIn).toBeGreaterThan(6.9 * 86_400_000)
    expect(expiresIn).toBeLessThanOrEqual(7 * 86_400_000)

    const page = await call(pathOf(created.body.url))
    expect(page.status).toBe(200)
    expect(page.body).toContain('Shared draft')
    expect(page.headers.get('x-robots-tag')).toContain('noindex')
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    // It follows the draft as it changes.
    await saveHeadline(t, 'Edited after sharing')
    expect((await call(pathOf(created.body.url))).body).toContain('Edited after sharing')

    const detail = (await t.get(sitePath(t))).body
    expect(detail.previewLink).toEqual({ url: null, expiresAt: created.body.expiresAt })
    const stored = await env.DB.prepare('select preview_token_hash from sites where id = ?')
      .bind(t.siteId)
      .first<{ preview_token_hash: string }>()
    expect(stored!.preview_token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(created.body.url).not.toContain(stored!.preview_token_hash)
  })

  it('stop working when replaced, revoked or expired', async () => {
    const t = await createTestTenant()
    const first = (await t.post(sitePath(t, '/preview-link'), {})).body
    const second = (await t.post(sitePath(t, '/preview-link'), {})).body
    expect((await call(pathOf(first.url))).status).toBe(404)
    expect((await call(pathOf(second.url))).status).toBe(200)

    const revoked = await call(sitePath(t, '/preview-link'), { method: 'DELETE', token: t.token })
    expect(revoked.status).toBe(204)
    const gone = await call(pathOf(second.url))
    expect(gone.status).toBe(404)
    expect(gone.headers.get('content-type')).toContain('text/html')
    expect(gone.headers.get('x-robots-tag')).toContain('noindex')
    expect((await t.get(sitePath(t))).body.previewLink).toBeNull()

    const third = (await t.post(sitePath(t, '/preview-link'), {})).body
    await env.DB.prepare('update sites set preview_expires_at = ? where id = ?')
      .bind(Date.now() - 1000, t.siteId)
      .run()
    expect((await call(pathOf(third.url))).status).toBe(404)
    expect((await t.get(sitePath(t))).body.previewLink).toBeNull()

    expect(await auditActionsOf(t.tenantId, t.siteId)).toEqual([
      { action: 'site.preview_link_created', metadata: { expiresAt: first.expiresAt } },
      { action: 'site.preview_link_created', metadata: { expiresAt: second.expiresAt } },
      { action: 'site.preview_link_revoked', metadata: null },
      { action: 'site.preview_link_created', metadata: { expiresAt: third.expiresAt } },
    ])
  })

  it('open nothing for a guessed, altered or foreign token', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const link = (await a.post(sitePath(a, '/preview-link'), {})).body.url as string
    const token = pathOf(link).slice('/preview/'.length)
    const secret = token.slice(token.indexOf('.') + 1)
    for (const guess of [
      `${b.siteId}.${secret}`,
      `${a.siteId}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`,
      a.siteId,
      'nothing',
    ]) {
      expect((await call(`/preview/${encodeURIComponent(guess)}`)).status, guess).toBe(404)
    }
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?").bind(a.tenantId).run()
    expect((await call(pathOf(link))).status).toBe(404)
  })
})
