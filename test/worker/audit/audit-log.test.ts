import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { hashPassword } from '../../../worker/modules/auth/auth.passwords.ts'
import { call, createTestTenant, type TestTenant, testSiteContent } from '../../helpers/tenant.ts'

const PASSWORD = 'a-long-and-correct-password'

async function verifiedOwner(options: { passwordHash?: string } = {}) {
  const t = await createTestTenant(options)
  await env.DB.prepare('update users set email_verified_at = ? where id = ?').bind(Date.now(), t.userId).run()
  return t
}

async function createKey(t: TestTenant, name = 'Integration', scopes = ['leads:read']) {
  const res = await t.post('/api/v1/api-keys', { name, scopes })
  expect(res.status).toBe(201)
  return res.body as { id: string; key: string; prefix: string }
}

const events = (t: TestTenant, query = '') => t.get(`/api/v1/audit-events${query ? `?${query}` : ''}`)

/** Splits our CSV (every cell quoted, CRLF lines) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else if (ch !== '\r') cell += ch
  }
  return rows
}

describe('recording', () => {
  it('records a sign-in with where it came from', async () => {
    const t = await verifiedOwner({ passwordHash: await hashPassword(PASSWORD) })
    const signIn = await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: JSON.stringify({ email: t.email, password: PASSWORD }),
      headers: { 'cf-connecting-ip': '203.0.113.7', 'user-agent': 'AuditTest/1.0' },
    })
    expect(signIn.status).toBe(201)
    const res = await events(t, 'action=auth.signed_in')
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([
      expect.objectContaining({
        action: 'auth.signed_in',
        actor: { type: 'user', id: t.userId, label: expect.stringContaining(t.email) },
        target: { type: 'session', id: signIn.body.sessionId },
        ip: '203.0.113.7',
        userAgent: 'AuditTest/1.0',
        metadata: { method: 'pwd' },
      }),
    ])
  })

  it('records key creation and revocation, naming the actor', async () => {
    const t = await verifiedOwner()
    const key = await createKey(t, 'Billing export', ['leads:read', 'sites:read'])
    expect((await call(`/api/v1/api-keys/${key.id}`, { method: 'DELETE', token: t.token })).status).toBe(204)
    const res = await events(t, 'action=api_key.')
    expect(res.body.data.map((e: { action: string }) => e.action)).toEqual([
      'api_key.revoked',
      'api_key.created',
    ])
    const created = res.body.data[1]
    expect(created).toMatchObject({
      target: { type: 'api_key', id: key.id },
      metadata: { scopes: ['leads:read', 'sites:read'], name: 'Billing export' },
      actor: { type: 'user', id: t.userId },
    })
    expect(created.actor.label).toMatch(/^User .+ \(user-.+@example\.test\)$/)
  })

  it('records a publish', async () => {
    const t = await createTestTenant()
    const res = await t.post(`/api/v1/sites/${t.siteId}/versions`, {
      content: testSiteContent('Spring menu'),
    })
    expect(res.status).toBe(201)
    const log = await events(t, `targetId=${t.siteId}`)
    expect(log.body.data).toEqual([
      expect.objectContaining({
        action: 'site.published',
        target: { type: 'site', id: t.siteId },
        metadata: { versionId: res.body.id, version: 2 },
      }),
    ])
  })

  it('names an API key actor by the key', async () => {
    const t = await verifiedOwner()
    const key = await createKey(t, 'Reporting', ['audit:read', 'sites:write'])
    const published = await call(`/api/v1/sites/${t.siteId}/versions`, {
      method: 'POST',
      token: key.key,
      body: JSON.stringify({ content: testSiteContent('By key') }),
    })
    expect(published.status).toBe(201)
    const res = await call('/api/v1/audit-events?action=site.published', { token: key.key })
    expect(res.status).toBe(200)
    expect(res.body.data[0].actor).toEqual({
      type: 'api_key',
      id: key.id,
      label: `API key Reporting (${key.prefix}…)`,
    })
  })
})

describe('filtering and paging', () => {
  it('filters by action, category, actor, target and time', async () => {
    const t = await verifiedOwner()
    const first = await createKey(t, 'first')
    const second = await createKey(t, 'second')
    await call(`/api/v1/api-keys/${first.id}`, { method: 'DELETE', token: t.token })
    const ids = (res: { body: { data: { target: { id: string } | null; action: string }[] } }) =>
      res.body.data.map((e) => `${e.action}:${e.target?.id}`)

    expect(ids(await events(t, 'action=api_key.created'))).toEqual([
      `api_key.created:${second.id}`,
      `api_key.created:${first.id}`,
    ])
    expect(ids(await events(t, `targetId=${first.id}`))).toEqual([
      `api_key.revoked:${first.id}`,
      `api_key.created:${first.id}`,
    ])
    expect((await events(t, `actorId=${t.userId}`)).body.data).toHaveLength(3)
    expect((await events(t, 'action=auth.')).body.data).toEqual([])
    // `_` is a LIKE wildcard; a category must match literally.
    expect((await events(t, 'action=api_ke.')).body.data).toEqual([])

    const future = new Date(Date.now() + 60_000).toISOString()
    expect((await events(t, `from=${encodeURIComponent(future)}`)).body.data).toEqual([])
    expect((await events(t, `to=${encodeURIComponent(future)}`)).body.data).toHaveLength(3)
    const past = new Date(Date.now() - 3600_000).toISOString()
    expect((await events(t, `to=${encodeURIComponent(past)}`)).body.data).toEqual([])
  })

  it('pages newest first without skipping or repeating', async () => {
    const t = await createTestTenant()
    const at = Date.parse('2026-10-01T12:00:00Z')
    // Pairs share a timestamp, so the cursor must break ties by id.
    for (let i = 0; i < 5; i++) {
      await env.DB.prepare(
        "insert into audit_events (id, tenant_id, actor_type, action, created_at) values (?, ?, 'system', ?, ?)",
      )
        .bind(newId('auditEvent', at + i), t.tenantId, `tenant.test_${i}`, at + Math.floor(i / 2) * 1000)
        .run()
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res: { status: number; body: any } = await events(
        t,
        `action=tenant.&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      expect(res.status).toBe(200)
      seen.push(...res.body.data.map((e: { action: string }) => e.action))
      cursor = res.body.nextCursor
    } while (cursor)
    expect(seen).toEqual([
      'tenant.test_4',
      'tenant.test_3',
      'tenant.test_2',
      'tenant.test_1',
      'tenant.test_0',
    ])
  })

  it('refuses filters and cursors it cannot read', async () => {
    const t = await createTestTenant()
    for (const query of [
      'action=auth',
      'action=DROP%20TABLE',
      'from=yesterday',
      'limit=1000',
      'cursor=nope',
    ]) {
      const res = await events(t, query)
      expect(res.status, query).toBe(400)
      expect(res.body.code).toBe('BAD_REQUEST')
    }
  })
})

describe('CSV export', () => {
  it('downloads the filtered log, quoted, with formulas defused, and records the export', async () => {
    const t = await verifiedOwner({ passwordHash: await hashPassword(PASSWORD) })
    await env.DB.prepare('update users set name = ? where id = ?')
      .bind('=HYPERLINK("http://evil")', t.userId)
      .run()
    await call('/api/v1/auth/sessions', {
      method: 'POST',
      body: JSON.stringify({ email: t.email, password: PASSWORD }),
      headers: { 'user-agent': '@SUM(1+1)', 'cf-connecting-ip': '198.51.100.4' },
    })
    const key = await createKey(t, '-2+3 "quoted"')
    const res = await call('/api/v1/audit-events/export.csv?action=api_key.', { token: t.token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="vitrine-audit-log-\d{4}-\d\d-\d\d\.csv"$/,
    )
    expect(res.headers.get('x-vitrine-truncated')).toBe('false')
    const text = res.body as string
    expect(text.startsWith('"id","created_at","action"')).toBe(true)
    const rows = parseCsv(text)
    expect(rows).toHaveLength(2)
    const [header, row] = rows as [string[], string[]]
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('action')).toBe('api_key.created')
    expect(cell('target_id')).toBe(key.id)
    expect(cell('actor')).toBe(`'=HYPERLINK("http://evil") (${t.email})`)
    expect(JSON.parse(cell('metadata')!)).toMatchObject({ name: '-2+3 "quoted"' })

    const all = parseCsv(
      (await call('/api/v1/audit-events/export.csv?action=auth.signed_in', { token: t.token }))
        .body as string,
    )
    const ua = all[0]!.indexOf('user_agent')
    expect(all[1]![ua]).toBe("'@SUM(1+1)")
    expect(all[1]![all[0]!.indexOf('ip')]).toBe('198.51.100.4')

    const exported = await events(t, 'action=audit.exported')
    expect(exported.body.data[1]).toMatchObject({
      actor: { id: t.userId },
      metadata: { filters: { action: 'api_key.' }, rows: 1, truncated: false },
    })
  })

  it('streams page after page without skipping or repeating', async () => {
    const t = await createTestTenant()
    const at = Date.parse('2026-09-01T00:00:00Z')
    const insert = env.DB.prepare(
      "insert into audit_events (id, tenant_id, actor_type, action, created_at) values (?, ?, 'system', 'tenant.bulk_test', ?)",
    )
    // More than two export pages of 500, with pairs sharing a millisecond.
    const ids = Array.from({ length: 1203 }, (_, i) => newId('auditEvent', at + i))
    await env.DB.batch(ids.map((id, i) => insert.bind(id, t.tenantId, at + Math.floor(i / 2))))
    const res = await call('/api/v1/audit-events/export.csv?action=tenant.bulk_test', { token: t.token })
    const rows = parseCsv(res.body as string).slice(1)
    const exported = rows.map((r) => r[0])
    expect(exported).toHaveLength(1203)
    expect(new Set(exported).size).toBe(1203)
    expect(exported).toEqual([...ids].reverse())
  })

  it('starts with a byte order mark, so spreadsheets read it as UTF-8', async () => {
    const t = await createTestTenant()
    const res = await SELF.fetch('http://localhost/api/v1/audit-events/export.csv', {
      headers: { authorization: `Bearer ${t.token}` },
    })
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, '"'.charCodeAt(0)])
  })

  it('uses the same permission as the list', async () => {
    const t = await createTestTenant({ role: 'manager' })
    expect((await call('/api/v1/audit-events/export.csv', { token: t.token })).status).toBe(403)
  })
})

describe('who may read it', () => {
  it('is for owners, admins and keys with audit:read', async () => {
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const t = await createTestTenant({ role })
      const res = await events(t)
      expect(res.status, role).toBe(403)
    }
    const admin = await createTestTenant({ role: 'admin' })
    expect((await events(admin)).status).toBe(200)
    const owner = await verifiedOwner()
    const leadsOnly = await createKey(owner, 'leads only', ['leads:read'])
    expect((await call('/api/v1/audit-events', { token: leadsOnly.key })).status).toBe(403)
  })

  it('never shows another tenant’s events or platform events', async () => {
    const a = await verifiedOwner()
    const b = await verifiedOwner()
    const aKey = await createKey(a, 'A secret integration')
    await createKey(b, 'B integration')
    // A platform-level event (no tenant) about B's own user must stay invisible to B as well.
    await env.DB.prepare(
      "insert into audit_events (id, tenant_id, actor_type, actor_id, action) values (?, null, 'user', ?, 'auth.sign_in_failed')",
    )
      .bind(newId('auditEvent'), b.userId)
      .run()

    const own = await events(b)
    expect(own.body.data.map((e: { action: string }) => e.action)).toEqual(['api_key.created'])
    for (const query of [`actorId=${a.userId}`, `targetId=${aKey.id}`, `actorId=${b.userId}&action=auth.`]) {
      expect((await events(b, query)).body.data, query).toEqual([])
    }
    const csv = (await call('/api/v1/audit-events/export.csv', { token: b.token })).body as string
    for (const secret of [a.userId, aKey.id, a.email, 'A secret integration']) {
      expect(JSON.stringify(own.body)).not.toContain(secret)
      expect(csv).not.toContain(secret)
    }
    // A cursor made from A's newest event still only pages through B's log.
    const aEvent = await env.DB.prepare('select id, created_at from audit_events where tenant_id = ?')
      .bind(a.tenantId)
      .first<{ id: string; created_at: number }>()
    const cursor = btoa(`${aEvent!.created_at + 1}|${aEvent!.id}`)
    const paged = await events(b, `cursor=${encodeURIComponent(cursor)}`)
    expect(JSON.stringify(paged.body)).not.toContain(a.userId)
  })
})
