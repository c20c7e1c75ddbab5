/**
 * Tenant isolation, route by route, from the OpenAPI document: every operation it lists,
 * including ones added after this file, is called as tenant B (a signed-in owner, then an API
 * key with every scope) with tenant A's real ids in its path, id-like query parameters and
 * body fields. Each answer must be a refusal, or a success that carries nothing of A's; and
 * when all is done A's rows must be exactly as they were. Tokens forged for A's real session
 * (no signature, a wrong key, or B's session claiming A's tenant) must get nowhere either.
 */
import { env } from 'cloudflare:test'
import { SignJWT, UnsecuredJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { API_KEY_PREFIX } from '../../../worker/modules/api-keys/api-keys.auth.ts'
import { hashSecret, newSecret, signAccessToken } from '../../../worker/modules/auth/auth.tokens.ts'
import { API_SCOPES } from '../../../worker/modules/auth/permissions.ts'
import { call, createTestTenant, TEST_SECRET } from '../../helpers/tenant.ts'
import { type OpenApiDoc, operations, type Probe, probesFor } from './openapi-probe.ts'
import { rowsPointingAtA, seedTenantA, snapshotTenantA, type TenantA } from './tenant-a.ts'

const REFUSALS = new Set([400, 401, 403, 404, 405, 409, 410, 422, 426])

/**
 * Operations not probed, each with where its safety is shown instead. Keep this short: a route
 * belongs here only when calling it as B cannot say anything about A.
 */
const EXCLUDED: Record<string, string> = {
  // Multipart only (the probe sends JSON, answered 415), and it takes no ids: B can only store
  // into B. Its isolation is tested in test/worker/media/media.test.ts.
  'POST /api/v1/media': 'test/worker/media/media.test.ts',
  // A raw text/csv body (JSON is 415) that names no ids: B can only import into B.
  'POST /api/v1/crm/imports': 'test/worker/crm/imports/import-upload.test.ts',
  // Multipart; attaching to another tenant's record is a 404 there.
  'POST /api/v1/attachments': 'test/worker/crm/files/attachment-links.test.ts',
}

interface Outcome {
  probe: Probe
  as: string
  status: number
  problem?: string
}

async function tenantB() {
  const b = await createTestTenant()
  // Verified, so routes that need a confirmed address (API keys, invitations) run their real checks.
  await env.DB.prepare('update users set email_verified_at = ? where id = ?').bind(Date.now(), b.userId).run()
  const key = newSecret(API_KEY_PREFIX)
  await env.DB.prepare(
    'insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by) values (?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(
      newId('apiKey'),
      b.tenantId,
      'B everything',
      key.slice(0, 12),
      await hashSecret(key),
      JSON.stringify(API_SCOPES),
      b.userId,
    )
    .run()
  return { ...b, key }
}

async function send(probe: Probe, token?: string) {
  const res = await call(probe.url, {
    method: probe.method,
    token,
    body: probe.body,
    // A redirect is judged itself (its Location must not lead into A's data), not followed.
    redirect: 'manual',
    headers: probe.body ? { 'content-type': 'application/json' } : {},
  })
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
  return { status: res.status, text: `${text} ${res.headers.get('location') ?? ''}` }
}

/** A refusal, or a success that shows none of A's ids, names, e-mail addresses or secrets. */
function judge(a: TenantA, probe: Probe, as: string, res: { status: number; text: string }): Outcome {
  const outcome: Outcome = { probe, as, status: res.status }
  if (REFUSALS.has(res.status)) return outcome
  if (res.status >= 200 && res.status < 400) {
    const leaked = a.secrets.filter((s) => res.text.includes(s))
    if (leaked.length > 0) outcome.problem = `answered ${res.status} with A's ${leaked.join(', ')}`
    return outcome
  }
  outcome.problem = `answered ${res.status}: ${res.text.slice(0, 300)}`
  return outcome
}

const describeOutcome = (o: Outcome) => `${o.probe.method} ${o.probe.url} as ${o.as}: ${o.problem}`

describe('tenant isolation across every route of the OpenAPI document', () => {
  let a: TenantA
  let doc: OpenApiDoc
  let before: Record<string, string[]>
  const outcomes: Outcome[] = []

  beforeAll(async () => {
    a = await seedTenantA()
    const res = await call('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = res.body
    before = await snapshotTenantA(a)
  }, 120_000)

  it('refuses tenant B, by session and by API key, on every operation', async () => {
    const ops = operations(doc).filter(({ method, path }) => !EXCLUDED[`${method.toUpperCase()} ${path}`])
    for (const { method, path, op } of ops) {
      for (const probe of probesFor(method, path, op, doc, a.idsByKind)) {
        // A fresh B per request: a route that signs B out or deletes B's organisation must not
        // turn every later probe into a meaningless 401.
        const b = await tenantB()
        outcomes.push(judge(a, probe, 'B owner', await send(probe, b.token)))
        outcomes.push(judge(a, probe, 'B API key', await send(probe, b.key)))
      }
    }
    expect(outcomes.filter((o) => o.problem).map(describeOutcome)).toEqual([])
    // The suite is only as good as its reach: the tenant-scoped routes this file knows of must
    // have been probed with A's ids and refused as missing, not as unauthenticated.
    const statusOf = (method: string, url: string, as: string) =>
      outcomes.find((o) => o.probe.method === method && o.probe.url === url && o.as === as)?.status
    expect(statusOf('POST', `/api/v1/sites/${a.siteId}/versions`, 'B owner')).toBe(404)
    expect(statusOf('POST', `/api/v1/sites/${a.siteId}/versions`, 'B API key')).toBe(404)
    expect(statusOf('DELETE', `/api/v1/api-keys/${a.apiKey.id}`, 'B owner')).toBe(404)
    expect(outcomes.length).toBeGreaterThanOrEqual(2 * ops.length)
  }, 600_000)

  it('refuses tokens forged for A’s real session on every route that needs one', async () => {
    const claims = { tid: a.tenantId, sid: a.sessionId }
    const unsigned = new UnsecuredJWT(claims)
      .setSubject(a.userId)
      .setAudience('vitrine')
      .setExpirationTime('1h')
      .encode()
    const wrongKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(a.userId)
      .setAudience('vitrine')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-session-secret-not-the-session-secret'))
    const expired = (await signAccessToken(TEST_SECRET, { sub: a.userId, ...claims }, Date.now() - 3600_000))
      .token
    // Correctly signed, but B's own session claiming A's organisation: the membership check must hold.
    const b = await createTestTenant()
    const bSession = await env.DB.prepare('select id from sessions where user_id = ?')
      .bind(b.userId)
      .first<{ id: string }>()
    const crossTenant = (
      await signAccessToken(TEST_SECRET, { sub: b.userId, tid: a.tenantId, sid: bSession!.id })
    ).token
    // A's key's visible prefix with a made-up rest: the prefix alone must open nothing.
    const guessedKey = a.apiKey.prefix + a.apiKey.key.slice(12).split('').reverse().join('')
    const forged = {
      'alg none': unsigned,
      'wrong key': wrongKey,
      expired,
      'B session naming A': crossTenant,
      'guessed API key': guessedKey,
    }

    const problems: string[] = []
    let guarded = 0
    for (const { method, path, op } of operations(doc)) {
      const [probe] = probesFor(method, path, op, doc, a.idsByKind)
      if (!probe || EXCLUDED[`${method.toUpperCase()} ${path}`]) continue
      // Public routes answer the same with or without credentials; only guarded ones are tried.
      if ((await send(probe)).status !== 401) continue
      guarded++
      for (const [name, token] of Object.entries(forged)) {
        const res = await send(probe, token)
        if (res.status !== 401) problems.push(`${probe.method} ${probe.url} with ${name}: ${res.status}`)
      }
    }
    expect(problems).toEqual([])
    expect(guarded).toBeGreaterThan(5)
  }, 600_000)

  it('keeps an API key of B out of A’s leads', async () => {
    const b = await tenantB()
    const res = await call('/api/v1/leads', { token: b.key })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toContain(a.leadId)
    const filtered = await call(
      `/api/v1/leads?cursor=${encodeURIComponent(btoa(`${new Date(Date.now() + 60_000).toISOString()}|${a.leadId}`))}`,
      {
        token: b.key,
      },
    )
    expect(JSON.stringify(filtered.body)).not.toContain(a.leadId)
  })

  it('leaves every row of A as it was, and nothing of B pointing at A', async () => {
    expect(outcomes.length, 'runs after the probes').toBeGreaterThan(0)
    const after = await snapshotTenantA(a)
    expect(after).toEqual(before)
    expect(await rowsPointingAtA(a)).toEqual([])
    // And A still works: its key, its session, its published page.
    expect((await call('/api/v1/leads', { token: a.apiKey.key })).status).toBe(200)
    expect((await call('/api/v1/auth/session', { token: a.token })).status).toBe(200)
    expect((await call(a.pagePath)).status).toBe(200)
  })
})
