import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { OUTSIDE_FAKE_SECRETS } from '../../../scripts/lib/outside-fake-secrets.ts'
import { createCtx } from '../../../worker/context.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { recordDelivery } from '../../../worker/modules/lead-sources/deliveries.ts'
import type { LeadFetchMessage } from '../../../worker/modules/leads/lead-message.ts'
import { call, createTestTenant, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import {
  callWith,
  connect,
  deliveriesOf,
  deliverToConsumer,
  linkedinControl,
  postRaw,
  uniqueAccountId,
} from './source-fixtures.ts'

const accessToken = () => `AQV${crypto.randomUUID().replaceAll('-', '')}`

async function linkedinSource(t: TestTenant, forms: { formRef: string; branchId: string }[] = []) {
  const organizationId = uniqueAccountId()
  const token = accessToken()
  const { source } = await connect(t, 'linkedin', {
    config: { kind: 'linkedin', organizationId, forms },
    accessToken: token,
  })
  return { id: source.id, organizationId, token }
}

/** A response as LinkedIn holds it, and the notification it would POST about it. */
async function registerResponse(src: { organizationId: string; token: string }, formId = '555001') {
  const id = `${Date.now()}${Math.floor(Math.random() * 1e6)}`
  const { notification } = await linkedinControl<{ notification: Record<string, unknown> }>('responses', {
    id,
    accessToken: src.token,
    organizationId: src.organizationId,
    formId,
    submittedAt: Date.parse('2026-11-20T10:15:00Z'),
    questions: [
      { name: 'First name', predefinedField: 'FIRST_NAME', answer: 'Lena' },
      { name: 'Last name', predefinedField: 'LAST_NAME', answer: 'Schmidt' },
      { name: 'Email', predefinedField: 'EMAIL', answer: 'Lena.Schmidt@Example.de' },
      { name: 'Phone', predefinedField: 'PHONE_NUMBER', answer: '+4915123456789' },
      { name: 'Company', predefinedField: 'COMPANY_NAME', answer: 'Schmidt GmbH' },
      {
        name: 'Team size',
        options: [
          { id: 1, text: '1-10' },
          { id: 2, text: '11-50' },
        ],
        chosen: [2],
      },
    ],
  })
  return { id, notification }
}

/** Posts `body` with the X-LI-Signature LinkedIn would send (computed by the fake). */
async function notify(body: unknown, bindings?: Env) {
  const { body: raw, signature } = await linkedinControl<{ body: string; signature: string }>('sign', {
    body,
  })
  return postRaw('/hooks/linkedin', raw, { 'x-li-signature': signature }, bindings)
}

async function hmacHex(secret: string, text: string) {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

describe('LinkedIn Lead Gen webhook', () => {
  it('answers the challenge with the HMAC of the code under the client secret', async () => {
    const code = crypto.randomUUID()
    const res = await call(`/hooks/linkedin?challengeCode=${code}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      challengeCode: code,
      challengeResponse: await hmacHex(OUTSIDE_FAKE_SECRETS.LINKEDIN_CLIENT_SECRET, code),
    })
    expect((await call('/hooks/linkedin')).status).toBe(400)
  })

  it('queues a signed notification, then fetches the answers with the source’s token and stores the lead', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const { id, notification } = await registerResponse(src)
    const res = await notify(notification)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 1, ignored: 0 })
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      source: 'linkedin',
      sourceId: src.id,
      externalId: id,
      name: 'Lena Schmidt',
      email: 'lena.schmidt@example.de',
      phone: '+4915123456789',
      fields: expect.objectContaining({ company_name: 'Schmidt GmbH', 'Team size': '11-50' }),
      createdAt: expect.any(String),
    })
    const [delivery] = await deliveriesOf(t, src.id)
    expect(delivery).toMatchObject({ outcome: 'accepted', httpStatus: 200, externalId: id, leadId: lead.id })
    const calls =
      await linkedinControl<
        { path: string; authorization: string; linkedinVersion: string; fields: string }[]
      >('requests')
    const fetched = calls.find((c) => c.path === `/rest/leadFormResponses/${id}`)
    expect(fetched).toMatchObject({
      authorization: `Bearer ${src.token}`,
      linkedinVersion: expect.stringMatching(/^\d{6}$/),
    })
    expect(fetched!.fields).toContain('form:(')
  })

  it('takes a notification delivered twice once', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const { notification } = await registerResponse(src)
    expect((await notify(notification)).status).toBe(200)
    expect((await notify(notification)).status).toBe(200)
    await waitForLeads(t, 1)
    expect((await deliveriesOf(t, src.id)).map((d) => d.outcome)).toEqual(['duplicate', 'accepted'])
  })

  it('refuses a body not signed with the client secret: 401, nothing stored or logged', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const { notification } = await registerResponse(src)
    const raw = JSON.stringify(notification)
    const forged = await postRaw('/hooks/linkedin', raw, {
      'x-li-signature': `hmacsha256=${await hmacHex('guess', raw)}`,
    })
    expect(forged.status).toBe(401)
    expect((await postRaw('/hooks/linkedin', raw)).status).toBe(401)
    expect(await deliveriesOf(t, src.id)).toEqual([])
  })

  it('answers 200 for an organization nobody connected and logs a paused source’s lead as ignored', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const { notification } = await registerResponse(src)
    const stranger = { ...notification, owner: { organization: `urn:li:organization:${uniqueAccountId()}` } }
    expect((await notify(stranger)).body).toEqual({ accepted: 0, ignored: 1 })
    await call(`/api/v1/lead-sources/${src.id}`, {
      method: 'PATCH',
      token: t.token,
      body: '{"status":"paused"}',
    })
    expect((await notify(notification)).body).toEqual({ accepted: 0, ignored: 1 })
    expect((await deliveriesOf(t, src.id)).map((d) => d.outcome)).toEqual(['ignored'])
    expect((await t.get('/api/v1/leads')).body.data).toEqual([])
  })

  it('refuses a signed body that is not a lead notification with 400, logged on the organization it names', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const res = await notify({
      type: 'LEAD_ACTION',
      leadGenFormResponse: 42,
      owner: { organization: `urn:li:organization:${src.organizationId}` },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('leadGenFormResponse')
    expect((await deliveriesOf(t, src.id))[0]).toMatchObject({
      outcome: 'rejected',
      httpStatus: 400,
      detail: expect.stringMatching(/leadGenFormResponse/),
    })
  })

  it('answers 503 without a configured client secret', async () => {
    const bindings = { ...env, LINKEDIN_CLIENT_SECRET: '' } as Env
    expect((await callWith(bindings, '/hooks/linkedin?challengeCode=abc')).status).toBe(503)
  })

  it('sends a mapped form’s leads to that form’s branch', async () => {
    const t = await createTestTenant()
    const branchId = newId('branch')
    await d1(env.DB)
      .insert(branches)
      .values({ id: branchId, tenantId: t.tenantId, brandId: t.brandId, slug: 'berlin', name: 'Berlin' })
    const src = await linkedinSource(t, [{ formRef: '777002', branchId }])
    const { notification } = await registerResponse(src, '777002')
    await notify(notification)
    const [lead] = await waitForLeads(t, 1)
    expect(lead.branchId).toBe(branchId)
  })

  it('retries a fetch LinkedIn fails, saying why in the delivery log, and stores the lead when it answers', async () => {
    const t = await createTestTenant()
    const src = await linkedinSource(t)
    const { id } = await registerResponse(src)
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    const deliveryId = await recordDelivery(ctx, {
      id: newId('sourceDelivery'),
      tenantId: t.tenantId,
      sourceId: src.id,
      outcome: 'accepted',
      httpStatus: 200,
      externalId: id,
    })
    const message: LeadFetchMessage = {
      kind: 'lead.fetch',
      platform: 'linkedin',
      leadId: newId('lead'),
      tenantId: t.tenantId,
      sourceId: src.id,
      externalId: id,
      deliveryId,
      receivedAt: new Date().toISOString(),
    }
    await linkedinControl('fail-next', { status: 401, id })
    const failed = await deliverToConsumer([message])
    expect(failed.retryMessages).toHaveLength(1)
    expect((await deliveriesOf(t, src.id))[0]).toMatchObject({
      outcome: 'failed',
      detail: expect.stringMatching(/reconnect the source/),
    })
    const retried = await deliverToConsumer([message], 2)
    expect(retried.explicitAcks).toHaveLength(1)
    expect((await deliveriesOf(t, src.id))[0]).toMatchObject({ outcome: 'accepted', detail: null })
    const [lead] = await waitForLeads(t, 1)
    expect(lead.id).toBe(message.leadId)
  })
})
