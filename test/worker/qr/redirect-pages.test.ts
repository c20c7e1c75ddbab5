import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../../worker/modules/auth/index.ts'
import { PASSWORD_ATTEMPTS } from '../../../worker/modules/qr/redirect/password-gate.ts'
import { qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import { createTestTenant, expectScanPage, putRoute, recordedScans, scan, UA } from './redirect-helpers.ts'

const postPassword = (code: string, password: string, headers: Record<string, string> = {}) =>
  scan(code, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ password }).toString(),
  })

describe('codes that do not lead anywhere', () => {
  it('answers unknown and malformed codes with a 404 page that never echoes the address', async () => {
    const unknown = await expectScanPage(await scan('zz9plural'), 404)
    expect(unknown).toContain('This QR code does not lead anywhere')
    for (const path of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'ab', 'a'.repeat(40), 'abcd/efgh', '']) {
      const body = await expectScanPage(await scan(path), 404)
      expect(body).not.toContain('alert(1)')
    }
  })

  it('answers a record it cannot read with a 404 page, not an error', async () => {
    await env.SITE_CACHE.put(qrRouteKey('brokenrec'), '{"v":2}')
    await expectScanPage(await scan('brokenrec'), 404)
  })

  it('answers an archived code, an expired one and a used-up one with 410 Gone', async () => {
    const t = await createTestTenant()
    const archived = await putRoute(t, { status: 'archived' })
    expect(await expectScanPage(await scan(archived.code), 410)).toContain('no longer in use')
    const expired = await putRoute(t, { expiresAt: Date.now() - 1000 })
    expect(await expectScanPage(await scan(expired.code), 410)).toContain('has expired')
    const later = await putRoute(t, { expiresAt: Date.now() + 3600_000 })
    expect((await scan(later.code)).status).toBe(302)
  })

  it('shows a paused code as a friendly page in the brand colour and counts nothing', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t, { status: 'paused' })
    const body = await expectScanPage(await scan(code), 200)
    expect(body).toContain('This QR code is taking a break')
    expect(body).toContain('Café Lumière has paused this code')
    expect(body).toContain('border-top:.375rem solid #b91c1c')
    expect(body).toContain('<p class="org">Café Lumière</p>')
    // Back on: the one scan that follows is the only one stored.
    await env.SITE_CACHE.put(qrRouteKey(code), JSON.stringify({ ...route, status: 'active' }))
    expect((await scan(code)).status).toBe(302)
    await recordedScans(route.codeId, 1)
  })

  it('shows the brand logo, allowed by the page policy', async () => {
    const t = await createTestTenant()
    const logoUrl = `/media/${t.tenantId}/logo.png`
    const { code } = await putRoute(t, {
      status: 'paused',
      brand: { name: 'Lumière', color: '#1d4ed8', logoUrl },
    })
    const res = await scan(code)
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self'")
    expect(await expectScanPage(res, 200)).toContain(`<img class="logo" src="${logoUrl}" alt="Lumière"/>`)
  })
})

describe('scan limit', () => {
  it('lets the limit of scans through, then answers 410; bots and previews do not use it up', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t, { scanLimit: 2 })
    expect((await scan(code)).status).toBe(302)
    expect((await scan(code, { userAgent: UA.googlebot })).status).toBe(302)
    expect((await scan(code, { userAgent: UA.whatsapp })).status).toBe(302)
    expect((await scan(code, { method: 'HEAD' })).status).toBe(302)
    expect((await scan(code, { userAgent: UA.android })).status).toBe(302)
    expect(await expectScanPage(await scan(code), 410)).toContain('has been used up')
    expect((await scan(code)).status).toBe(410)

    // The owner raises the limit: the count so far stands, one more scan gets through.
    await env.SITE_CACHE.put(qrRouteKey(code), JSON.stringify({ ...route, scanLimit: 3 }))
    expect((await scan(code)).status).toBe(302)
    expect((await scan(code)).status).toBe(410)
  })
})

describe('password protection', () => {
  it('asks for the password in an accessible no-JS form, refuses a wrong one and lets the right one through', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t, { passwordHash: await hashPassword('open sesame') })

    const ask = await scan(code)
    expect(ask.headers.get('location')).toBeNull()
    expect(ask.headers.get('content-security-policy')).toContain("form-action 'self'")
    const form = await expectScanPage(ask, 200)
    expect(form).toContain(`<form method="post" action="/q/${code}">`)
    expect(form).toContain('<label for="secret">Password</label>')
    expect(form).toMatch(
      /<input id="secret" name="password" type="password" autocomplete="current-password" required/,
    )
    expect(form).not.toContain('<script')
    expect(form).not.toContain(route.url)

    const wrong = await expectScanPage(await postPassword(code, 'open says me'), 403)
    expect(wrong).toContain('role="alert"')
    expect(wrong).toContain('aria-invalid="true"')
    expect(wrong).not.toContain(route.url)
    await expectScanPage(await postPassword(code, ''), 403)

    const right = await postPassword(code, 'open sesame')
    expect(right.status).toBe(303)
    expect(right.headers.get('location')).toMatch(
      new RegExp(`^${route.url.replaceAll('?', '\\?')}&qv=scan_[0-9A-Z]{26}$`),
    )
    expect(right.headers.get('cache-control')).toBe('no-store')
    // Only the visit that reached the destination is a scan.
    await recordedScans(route.codeId, 1)
  })

  it('limits tries per scanner, through the tenant hub', async () => {
    const t = await createTestTenant()
    const { code } = await putRoute(t, { passwordHash: await hashPassword('open sesame') })
    for (let i = 0; i < PASSWORD_ATTEMPTS.limit; i++) {
      expect((await postPassword(code, `guess ${i}`)).status).toBe(403)
    }
    const limited = await postPassword(code, 'open sesame')
    expect(await expectScanPage(limited, 429)).toContain('Too many tries')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another scanner is not held back by the first one's guesses.
    expect((await postPassword(code, 'open sesame', { 'cf-connecting-ip': '198.51.100.77' })).status).toBe(
      303,
    )
  })

  it('refuses an oversized form without reading it as a password', async () => {
    const t = await createTestTenant()
    const { code } = await putRoute(t, { passwordHash: await hashPassword('open sesame') })
    await expectScanPage(await postPassword(code, 'x'.repeat(5000)), 413)
  })
})
