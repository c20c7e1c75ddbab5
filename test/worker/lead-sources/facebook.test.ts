import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { OUTSIDE_FAKE_SECRETS } from '../../../scripts/lib/outside-fake-secrets.ts'
import { createCtx } from '../../../worker/context.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { recordDelivery } from '../../../worker/modules/lead-sources/deliveries.ts'
import { fetchFacebookLead } from '../../../worker/modules/lead-sources/meta/fetch-facebook-lead.ts'
import { getSource } from '../../../worker/modules/lead-sources/sources.repo.ts'
import type { LeadFetchMessage } from '../../../worker/modules/leads/lead-message.ts'
import { call, createTestTenant, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import {
  callWith,
  connectSource,
  deliveriesOf,
  deliverToConsumer,
  fakeControl,
  postHook,
  signed,
  uniqueAccountId,
} from './meta-fixtures.ts'

const pageToken = () => `EAAGpage${crypto.randomUUID().replaceAll('-', '')}`

function leadgenBody(pageId: string, leadgenId: string, formId = '900000000000001') {
  const now = Math.floor(Date.now() / 1000)
  return {
    object: 'page',
    entry: [
      {
        id: pageId,
        time: now,
        changes: [
          {
            field: 'leadgen',
            value: {
              leadgen_id: leadgenId,
              page_id: pageId,
              form_id: formId,
              adgroup_id: '0',
              ad_id: '0',
              created_time: now,
            },
          },
        ],
      },
    ],
  }
}

/** A lead as Facebook holds it: the answers the consumer fetches from Graph. */
const registerLead = (id: string, token: string, formId = '900000000000001') =>
  fakeControl('leads', {
    id,
    pageToken: token,
    form_id: formId,
    created_time: '2026-11-20T10:15:00+0000',
    field_data: [
      { name: 'first_name', values: ['Priya'] },
      { name: 'last_name', values: ['Nair'] },
      { name: 'email', values: ['Priya.Nair@Example.com'] },
      { name: 'phone_number', values: ['+447911123456'] },
      { name: 'which_service?', values: ['Haircut', 'Colour'] },
    ],
    ad_name: 'Carousel A',
    campaign_name: 'Spring offer',
    platform: 'ig',
  })

async function connectedPage(t: TestTenant, options: Parameters<typeof connectSource>[3] = {}) {
  const pageId = uniqueAccountId()
  const token = options.accessToken ?? pageToken()
  const source = await connectSource(t, 'facebook', pageId, { ...options, accessToken: token })
  return { pageId, token, source }
}

const fetchMessage = (t: TestTenant, sourceId: string, leadgenId: string): LeadFetchMessage => ({
  kind: 'lead.fetch',
  platform: 'facebook',
  leadId: newId('lead'),
  tenantId: t.tenantId,
  sourceId,
  externalId: leadgenId,
  formRef: '900000000000001',
  deliveryId: newId('sourceDelivery'),
  receivedAt: new Date().toISOString(),
})

const handshake = (query: Record<string, string>) =>
  call(`/hooks/facebook?${new URLSearchParams(query).toString()}`)

describe('Facebook webhook handshake', () => {
  const verify = { 'hub.mode': 'subscribe', 'hub.verify_token': OUTSIDE_FAKE_SECRETS.META_VERIFY_TOKEN }

  it('echoes hub.challenge as plain text when the verify token matches', async () => {
    const res = await handshake({ ...verify, 'hub.challenge': '1158201444' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(res.body).toBe('1158201444')
  })

  it('refuses a wrong verify token or mode with 403', async () => {
    expect((await handshake({ ...verify, 'hub.verify_token': 'guess', 'hub.challenge': '1' })).status).toBe(
      403,
    )
    expect((await handshake({ ...verify, 'hub.mode': 'unsubscribe', 'hub.challenge': '1' })).status).toBe(403)
    expect((await handshake({ 'hub.challenge': '1' })).status).toBe(403)
  })

  it('answers 503 while no verify token is configured', async () => {
    const res = await callWith(
      { ...env, META_VERIFY_TOKEN: '' } as Env,
      `/hooks/facebook?${new URLSearchParams({ ...verify, 'hub.challenge': '1' })}`,
    )
    expect(res.status).toBe(503)
    expect(res.body.detail).toMatch(/not configured/)
  })
})

describe('Facebook leadgen deliveries', () => {
  it('queues a signed lead, logs it, and the consumer files it with its answers from Graph', async () => {
    const t = await createTestTenant()
    const { pageId, token, source } = await connectedPage(t)
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, token)
    const { body, signature } = await signed(leadgenBody(pageId, leadgenId))

    const res = await postHook('/hooks/facebook', body, signature)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 1, ignored: 0 })
    const [delivery] = await deliveriesOf(t, source.id)
    expect(delivery).toMatchObject({ outcome: 'accepted', httpStatus: 200, externalId: leadgenId })
    expect(delivery?.excerpt).toContain(leadgenId)

    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      name: 'Priya Nair',
      email: 'priya.nair@example.com',
      phone: '+447911123456',
      source: 'facebook',
      sourceId: source.id,
      externalId: leadgenId,
      branchId: t.branchId,
      fields: { 'which_service?': 'Haircut, Colour' },
    })
    // The pipeline lower-cases UTM values, as it does for every source.
    expect(lead.utm).toMatchObject({ source: 'instagram', campaign: 'spring offer', content: 'carousel a' })
  })

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t)
    const { body, signature } = await signed(leadgenBody(pageId, uniqueAccountId()))
    const tampered = body.replace('"leadgen"', '"leadgen" ')

    for (const attempt of [
      await postHook('/hooks/facebook', body),
      await postHook('/hooks/facebook', tampered, signature),
      await postHook('/hooks/facebook', body, `sha256=${'0'.repeat(64)}`),
      await postHook('/hooks/facebook', body, signature.replace('sha256=', 'sha1=')),
    ]) {
      expect(attempt.status).toBe(401)
      expect(attempt.headers.get('content-type')).toBe('application/problem+json')
      expect(attempt.body.code).toBe('UNAUTHORIZED')
    }
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })

  it('answers 400 naming the field when a leadgen change is malformed, in the page source’s log', async () => {
    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t)
    const payload = leadgenBody(pageId, '1')
    const value = payload.entry[0]!.changes[0]!.value as Record<string, unknown>
    delete value.leadgen_id
    const { body, signature } = await signed(payload)

    const res = await postHook('/hooks/facebook', body, signature)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'entry.0.changes.0.value.leadgen_id' })])
    const [delivery] = await deliveriesOf(t, source.id)
    expect(delivery).toMatchObject({ outcome: 'rejected', httpStatus: 400 })
    expect(delivery?.detail).toContain('leadgen_id')
  })

  it('answers 400 to a signed body that is not JSON or not a Page webhook', async () => {
    const notJson = await signed('{"object": "page", ')
    expect((await postHook('/hooks/facebook', notJson.body, notJson.signature)).status).toBe(400)
    const wrongObject = await signed({ object: 'user', entry: [] })
    const res = await postHook('/hooks/facebook', wrongObject.body, wrongObject.signature)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'object' })])
  })

  it('answers 200 without storing anything for a page nobody connected, or a field that is not leadgen', async () => {
    const unknown = await signed(leadgenBody(uniqueAccountId(), uniqueAccountId()))
    const res = await postHook('/hooks/facebook', unknown.body, unknown.signature)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 0, ignored: 1 })

    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t)
    const feed = await signed({
      object: 'page',
      entry: [{ id: pageId, time: 1, changes: [{ field: 'feed', value: {} }] }],
    })
    expect((await postHook('/hooks/facebook', feed.body, feed.signature)).body).toEqual({
      accepted: 0,
      ignored: 0,
    })
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })

  it('logs a paused source’s lead as ignored and takes nothing', async () => {
    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t, { status: 'paused' })
    const leadgenId = uniqueAccountId()
    const { body, signature } = await signed(leadgenBody(pageId, leadgenId))
    const res = await postHook('/hooks/facebook', body, signature)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 0, ignored: 1 })
    expect(await deliveriesOf(t, source.id)).toEqual([
      expect.objectContaining({
        outcome: 'ignored',
        externalId: leadgenId,
        detail: expect.stringMatching(/paused/),
      }),
    ])
  })

  it('logs a redelivered lead as a duplicate without queueing it again', async () => {
    const t = await createTestTenant()
    const { pageId, token, source } = await connectedPage(t)
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, token)
    const { body, signature } = await signed(leadgenBody(pageId, leadgenId))
    expect((await postHook('/hooks/facebook', body, signature)).status).toBe(200)
    expect((await postHook('/hooks/facebook', body, signature)).status).toBe(200)
    const [again, first] = await deliveriesOf(t, source.id)
    expect(first).toMatchObject({ outcome: 'accepted' })
    expect(again).toMatchObject({ outcome: 'duplicate', leadId: first?.leadId })
    await waitForLeads(t, 1)
  })

  it('answers 503 while the app secret is not configured, and stores nothing', async () => {
    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t)
    const { body, signature } = await signed(leadgenBody(pageId, uniqueAccountId()))
    const res = await postHook('/hooks/facebook', body, signature, { ...env, META_APP_SECRET: '' } as Env)
    expect(res.status).toBe(503)
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })

  it('answers 503 when the lead cannot be queued, so Meta delivers it again', async () => {
    const t = await createTestTenant()
    const { pageId, source } = await connectedPage(t)
    const { body, signature } = await signed(leadgenBody(pageId, uniqueAccountId()))
    const queueDown = {
      ...env,
      LEADS_QUEUE: {
        send: () => Promise.reject(new Error('queue down')),
        sendBatch: () => Promise.reject(new Error('queue down')),
      },
    } as unknown as Env
    const res = await postHook('/hooks/facebook', body, signature, queueDown)
    expect(res.status).toBe(503)
    expect(await deliveriesOf(t, source.id)).toEqual([
      expect.objectContaining({ outcome: 'failed', detail: expect.stringMatching(/503/) }),
    ])
  })
})

describe('fetching a Facebook lead from Graph (the leads consumer)', () => {
  it('files a lead fetched twice (two deliveries of one leadgen id) once', async () => {
    const t = await createTestTenant()
    const { token, source } = await connectedPage(t)
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, token)
    const first = await deliverToConsumer([fetchMessage(t, source.id, leadgenId)])
    const second = await deliverToConsumer([fetchMessage(t, source.id, leadgenId)])
    expect([first.explicitAcks.length, second.explicitAcks.length]).toEqual([1, 1])
    const leads = (await t.get('/api/v1/leads')).body.data
    expect(leads).toHaveLength(1)
    expect(leads[0]).toMatchObject({ externalId: leadgenId, touchCount: 1 })
  })

  it('retries while Graph is down, and files the lead once it answers', async () => {
    const t = await createTestTenant()
    const { token, source } = await connectedPage(t)
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, token)
    await fakeControl('fail-next', {
      id: leadgenId,
      status: 503,
      code: 2,
      message: 'Service temporarily unavailable',
    })
    const message = fetchMessage(t, source.id, leadgenId)

    const down = await deliverToConsumer([message])
    expect(down.explicitAcks).toHaveLength(0)
    expect(down.retryMessages).toHaveLength(1)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(0)

    const up = await deliverToConsumer([message], 2)
    expect(up.explicitAcks).toHaveLength(1)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(1)
  })

  it('retries a lead whose page token Facebook refuses, telling the owner to reconnect the page', async () => {
    const t = await createTestTenant()
    const { source } = await connectedPage(t)
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, 'a-token-the-page-issued-since')
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    const deliveryId = await recordDelivery(ctx, {
      tenantId: t.tenantId,
      sourceId: source.id,
      outcome: 'accepted',
      httpStatus: 200,
      externalId: leadgenId,
    })
    const result = await deliverToConsumer([{ ...fetchMessage(t, source.id, leadgenId), deliveryId }])
    expect(result.retryMessages).toHaveLength(1)
    const [delivery] = await deliveriesOf(t, source.id)
    expect(delivery).toMatchObject({ id: deliveryId, outcome: 'failed' })
    expect(delivery?.detail).toMatch(/code 190.*reconnect your page/)
  })

  it('maps the answers, and sends a mapped form’s leads to its branch', async () => {
    const t = await createTestTenant()
    const otherBranchId = newId('branch')
    await d1(env.DB).insert(branches).values({
      id: otherBranchId,
      tenantId: t.tenantId,
      brandId: t.brandId,
      slug: 'harbour',
      name: 'Harbour',
    })
    const formId = '900000000000777'
    const { token, source } = await connectedPage(t, {
      forms: [{ formRef: formId, branchId: otherBranchId }],
    })
    const leadgenId = uniqueAccountId()
    await registerLead(leadgenId, token, formId)
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    const row = await getSource(ctx, t.tenantId, source.id)
    const message = await fetchFacebookLead(
      ctx,
      { ...fetchMessage(t, source.id, leadgenId), formRef: formId },
      row!,
    )
    expect(message).toMatchObject({
      kind: 'lead.submitted',
      idempotencyKey: `fb:${leadgenId}`,
      externalId: leadgenId,
      source: 'facebook',
      brandId: t.brandId,
      branchId: otherBranchId,
      submittedAt: '2026-11-20T10:15:00.000Z',
      contact: { name: 'Priya Nair', email: 'Priya.Nair@Example.com', phone: '+447911123456' },
      fields: { 'which_service?': 'Haircut, Colour' },
      utm: { source: 'instagram', medium: 'paid_social', campaign: 'Spring offer', content: 'Carousel A' },
    })
  })
})
