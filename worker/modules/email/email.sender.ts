import type { Config } from '../../env.ts'
import type { RenderedEmail } from './email.templates.ts'

export class EmailSendError extends Error {
  readonly retryable: boolean
  constructor(message: string, retryable: boolean) {
    super(message)
    this.retryable = retryable
  }
}

/**
 * Sends through the provider's HTTP API (`POST {EMAIL_API_URL}/emails`, bearer key; the
 * shape Resend and compatible providers take). The base URL is configuration, so tests and
 * `npm start` point it at a local server that speaks the same API.
 */
export async function sendEmail(
  config: Pick<Config, 'EMAIL_API_URL' | 'EMAIL_API_KEY' | 'EMAIL_FROM'>,
  to: string,
  email: RenderedEmail,
  idempotencyKey: string,
): Promise<string> {
  let res: Response
  try {
    res = await fetch(
      new URL(
        'emails',
        config.EMAIL_API_URL.endsWith('/') ? config.EMAIL_API_URL : `${config.EMAIL_API_URL}/`,
      ),
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${config.EMAIL_API_KEY}`,
          'content-type': 'application/json',
          // The provider drops a repeat of a message it already accepted (queue redelivery).
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify({
          from: config.EMAIL_FROM,
          to: [to],
          subject: email.subject,
          html: email.html,
          text: email.text,
        }),
      },
    )
  } catch (error) {
    throw new EmailSendError(`E-mail provider unreachable: ${String(error)}`, true)
  }
  if (!res.ok) {
    const retryable = res.status === 429 || res.status >= 500
    throw new EmailSendError(`E-mail provider answered ${res.status}`, retryable)
  }
  const body = (await res.json().catch(() => ({}))) as { id?: string }
  return body.id ?? ''
}
