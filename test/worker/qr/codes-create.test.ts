// QR codes, creating dynamic codes: short link, brand design, KV route and audit; client design
// kept; closed branches and missing targets refused; visitor password, scan limit, expiry and
// pause; the plan's dynamic-code limit.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { SHORT_CODE_PATTERN } from '../../../worker/modules/qr/short-code.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { microsite, ORIGIN, route } from './codes-helpers.ts'

describe('creating codes', () => {
  it('makes a dynamic code: short link, brand design, KV route, audit', async () => {
    const t = await createTestTenant()
    await env.DB.prepare("update brands set primary_color = '#0f766e' where id = ?").bind(t.brandId).run()
    const res = await t.post('/api/v1/qr-codes', { ...microsite(t), placement: 'window poster' })
    expect(res.status).toBe(201)
    const code = res.body
    expect(code.code).toMatch(SHORT_CODE_PATTERN)
    expect(code.id).toMatch(/^qrc_/)
    expect(code.shortUrl).toBe(`${ORIGIN}/q/${code.code}`)
    expect(code.content).toBe(code.shortUrl)
    expect(code).toMatchObject({
      branchId: t.branchId,
      brandId: t.brandId,
      branchName: 'Main Street',
      state: 'live',
    })
    expect(code.design.foreground).toBe('#0f766e')
    expect(code.design.frame).toMatchObject({ style: 'banner', text: 'Scan me', color: '#0f766e' })
    const expected = `${ORIGIN}${t.pagePath}?utm_source=qr&utm_medium=print&qr=${code.code}`
    expect(code.targetUrl).toBe(expected)
    const kv = await route(code.code)
    expect(kv).toMatchObject({
      v: 1,
      tenantId: t.tenantId,
      codeId: code.id,
      branchId: t.branchId,
      placement: 'window poster',
      status: 'active',
      url: expected,
      timezone: 'UTC',
      passwordHash: null,
      brand: { name: expect.stringMatching(/^Brand /), color: '#0f766e', logoUrl: null },
    })
    const audit = await env.DB.prepare(
      "select action, target_id from audit_events where tenant_id = ? and action like 'qr_code.%'",
    )
      .bind(t.tenantId)
      .all()
    expect(audit.results).toEqual([{ action: 'qr_code.created', target_id: code.id }])
  })

  it('keeps design fields the client gave over the brand defaults', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', {
      ...microsite(t),
      design: { foreground: '#000000', moduleStyle: 'dots' },
    })
    expect(res.status).toBe(201)
    expect(res.body.design).toMatchObject({ foreground: '#000000', moduleStyle: 'dots', eyeStyle: 'rounded' })
    expect(res.body.design.frame.text).toBe('Scan me')
  })

  it('refuses a closed branch', async () => {
    const t = await createTestTenant()
    await env.DB.prepare('update branches set archived_at = ? where id = ?')
      .bind(Date.now(), t.branchId)
      .run()
    const res = await t.post('/api/v1/qr-codes', microsite(t))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('target.branchId')
  })

  it('refuses a dynamic code without a target', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', { label: 'Nowhere' })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: 'target', message: 'A dynamic code needs a target' }])
  })

  it('hashes the visitor password, and keeps scan limit, expiry and pause in the route', async () => {
    const t = await createTestTenant()
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString()
    const res = await t.post('/api/v1/qr-codes', {
      ...microsite(t),
      password: 'open sesame',
      scanLimit: 100,
      expiresAt,
      status: 'paused',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ passwordProtected: true, scanLimit: 100, expiresAt, state: 'paused' })
    expect(JSON.stringify(res.body)).not.toContain('open sesame')
    const kv = (await route(res.body.code))!
    expect(kv).toMatchObject({ status: 'paused', scanLimit: 100, expiresAt: Date.parse(expiresAt) })
    expect(await verifyPassword('open sesame', kv.passwordHash!)).toBe(true)
    const past = await t.post('/api/v1/qr-codes', { ...microsite(t), expiresAt: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(past.body.errors[0].path).toBe('expiresAt')
  })

  it('counts dynamic codes against the plan limit (static ones are free)', async () => {
    const t = await createTestTenant()
    const planId = `plan_qr_${crypto.randomUUID().slice(0, 8)}`
    const limits = {
      branches: 3,
      dynamicQrCodes: 1,
      customDomains: 1,
      seats: 3,
      qrRendersPerMinute: 10,
      crmStorageMb: 500,
    }
    await env.DB.prepare('insert into plans (id, name, limits) values (?, ?, ?)')
      .bind(planId, 'Tiny', JSON.stringify(limits))
      .run()
    await env.DB.prepare('update tenants set plan_id = ? where id = ?').bind(planId, t.tenantId).run()
    expect((await t.post('/api/v1/qr-codes', microsite(t))).status).toBe(201)
    const over = await t.post('/api/v1/qr-codes', microsite(t))
    expect(over.status).toBe(402)
    expect(over.body.code).toBe('LIMIT_EXCEEDED')
    const text = await t.post('/api/v1/qr-codes', {
      kind: 'text',
      label: 'Note',
      payload: { type: 'text', text: 'hi' },
    })
    expect(text.status).toBe(201)
  })
})
