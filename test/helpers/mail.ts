import { inject } from 'vitest'
import type { SentEmail } from '../../scripts/lib/mail-sink.ts'

/** What one address has received at the local provider, newest last. */
export async function inbox(to: string): Promise<SentEmail[]> {
  const res = await fetch(`${inject('mailUrl')}/emails?to=${encodeURIComponent(to)}`)
  return (await res.json()) as SentEmail[]
}

/**
 * Waits for the `email` queue to deliver a message matching `subject` to `to` (the consumer
 * runs on its own batch timer), and returns it.
 */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<SentEmail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const found = (await inbox(to)).findLast((m) => subject.test(m.subject))
    if (found) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`No e-mail matching ${subject} reached ${to} within ${timeoutMs} ms`)
}

/** The first link in an e-mail's text that starts with `prefix`. */
export function linkIn(email: SentEmail, prefix: string): string {
  const link = email.text.split(/\s+/).find((word) => word.includes(prefix))
  if (!link) throw new Error(`No link with ${prefix} in "${email.subject}"`)
  return link
}
