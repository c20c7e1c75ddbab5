import { describe, expect, it } from 'vitest'
import { OUTSIDE_FAKE_SECRETS } from '../../../scripts/lib/outside-fake-secrets.ts'
import { WhatsAppMessage } from '../../../worker/modules/lead-sources/meta/meta-payloads.ts'
import { messageText } from '../../../worker/modules/lead-sources/meta/whatsapp-hook.ts'
import { call, createTestTenant, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import { connectSource, deliveriesOf, postHook, signed, uniqueAccountId } from './meta-fixtures.ts'

const SENDER = '4915112345678'

function inbound(phoneNumberId: string, messages: unknown[], contacts?: unknown[]) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '442079460000', phone_number_id: phoneNumberId },
              contacts: contacts ?? [{ profile: { name: 'Sheena Nelson' }, wa_id: SENDER }],
              messages,
            },
          },
        ],
      },
    ],
  }
}

const textMessage = (body = 'Does it come in another colour?') => ({
  from: SENDER,
  id: `wamid.${crypto.randomUUID().replaceAll('-', '')}`,
  timestamp: String(Math.floor(Date.now() / 1000)),
  type: 'text',
  text: { body },
})

async function connectedNumber(t: TestTenant, status: 'active' | 'paused' = 'active') {
  const phoneNumberId = uniqueAccountId()
  const source = await connectSource(t, 'whatsapp', phoneNumberId, { status })
  return { phoneNumberId, source }
}

describe('WhatsApp webhook handshake', () => {
  it('echoes hub.challenge for our verify token and refuses any other with 403', async () => {
    const query = (token: string) =>
      new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '804871' })
    const ok = await call(`/hooks/whatsapp?${query(OUTSIDE_FAKE_SECRETS.META_VERIFY_TOKEN)}`)
    expect(ok.status).toBe(200)
    expect(ok.body).toBe('804871')
    const refused = await call(`/hooks/whatsapp?${query('not-our-token')}`)
    expect(refused.status).toBe(403)
    expect(refused.body.code).toBe('FORBIDDEN')
  })
})

describe('WhatsApp inbound messages', () => {
  it('turn a message into a lead with the sender’s E.164 number and profile name', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t)
    const message = textMessage()
    const { body, signature } = await signed(inbound(phoneNumberId, [message]))

    const res = await postHook('/hooks/whatsapp', body, signature)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 1, ignored: 0 })
    const [delivery] = await deliveriesOf(t, source.id)
    expect(delivery).toMatchObject({
      outcome: 'accepted',
      externalId: message.id,
      leadId: expect.any(String),
    })

    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      id: delivery?.leadId,
      name: 'Sheena Nelson',
      phone: `+${SENDER}`,
      source: 'whatsapp',
      sourceId: source.id,
      externalId: message.id,
      message: 'Does it come in another colour?',
    })
  })

  it('log a redelivered message as a duplicate and keep one lead', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t)
    const { body, signature } = await signed(inbound(phoneNumberId, [textMessage()]))
    expect((await postHook('/hooks/whatsapp', body, signature)).status).toBe(200)
    expect((await postHook('/hooks/whatsapp', body, signature)).status).toBe(200)
    expect((await deliveriesOf(t, source.id)).map((d) => d.outcome)).toEqual(['duplicate', 'accepted'])
    await waitForLeads(t, 1)
  })

  it('are refused with 401 without a valid signature, and nothing is stored', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t)
    const { body, signature } = await signed(inbound(phoneNumberId, [textMessage()]))
    expect((await postHook('/hooks/whatsapp', body)).status).toBe(401)
    const forged = await postHook('/hooks/whatsapp', body.replace('colour', 'color'), signature)
    expect(forged.status).toBe(401)
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })

  it('answer 400 naming the field for a malformed message, in the number’s delivery log', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t)
    const { body, signature } = await signed(inbound(phoneNumberId, [{ ...textMessage(), from: 'someone' }]))
    const res = await postHook('/hooks/whatsapp', body, signature)
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'entry.0.changes.0.value.messages.0.from' }),
    ])
    expect(await deliveriesOf(t, source.id)).toEqual([
      expect.objectContaining({
        outcome: 'rejected',
        httpStatus: 400,
        detail: expect.stringContaining('from'),
      }),
    ])
  })

  it('ignore status updates and system notices with 200 and no log', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t)
    const statuses = inbound(phoneNumberId, [])
    const value = statuses.entry[0]!.changes[0]!.value as Record<string, unknown>
    delete value.messages
    value.statuses = [
      { id: 'wamid.sent', status: 'delivered', timestamp: '1749416383', recipient_id: SENDER },
    ]
    const system = inbound(
      phoneNumberId,
      [{ from: SENDER, id: 'wamid.sys', type: 'system', system: { body: 'User changed number' } }],
      [],
    )
    for (const payload of [statuses, system]) {
      const { body, signature } = await signed(payload)
      const res = await postHook('/hooks/whatsapp', body, signature)
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ accepted: 0, ignored: 0 })
    }
    expect(await deliveriesOf(t, source.id)).toEqual([])
  })

  it('are logged as ignored for a paused number, and answered 200 for a number nobody connected', async () => {
    const t = await createTestTenant()
    const { phoneNumberId, source } = await connectedNumber(t, 'paused')
    const paused = await signed(inbound(phoneNumberId, [textMessage()]))
    expect((await postHook('/hooks/whatsapp', paused.body, paused.signature)).body).toEqual({
      accepted: 0,
      ignored: 1,
    })
    expect(await deliveriesOf(t, source.id)).toEqual([expect.objectContaining({ outcome: 'ignored' })])

    const unknown = await signed(inbound(uniqueAccountId(), [textMessage()]))
    const res = await postHook('/hooks/whatsapp', unknown.body, unknown.signature)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ accepted: 0, ignored: 1 })
  })
})

describe('the text of a WhatsApp message', () => {
  const read = (message: Record<string, unknown>) =>
    messageText(WhatsAppMessage.parse({ from: SENDER, id: 'wamid.1', type: 'text', ...message }))

  it('is what the person wrote, or the kind of message in brackets with its caption', () => {
    expect(read({ text: { body: 'Hello' } })).toBe('Hello')
    expect(read({ type: 'button', button: { text: 'Call me back' } })).toBe('Call me back')
    expect(read({ type: 'interactive', interactive: { list_reply: { title: 'Tuesday' } } })).toBe('Tuesday')
    expect(read({ type: 'image', image: { caption: 'Like this one' } })).toBe('[image] Like this one')
    expect(read({ type: 'audio' })).toBe('[audio]')
    expect(read({ type: 'location', location: { name: 'Harbour', latitude: 1.5, longitude: 2 } })).toBe(
      '[location] Harbour, 1.5,2',
    )
  })
})
