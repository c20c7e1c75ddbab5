import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { renderSitePreview, SiteContent } from '../../../worker/modules/sites/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { createShowcaseTenant, showcaseSections } from './showcase.ts'

const ctxFor = () => createCtx(env as never, createExecutionContext(), createLogger(), 'req_test').ctx

describe('builder preview', () => {
  it('renders a draft like the live page, but noindex, framable by us, with forms switched off', async () => {
    const t = await createShowcaseTenant()
    const draft = SiteContent.parse({
      template: 'salon',
      languages: ['ar'],
      sections: showcaseSections((s) => `${s} (draft)`, { heroMediaId: t.media.hero }),
    })
    const { html, csp } = await renderSitePreview(ctxFor(), {
      tenantId: t.tenantId,
      branchId: t.branchId,
      content: draft,
      language: 'ar',
    })
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain('Handmade pasta downtown (draft)')
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain('<fieldset disabled="">')
    expect(html).toContain('النماذج معطلة في هذه المعاينة.')
    expect(html).not.toContain('crypto.randomUUID')
    expect(JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!)['@type']).toBe(
      'BeautySalon',
    )
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).not.toContain('unsafe')
  })

  it('falls back to the default language for one the draft does not carry', async () => {
    const t = await createTestTenant()
    const { html } = await renderSitePreview(ctxFor(), {
      tenantId: t.tenantId,
      branchId: t.branchId,
      content: SiteContent.parse({ sections: [{ id: 'hero', type: 'hero', headline: { en: 'Hi' } }] }),
      language: 'he',
    })
    expect(html).toContain('<html lang="en" dir="ltr">')
  })

  it('refuses another tenant’s branch as missing', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    await expect(
      renderSitePreview(ctxFor(), {
        tenantId: b.tenantId,
        branchId: a.branchId,
        content: SiteContent.parse({ sections: [] }),
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
