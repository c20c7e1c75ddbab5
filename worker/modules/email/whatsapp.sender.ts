import type { Config } from '../../env.ts'
import { EmailSendError } from './email.sender.ts'
import type { WhatsappAlertMessage } from './whatsapp-alert.ts'

type WhatsappConfig = Pick<
  Config,
  'META_GRAPH_URL' | 'WHATSAPP_PHONE_NUMBER_ID' | 'WHATSAPP_ACCESS_TOKEN' | 'WHATSAPP_LEAD_TEMPLATE'
>

export const whatsappConfigured = (config: WhatsappConfig) =>
  config.WHATSAPP_ACCESS_TOKEN !== '' && config.WHATSAPP_PHONE_NUMBER_ID !== ''

/** Template parameters may not hold new lines, tabs or long runs of spaces; the API refuses them. */
const param = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return { type: 'text', text: (flat.length > max ? `${flat.slice(0, max - 1)}…` : flat) || '-' }
}

/**
 * Sends the lead-alert template through the WhatsApp Cloud API
 * (`POST {META_GRAPH_URL}/{phone-number-id}/messages`). Only a business-initiated template may
 * open a conversation, so the text lives in the approved template and we send its parameters.
 */
export async function sendWhatsappAlert(
  config: WhatsappConfig,
  message: WhatsappAlertMessage,
): Promise<string> {
  const base = config.META_GRAPH_URL.replace(/\/+$/, '')
  const body = {
    messaging_product: 'whatsapp',
    to: message.to,
    type: 'template',
    template: {
      name: config.WHATSAPP_LEAD_TEMPLATE,
      language: { code: 'en' },
      components: [
        {
          type: 'body',
          parameters: [
            param(message.data.branchName),
            param(message.data.leadName),
            param(message.data.sourceLabel),
          ],
        },
      ],
    },
  }
  let res: Response
  try {
    res = await fetch(`${base}/${encodeURIComponent(config.WHATSAPP_PHONE_NUMBER_ID)}/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${config.WHATSAPP_ACCESS_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    })
  } catch (error) {
    throw new EmailSendError(`WhatsApp Cloud API unreachable: ${String(error)}`, true)
  }
  // The error body can echo the recipient's number, so only the status is kept.
  if (!res.ok) {
    throw new EmailSendError(
      `WhatsApp Cloud API answered ${res.status}`,
      res.status === 429 || res.status >= 500,
    )
  }
  const sent = (await res.json().catch(() => ({}))) as { messages?: { id?: string }[] }
  return sent.messages?.[0]?.id ?? ''
}
