// WhatsApp Cloud API: a message someone sends to a connected business number is a lead (or a new
// touch on their open lead: the consumer de-duplicates by phone). The message id is the
// idempotency key, so Meta's redeliveries add nothing (and within a day are logged `duplicate`).
import type { Ctx } from '../../../context.ts'
import { recordDelivery } from '../deliveries.ts'
import { acceptDelivery } from '../hooks/accept.ts'
import { sourceLeadMessage } from '../source-lead.ts'
import type { SourceRow } from '../sources.repo.ts'
import type { MetaHookResult } from './facebook-hook.ts'
import { changeValues, sourceLookup, unknownAccount } from './meta-hook.ts'
import { type WhatsAppMessage, WhatsAppValue, WhatsAppWebhook } from './meta-payloads.ts'

/** Queues every inbound message of a verified delivery; statuses of sent messages are not leads. */
export async function receiveWhatsApp(ctx: Ctx, raw: ArrayBuffer, json: unknown): Promise<MetaHookResult> {
  const values = await changeValues(ctx, 'whatsapp', raw, json, {
    envelope: WhatsAppWebhook,
    field: 'messages',
    value: WhatsAppValue,
  })
  const lookup = sourceLookup(ctx, 'whatsapp')
  const result: MetaHookResult = { accepted: 0, ignored: 0 }
  for (const value of values) {
    // Only statuses (sent, delivered, read): nothing a person wrote.
    const messages = (value.messages ?? []).filter(isFromAPerson)
    if (messages.length === 0) continue
    const source = await lookup(value.metadata.phone_number_id)
    if (!source) {
      unknownAccount(ctx, 'whatsapp', value.metadata.phone_number_id)
      result.ignored += messages.length
      continue
    }
    for (const message of messages) {
      if (source.status === 'paused') {
        await recordPaused(ctx, source, message, raw)
        result.ignored++
      } else {
        await queueMessage(ctx, source, value, message, raw)
        result.accepted++
      }
    }
  }
  return result
}

// "User changed number" notices come from WhatsApp itself, not from the person.
const isFromAPerson = (message: WhatsAppMessage) => message.type !== 'system'

async function queueMessage(
  ctx: Ctx,
  source: SourceRow,
  value: WhatsAppValue,
  message: WhatsAppMessage,
  raw: ArrayBuffer,
) {
  const phone = message.from ? `+${message.from}` : null
  const profile = value.contacts?.find(
    (c) =>
      (message.from && c.wa_id === message.from) ||
      (message.from_user_id && c.user_id === message.from_user_id),
  )
  const lead = await sourceLeadMessage(ctx, source, {
    idempotencyKey: `wa:${message.id}`,
    externalId: message.id,
    contact: {
      name: profile?.profile?.name?.trim() || phone || message.from_user_id || null,
      email: null,
      phone,
    },
    message: messageText(message),
    submittedAt: message.timestamp ? new Date(Number(message.timestamp) * 1000) : null,
  })
  await acceptDelivery(ctx, source, lead, { httpStatus: 200, raw })
}

const recordPaused = (ctx: Ctx, source: SourceRow, message: WhatsAppMessage, raw: ArrayBuffer) =>
  recordDelivery(ctx, {
    tenantId: source.tenantId,
    sourceId: source.id,
    outcome: 'ignored',
    httpStatus: 200,
    externalId: message.id,
    detail: 'The source is paused, so this message was not taken as a lead; it is still in WhatsApp',
    body: raw,
  })

/** What the person wrote; for media and the like, its kind in brackets and any caption. */
export function messageText(message: WhatsAppMessage): string {
  const reply = message.interactive?.button_reply?.title ?? message.interactive?.list_reply?.title
  const written = message.text?.body ?? message.button?.text ?? reply
  if (written?.trim()) return written
  const caption = message.image?.caption ?? message.video?.caption ?? message.document?.caption
  const place = message.location
    ? [
        message.location.name,
        message.location.address,
        `${message.location.latitude},${message.location.longitude}`,
      ]
        .filter(Boolean)
        .join(', ')
    : null
  return [`[${message.type}]`, caption ?? place].filter(Boolean).join(' ')
}
