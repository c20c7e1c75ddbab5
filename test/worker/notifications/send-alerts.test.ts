import { env } from 'cloudflare:test'
import { describe, expect, inject, it } from 'vitest'
import { renderEmail } from '../../../worker/modules/email/email.templates.ts'
import type { WhatsappAlertMessage } from '../../../worker/modules/email/index.ts'
import { inbox } from '../../helpers/mail.ts'
import { deliver as deliverBatch } from '../../helpers/queue.ts'

/** Runs the `email` consumer on these bodies, as the queue would. */
const deliver = (bodies: unknown[], bindings: Env = env, attempts = 1) =>
  deliverBatch('email', bodies, attempts, bindings)

const alertTo = (to: string): WhatsappAlertMessage => ({
  kind: 'whatsapp.lead_alert',
  to,
  data: { branchName: 'Main Street', leadName: 'Asha\nRao', sourceLabel: 'Facebook Lead Ads' },
})

const uniqueDigits = () => `4420${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

async function sentTo(digits: string) {
  const res = await fetch(`${inject('outsideOrigin')}/__fake/graph/messages?to=${digits}`)
  return (
    (await res.json()) as {
      messages: { template: { name: string; language: string; components: unknown[] } }[]
    }
  ).messages
}

describe('WhatsApp alerts on the email queue', () => {
  it('are sent as the lead template and acknowledged', async () => {
    const to = uniqueDigits()
    const result = await deliver([alertTo(to)])
    expect(result.explicitAcks).toHaveLength(1)
    const [sent] = await sentTo(to)
    expect(sent?.template).toEqual({
      name: 'new_lead_alert',
      language: 'en',
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Main Street' },
            // Template parameters may not hold line breaks.
            { type: 'text', text: 'Asha Rao' },
            { type: 'text', text: 'Facebook Lead Ads' },
          ],
        },
      ],
    })
  })

  it('are retried when the Cloud API fails, and sent on the next attempt', async () => {
    const to = uniqueDigits()
    // A phone number id of this test's own, so no other send consumes the failure.
    const phoneNumberId = String(Date.now())
    const res = await fetch(`${inject('outsideOrigin')}/__fake/graph/fail-next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: phoneNumberId, status: 500 }),
    })
    expect(res.ok).toBe(true)
    const failing = { ...env, WHATSAPP_PHONE_NUMBER_ID: phoneNumberId } as Env
    const first = await deliver([alertTo(to)], failing)
    expect(first.explicitAcks).toHaveLength(0)
    expect(first.retryMessages).toHaveLength(1)
    expect(await sentTo(to)).toHaveLength(0)

    const second = await deliver([alertTo(to)], env, 2)
    expect(second.explicitAcks).toHaveLength(1)
    expect(await sentTo(to)).toHaveLength(1)
  })

  it('are skipped, and acknowledged, when WhatsApp is not configured', async () => {
    const to = uniqueDigits()
    const unconfigured = { ...env, WHATSAPP_ACCESS_TOKEN: '' } as Env
    const result = await deliver([alertTo(to)], unconfigured)
    expect(result.explicitAcks).toHaveLength(1)
    expect(result.retryMessages).toHaveLength(0)
    expect(await sentTo(to)).toHaveLength(0)
  })

  it('that are malformed are retried towards the dead-letter queue', async () => {
    const result = await deliver([{ kind: 'whatsapp.lead_alert', to: 'not a number', data: {} }])
    expect(result.explicitAcks).toHaveLength(0)
    expect(result.retryMessages).toHaveLength(1)
  })
})

describe('lead e-mails on the email queue', () => {
  it('are sent once per alert, however often the alert was queued', async () => {
    const to = `branch-${crypto.randomUUID().slice(0, 8)}@example.test`
    const alert = {
      template: 'lead_new',
      to,
      idempotencyKey: `lead_new:lead_${crypto.randomUUID()}`,
      data: {
        leadName: 'Asha',
        branchName: 'Main Street',
        sourceLabel: 'Website form',
        email: null,
        phone: '+919812345678',
        message: null,
        receivedAt: '2026-11-21T09:30:00.000Z',
        url: 'http://localhost:8787/app/leads/lead_1',
      },
    }
    // Two queue messages (a retried lead message queued the alert again), one e-mail.
    expect((await deliver([alert])).explicitAcks).toHaveLength(1)
    expect((await deliver([alert])).explicitAcks).toHaveLength(1)
    const received = await inbox(to)
    expect(received.map((m) => m.subject)).toEqual(['New lead: Asha'])
  })
})

describe('lead e-mails', () => {
  const base = {
    leadName: '<script>alert(1)</script>\r\nBcc: victim@example.com',
    branchName: 'Main & Co',
    sourceLabel: 'Website form',
    email: 'asha@example.com',
    phone: null,
    message: `<img src=x onerror=alert(1)> ${'long '.repeat(400)}`,
    receivedAt: '2026-11-21T09:30:00.000Z',
    url: 'http://localhost:8787/app/leads/lead_1',
  }

  it('escape what the visitor wrote and keep the subject to one line', () => {
    const email = renderEmail({ template: 'lead_new', to: 'branch@example.test', data: base })
    expect(email.subject).toBe('New lead: <script>alert(1)</script> Bcc: victim@example.com')
    expect(email.html).not.toMatch(/<script|<img/)
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(email.html).toContain('Main &amp; Co')
    expect(email.text).toContain('Open the lead: http://localhost:8787/app/leads/lead_1')
    expect(email.text).not.toContain('Phone:')
    // A long message is shortened in a notice; the lead itself has it all.
    expect(email.text.length).toBeLessThan(1500)
  })

  it('say whether an assigned lead is new or returning', () => {
    const assigned = renderEmail({
      template: 'lead_assigned',
      to: 'a@example.test',
      data: { ...base, leadName: 'Asha', returning: false },
    })
    const returning = renderEmail({
      template: 'lead_assigned',
      to: 'a@example.test',
      data: { ...base, leadName: 'Asha', returning: true },
    })
    expect(assigned.subject).toBe('Lead assigned to you: Asha')
    expect(returning.subject).toBe('Returning lead: Asha')
  })
})
