// QR codes: create each kind, retarget without reprinting, archive, list, and who may do what.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { type QrRoute, qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import {
  isShortCodeCollision,
  newShortCode,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_PATTERN,
} from '../../../worker/modules/qr/short-code.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember, del, patch } from '../brands/brand-helpers.ts'

const ORIGIN = 'http://localhost:8787'
const route = (code: string) => env.SITE_CACHE.get<QrRoute>(qrRouteKey(code), 'json')
const microsite = (t: TestTenant) => ({
  kind: 'dynamic',
  label: 'Front door',
  target: { type: 'microsite', branchId: t.branchId },
})

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

  it.each([
    [
      { type: 'wifi', ssid: 'Café;Guest', password: 'p@ss:"1\\', encryption: 'WPA' },
      'WIFI:T:WPA;S:Café\\;Guest;P:p@ss\\:\\"1\\\\;;',
    ],
    [{ type: 'wifi', ssid: 'Open', encryption: 'nopass', hidden: true }, 'WIFI:T:nopass;S:Open;H:true;;'],
    [{ type: 'text', text: 'Hello, table 4' }, 'Hello, table 4'],
    [
      { type: 'sms', phone: '+91 98765-43210', message: 'Table 4: ready' },
      'SMSTO:+919876543210:Table 4: ready',
    ],
    [
      { type: 'email', to: 'hello@example.com', subject: 'Booking & more', body: 'Hi there\nTable for 2' },
      'mailto:hello@example.com?subject=Booking%20%26%20more&body=Hi%20there%0D%0ATable%20for%202',
    ],
    [{ type: 'phone', phone: '+1 (555) 010-2000' }, 'tel:+15550102000'],
  ])('makes a static %j code with escaped content', async (payload, content) => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', { kind: payload.type, label: 'Static', payload })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      kind: payload.type,
      content,
      shortUrl: null,
      state: 'static',
      targetUrl: null,
    })
    expect(await route(res.body.code)).toBeNull()
  })

  it('encodes a static vCard 3.0 with escaping', async () => {
    const t = await createTestTenant()
    const payload = {
      type: 'vcard',
      name: 'Asha Rao',
      organisation: 'Café; Bar, Ltd',
      phone: '+91 98765 43210',
      email: 'asha@example.com',
      url: 'https://example.com',
      address: '1 Main St\nPune',
    }
    const res = await t.post('/api/v1/qr-codes', { kind: 'vcard', label: 'Card', payload })
    expect(res.status).toBe(201)
    expect(res.body.content.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Rao;Asha;;;',
      'FN:Asha Rao',
      'ORG:Café\\; Bar\\, Ltd',
      'TEL;TYPE=CELL:+91 98765 43210',
      'EMAIL;TYPE=INTERNET:asha@example.com',
      'ADR:;;1 Main St\\nPune;;;;',
      'URL:https://example.com',
      'END:VCARD',
    ])
  })

  it('refuses fields a static code cannot honour, and a payload of another kind', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/qr-codes', {
      kind: 'wifi',
      label: 'Wi-Fi',
      payload: { type: 'text', text: 'x' },
      password: 'secret1',
      target: { type: 'url', url: 'https://example.com' },
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'password',
      'payload.type',
      'target',
    ])
  })

  it('refuses content too long for a code at its error correction', async () => {
    const t = await createTestTenant()
    const payload = { type: 'vcard', name: 'Asha Rao', url: `https://example.com/${'a'.repeat(1500)}` }
    const atH = await t.post('/api/v1/qr-codes', {
      kind: 'vcard',
      label: 'Long',
      payload,
      design: { errorCorrection: 'H' },
    })
    expect(atH.status).toBe(400)
    expect(atH.body.errors[0]).toMatchObject({
      path: 'payload',
      message: expect.stringMatching(/at most 1273/),
    })
    const atL = await t.post('/api/v1/qr-codes', {
      kind: 'vcard',
      label: 'Long',
      payload,
      design: { errorCorrection: 'L' },
    })
    expect(atL.status).toBe(201)
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

describe('changing and archiving', () => {
  it('retargets a code without changing its short code', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    const res = await patch(t, `/api/v1/qr-codes/${made.id}`, {
      target: { type: 'url', url: 'https://example.com/menu?x=1' },
      label: 'Menu',
      utm: { source: 'qr', medium: 'table', campaign: 'spring' },
    })
    expect(res.status).toBe(200)
    expect(res.body.code).toBe(made.code)
    expect(res.body.content).toBe(made.content)
    const url = 'https://example.com/menu?x=1&utm_source=qr&utm_medium=table&utm_campaign=spring'
    expect(res.body).toMatchObject({ label: 'Menu', targetUrl: url })
    expect((await route(made.code))?.url).toBe(url)
    expect((await t.get(`/api/v1/qr-codes/${made.id}`)).body.targetUrl).toBe(url)
  })

  it('clears the password and the expiry with null', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', { ...microsite(t), password: 'secret12' })).body
    const res = await patch(t, `/api/v1/qr-codes/${made.id}`, { password: null, status: 'paused' })
    expect(res.body).toMatchObject({ passwordProtected: false, state: 'paused' })
    expect(await route(made.code)).toMatchObject({ passwordHash: null, status: 'paused' })
  })

  it('archives: the code leaves lists, its link answers as archived, its number is freed', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    expect((await del(t, `/api/v1/qr-codes/${made.id}`)).status).toBe(204)
    expect((await t.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await del(t, `/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await t.get('/api/v1/qr-codes')).body.data).toEqual([])
    expect(await route(made.code)).toMatchObject({ status: 'archived', codeId: made.id })
  })
})

describe('listing', () => {
  it('pages newest first and filters', async () => {
    const t = await createTestTenant()
    const labels = ['Table 1', 'Table 2', 'Window', 'Counter']
    for (const label of labels) await t.post('/api/v1/qr-codes', { ...microsite(t), label })
    await t.post('/api/v1/qr-codes', {
      kind: 'text',
      label: 'Wi-Fi note',
      payload: { type: 'text', text: 'x' },
    })
    const first = await t.get('/api/v1/qr-codes?limit=3')
    expect(first.body.data.map((c: { label: string }) => c.label)).toEqual([
      'Wi-Fi note',
      'Counter',
      'Window',
    ])
    const second = await t.get(`/api/v1/qr-codes?limit=3&cursor=${first.body.nextCursor}`)
    expect(second.body.data.map((c: { label: string }) => c.label)).toEqual(['Table 2', 'Table 1'])
    expect(second.body.nextCursor).toBeNull()
    const tables = await t.get('/api/v1/qr-codes?q=table&kind=dynamic')
    expect(tables.body.data).toHaveLength(2)
    expect((await t.get(`/api/v1/qr-codes?branchId=${t.branchId}`)).body.data).toHaveLength(4)
    expect((await t.get('/api/v1/qr-codes?q=%25')).body.data).toHaveLength(0)
    expect((await t.get('/api/v1/qr-codes?cursor=nope')).status).toBe(400)
  })
})

describe('who may do what', () => {
  it('needs a session, and qr.manage to write', async () => {
    const t = await createTestTenant()
    expect((await call('/api/v1/qr-codes')).status).toBe(401)
    const viewer = await addMember(t, 'viewer')
    expect((await viewer.post('/api/v1/qr-codes', microsite(t))).status).toBe(403)
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    expect((await viewer.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(200)
    expect((await viewer.get('/api/v1/qr-codes')).body.data).toHaveLength(1)
    expect((await del(viewer, `/api/v1/qr-codes/${made.id}`)).status).toBe(403)
  })

  it("answers 404 for another tenant's code", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const made = (await a.post('/api/v1/qr-codes', microsite(a))).body
    expect((await b.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await patch(b, `/api/v1/qr-codes/${made.id}`, { label: 'Mine' })).status).toBe(404)
    expect((await del(b, `/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await b.get('/api/v1/qr-codes')).body.data).toEqual([])
    // Nor may B aim a code at A's branch.
    const aimed = await b.post('/api/v1/qr-codes', microsite(a))
    expect(aimed.status).toBe(400)
    expect(aimed.body.errors.map((e: { path: string }) => e.path)).toContain('target.branchId')
    expect((await a.get(`/api/v1/qr-codes/${made.id}`)).body.label).toBe('Front door')
  })

  it('limits a branch manager to their branches', async () => {
    const t = await createTestTenant()
    const otherBranch = `bra_${'0'.repeat(10)}${crypto.randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase()}`
    await env.DB.prepare(
      "insert into branches (id, tenant_id, brand_id, slug, name) values (?, ?, ?, 'harbour', 'Harbour')",
    )
      .bind(otherBranch, t.tenantId, t.brandId)
      .run()
    await env.DB.prepare('insert into sites (id, tenant_id, branch_id) values (?, ?, ?)')
      .bind(`site_${otherBranch.slice(4)}`, t.tenantId, otherBranch)
      .run()
    const manager = await addMember(t, 'manager', [t.branchId])
    const outside = (
      await t.post('/api/v1/qr-codes', {
        ...microsite(t),
        target: { type: 'microsite', branchId: otherBranch },
      })
    ).body
    const orgLevel = (
      await t.post('/api/v1/qr-codes', { label: 'HQ', target: { type: 'url', url: 'https://example.com' } })
    ).body
    expect(orgLevel.branchId).toBeNull()
    const own = await manager.post('/api/v1/qr-codes', microsite(t))
    expect(own.status).toBe(201)
    expect((await manager.get(`/api/v1/qr-codes/${outside.id}`)).status).toBe(404)
    expect((await manager.get(`/api/v1/qr-codes/${orgLevel.id}`)).status).toBe(404)
    expect((await patch(manager, `/api/v1/qr-codes/${outside.id}`, { label: 'x' })).status).toBe(404)
    expect((await del(manager, `/api/v1/qr-codes/${outside.id}`)).status).toBe(404)
    expect((await manager.get('/api/v1/qr-codes')).body.data.map((c: { id: string }) => c.id)).toEqual([
      own.body.id,
    ])
    const aimed = await manager.post('/api/v1/qr-codes', {
      ...microsite(t),
      target: { type: 'microsite', branchId: otherBranch },
    })
    expect(aimed.status).toBe(400)
    const noBranch = await manager.post('/api/v1/qr-codes', {
      label: 'x',
      target: { type: 'url', url: 'https://example.com' },
    })
    expect(noBranch.status).toBe(403)
    const moved = await patch(manager, `/api/v1/qr-codes/${own.body.id}`, { branchId: otherBranch })
    expect(moved.status).toBe(400)
  })
})

describe('short codes', () => {
  it('draws 8 characters from the whole unambiguous alphabet', () => {
    const seen = new Set<string>()
    const codes = Array.from({ length: 2000 }, newShortCode)
    for (const code of codes) {
      expect(code).toMatch(SHORT_CODE_PATTERN)
      for (const char of code) seen.add(char)
    }
    expect(new Set(codes).size).toBe(codes.length)
    expect([...seen].sort().join('')).toBe([...SHORT_CODE_ALPHABET].sort().join(''))
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[0O1lI]/)
  })

  it("recognises D1's unique-index failure on the code, and nothing else", async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    const insert = (id: string, code: string) =>
      env.DB.prepare(
        "insert into qr_codes (id, tenant_id, code, kind, label, design) values (?, ?, ?, 'text', 'x', '{}')",
      )
        .bind(id, t.tenantId, code)
        .run()
    const error = await insert(`qrc_${crypto.randomUUID()}`, made.code).catch((e: unknown) => e)
    expect(isShortCodeCollision(error)).toBe(true)
    expect(isShortCodeCollision(new Error('wrapped', { cause: error }))).toBe(true)
    const other = await insert(made.id, newShortCode()).catch((e: unknown) => e)
    expect(isShortCodeCollision(other)).toBe(false)
  })
})
