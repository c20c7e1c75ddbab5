import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { OUTSIDE_FAKE_SECRETS } from '../../../scripts/lib/outside-fake-secrets.ts'
import { createCtx } from '../../../worker/context.ts'
import type { configOf } from '../../../worker/env.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { turnstileIdempotencyKey, verifyTurnstile } from '../../../worker/modules/leads/spam/turnstile.ts'
import { createTestTenant, submitForm } from '../../helpers/tenant.ts'
import {
  createForm,
  failNextSiteverify,
  settledLeadCount,
  siteverifyCalls,
  turnstileToken,
  waitForAllLeads,
} from './spam-helpers.ts'

const TOKEN_FIELD = 'cf-turnstile-response'

/** A service context whose config differs from the Worker's in `change`. */
function ctxWith(change: Partial<ReturnType<typeof configOf>> = {}) {
  const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_turnstile_test')
  return { ...ctx, config: { ...ctx.config, ...change } }
}

describe('Turnstile on the form', () => {
  it('accepts a lead whose token siteverify confirms, sending the secret, visitor IP and an idempotency key', async () => {
    const t = await createTestTenant()
    const token = await turnstileToken('pass')
    const res = await submitForm(
      t.pagePath,
      { name: 'Asha Rao', email: 'asha@example.com', [TOKEN_FIELD]: token },
      { 'cf-connecting-ip': '203.0.113.40' },
    )
    expect(res.status).toBe(202)
    const [lead] = await waitForAllLeads(t, 1)
    expect(lead).toMatchObject({ id: res.body.leadId, spam: { marked: false, score: 0, reasons: [] } })
    const [call, ...more] = await siteverifyCalls(token)
    expect(more).toEqual([])
    expect(call).toMatchObject({
      secret: OUTSIDE_FAKE_SECRETS.TURNSTILE_SECRET_KEY,
      remoteip: '203.0.113.40',
      idempotencyKey: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
    })
  })

  it('refuses a token siteverify rejects with 400, and queues nothing', async () => {
    const t = await createTestTenant()
    const failing = await turnstileToken('fail')
    const res = await submitForm(t.pagePath, {
      name: 'Bot',
      email: 'bot@example.com',
      [TOKEN_FIELD]: failing,
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', detail: 'The spam check failed; please try again' })
    const forged = await submitForm(t.pagePath, {
      name: 'Bot',
      email: 'bot@example.com',
      [TOKEN_FIELD]: 'forged-token',
    })
    expect(forged.status).toBe(400)
    const page = await submitForm(
      t.pagePath,
      { name: 'Bot', email: 'bot2@example.com', [TOKEN_FIELD]: 'forged-token' },
      { accept: 'text/html' },
    )
    expect(page.status).toBe(400)
    expect(page.body).toContain('The spam check failed; please try again')
    expect(await settledLeadCount(t)).toBe(0)
  })

  it('refuses a token spent on another submission, but gives a resent form its lead id', async () => {
    const t = await createTestTenant()
    const token = await turnstileToken('pass')
    const fields = { name: 'Chen', email: 'chen@example.com', message: 'Hi', [TOKEN_FIELD]: token }
    const first = await submitForm(t.pagePath, fields)
    expect(first.status).toBe(202)
    const resent = await submitForm(t.pagePath, fields)
    expect(resent.status).toBe(202)
    expect(resent.body.leadId).toBe(first.body.leadId)
    const reused = await submitForm(t.pagePath, {
      ...fields,
      name: 'Someone else',
      email: 'else@example.com',
    })
    expect(reused.status).toBe(400)
    expect(reused.body.detail).toBe('The spam check failed; please try again')
    // The resend was answered from the first acceptance, without asking siteverify again.
    expect(await siteverifyCalls(token)).toHaveLength(2)
    await waitForAllLeads(t, 1)
  })

  it('keeps the lead, marked, when siteverify is down or drops the connection', async () => {
    const t = await createTestTenant()
    const down = await turnstileToken('pass')
    await failNextSiteverify(down, 503)
    const first = await submitForm(t.pagePath, {
      name: 'Dara',
      email: 'dara@example.com',
      [TOKEN_FIELD]: down,
    })
    expect(first.status).toBe(202)
    const dropped = await turnstileToken('pass')
    await failNextSiteverify(dropped, 0)
    const second = await submitForm(t.pagePath, {
      name: 'Eve',
      email: 'eve@example.com',
      [TOKEN_FIELD]: dropped,
    })
    expect(second.status).toBe(202)
    const leads = await waitForAllLeads(t, 2)
    for (const lead of leads) {
      // Not the visitor's fault: noted, below the threshold, and the lead is worked as usual.
      expect(lead.spam).toEqual({ marked: false, score: 30, reasons: ['captcha_failed'] })
    }
  })

  it('marks a form that asks for Turnstile but got no token, and takes it', async () => {
    const t = await createTestTenant()
    const formId = await createForm(t, { turnstile: true })
    const res = await submitForm(t.pagePath, { formId, name: 'Fay', email: 'fay@example.com' })
    expect(res.status).toBe(202)
    const [lead] = await waitForAllLeads(t, 1)
    expect(lead).toMatchObject({ formId, spam: { marked: false, score: 30, reasons: ['captcha_missing'] } })
  })

  it('asks nothing of a form that does not use Turnstile', async () => {
    const t = await createTestTenant()
    const formId = await createForm(t, { turnstile: false })
    const res = await submitForm(t.pagePath, { formId, name: 'Gus', email: 'gus@example.com' })
    expect(res.status).toBe(202)
    const [lead] = await waitForAllLeads(t, 1)
    expect(lead.spam).toEqual({ marked: false, score: 0, reasons: [] })
  })
})

describe('verifyTurnstile', () => {
  it('lets the same token verify again under the same idempotency key only', async () => {
    const ctx = ctxWith()
    const token = await turnstileToken('pass')
    const key = await turnstileIdempotencyKey('h:some-lead')
    expect(await verifyTurnstile(ctx, token, null, key)).toEqual({ ok: true })
    expect(await verifyTurnstile(ctx, token, null, key)).toEqual({ ok: true })
    expect(await verifyTurnstile(ctx, token, null, await turnstileIdempotencyKey('h:other'))).toEqual({
      ok: false,
      reason: 'rejected',
      codes: ['timeout-or-duplicate'],
    })
    expect(await verifyTurnstile(ctx, 'XXXX.DUMMY.TOKEN.XXXX', '198.51.100.9')).toEqual({ ok: true })
  })

  it('calls an unreachable siteverify or a refused secret unverified, never rejected', async () => {
    const token = await turnstileToken('pass')
    const unreachable = ctxWith({ TURNSTILE_VERIFY_URL: 'http://127.0.0.1:9/turnstile/v0/siteverify' })
    expect(await verifyTurnstile(unreachable, token, null)).toEqual({ ok: false, reason: 'unverified' })
    const wrongSecret = ctxWith({ TURNSTILE_SECRET_KEY: '2x0000000000000000000000000000000AA' })
    expect(await verifyTurnstile(wrongSecret, token, null)).toEqual({ ok: false, reason: 'unverified' })
    // The token was never spent by those calls: the right secret still confirms it.
    expect(await verifyTurnstile(ctxWith(), token, null)).toEqual({ ok: true })
  })

  it('skips the check when no secret is configured', async () => {
    const ctx = ctxWith({ TURNSTILE_SECRET_KEY: '' })
    expect(await verifyTurnstile(ctx, 'anything', null)).toEqual({ ok: false, reason: 'not_configured' })
  })

  it('derives a stable UUID from a lead key', async () => {
    const a = await turnstileIdempotencyKey('k:abc')
    expect(a).toBe(await turnstileIdempotencyKey('k:abc'))
    expect(a).not.toBe(await turnstileIdempotencyKey('k:abd'))
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
