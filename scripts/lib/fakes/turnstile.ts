// Cloudflare Turnstile's siteverify, as the Worker sees it: `POST /turnstile/v0/siteverify` with
// `secret`, `response`, `remoteip` and `idempotency_key` (form-urlencoded or JSON), answering 200
// with `{success, error-codes, challenge_ts, hostname, action, cdata}` whatever the verdict.
// Only the test secret OUTSIDE_FAKE_SECRETS.TURNSTILE_SECRET_KEY is valid. Tokens:
//   XXXX.DUMMY.TOKEN.XXXX        what Turnstile's test site keys produce: always passes
//   registered tokens            POST /__fake/turnstile/tokens {token, outcome: 'pass'|'fail', hostname?, action?, cdata?}
//   anything else                invalid-input-response
// A registered token is single-use, like a real one: a second siteverify answers
// timeout-or-duplicate unless it repeats the first call's idempotency_key (Cloudflare's retry rule).
// Controls:
//   GET  /__fake/turnstile/calls[?token=…]   siteverify calls so far, oldest first
//   POST /__fake/turnstile/fail-next {status, token?}   the next call (with that token) fails with
//                                             that HTTP status; status 0 drops the connection
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, sendJson } from '../json-server.ts'
import type { FakePart } from '../outside-fake.ts'
import { OUTSIDE_FAKE_SECRETS } from '../outside-fake-secrets.ts'
import { parseObject } from './shared.ts'

export const TURNSTILE_DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX'
const MAX_TOKEN_LENGTH = 2048

interface RegisteredToken {
  outcome: 'pass' | 'fail'
  hostname: string
  action: string
  cdata: string
}

export interface SiteverifyCall {
  secret: string | null
  response: string | null
  remoteip: string | null
  idempotencyKey: string | null
  at: string
}

interface Verdict {
  success: boolean
  'error-codes': string[]
  challenge_ts?: string
  hostname?: string
  action?: string
  cdata?: string
}

function parseFields(type: string, body: string): Record<string, string> | null {
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(body || '{}')
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
      const fields: Record<string, string> = {}
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') fields[k] = v
      return fields
    } catch {
      return null
    }
  }
  return Object.fromEntries(new URLSearchParams(body))
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

const fail = (...codes: string[]): Verdict => ({ success: false, 'error-codes': codes })

const pass = (token: RegisteredToken): Verdict => ({
  success: true,
  'error-codes': [],
  challenge_ts: new Date().toISOString(),
  hostname: token.hostname,
  action: token.action,
  cdata: token.cdata,
})

const DUMMY: RegisteredToken = { outcome: 'pass', hostname: 'example.com', action: '', cdata: '' }

export function turnstileFake(): FakePart {
  const tokens = new Map<string, RegisteredToken>()
  // Spent tokens, with the idempotency key and answer of their first verification.
  const spent = new Map<string, { idempotencyKey: string | null; verdict: Verdict }>()
  const calls: SiteverifyCall[] = []
  const failures: { status: number; token: string | null }[] = []

  function judge(call: SiteverifyCall): Verdict {
    if (!call.secret) return fail('missing-input-secret')
    if (call.secret !== OUTSIDE_FAKE_SECRETS.TURNSTILE_SECRET_KEY) return fail('invalid-input-secret')
    if (!call.response) return fail('missing-input-response')
    if (call.response.length > MAX_TOKEN_LENGTH) return fail('invalid-input-response')
    if (call.response === TURNSTILE_DUMMY_TOKEN) return pass(DUMMY)
    const first = spent.get(call.response)
    if (first) {
      const retry = call.idempotencyKey !== null && call.idempotencyKey === first.idempotencyKey
      return retry ? first.verdict : fail('timeout-or-duplicate')
    }
    const token = tokens.get(call.response)
    if (!token) return fail('invalid-input-response')
    const verdict = token.outcome === 'pass' ? pass(token) : fail('invalid-input-response')
    spent.set(call.response, { idempotencyKey: call.idempotencyKey, verdict })
    return verdict
  }

  async function siteverify(req: IncomingMessage, res: ServerResponse) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    const fields = parseFields(type, await readBody(req))
    const call: SiteverifyCall = {
      secret: fields?.secret || null,
      response: fields?.response || null,
      remoteip: fields?.remoteip || null,
      idempotencyKey: fields?.idempotency_key || null,
      at: new Date().toISOString(),
    }
    calls.push(call)
    const failure = failures.findIndex((f) => f.token === null || f.token === call.response)
    if (failure >= 0) {
      const status = failures.splice(failure, 1)[0]?.status ?? 0
      if (status === 0) return void res.destroy()
      return sendJson(res, status, { success: false, 'error-codes': ['internal-error'] })
    }
    if (!fields) return sendJson(res, 200, fail('bad-request'))
    sendJson(res, 200, judge(call))
  }

  return {
    name: 'turnstile',
    async api(req, res, rest) {
      if (req.method === 'POST' && rest === '/v0/siteverify') return siteverify(req, res)
      sendJson(res, 404, { success: false, 'error-codes': ['bad-request'] })
    },
    async control(req, res, action, url) {
      if (req.method === 'GET' && action === 'calls') {
        const token = url.searchParams.get('token')
        return sendJson(
          res,
          200,
          calls.filter((c) => token === null || c.response === token),
        )
      }
      const body = parseObject(await readBody(req)) ?? {}
      if (req.method === 'POST' && action === 'tokens') {
        const { token, outcome } = body
        if (typeof token !== 'string' || !token || (outcome !== 'pass' && outcome !== 'fail'))
          return sendJson(res, 400, { error: "send {token, outcome: 'pass' | 'fail'}" })
        tokens.set(token, {
          outcome,
          hostname: text(body.hostname) ?? 'localhost',
          action: text(body.action) ?? '',
          cdata: text(body.cdata) ?? '',
        })
        return sendJson(res, 201, { token: body.token, outcome: body.outcome })
      }
      if (req.method === 'POST' && action === 'fail-next') {
        failures.push({ status: Number(body.status ?? 0), token: text(body.token) ?? null })
        return sendJson(res, 201, { queued: failures.length })
      }
      sendJson(res, 404, { error: `no control ${req.method} ${action}` })
    },
  }
}
