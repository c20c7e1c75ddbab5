// What the spam tests share: the Turnstile fake's controls, a saved form, and the leads list
// with spam included (the inbox leaves marked leads out by default).
import { env } from 'cloudflare:test'
import { expect, inject, vi } from 'vitest'
import type { SiteverifyCall } from '../../../scripts/lib/fakes/turnstile.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { leadForms } from '../../../worker/modules/leads/forms/forms.tables.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

const fake = (path: string) => `${inject('outsideOrigin')}/__fake/turnstile/${path}`

async function control(path: string, body: unknown) {
  const res = await fetch(fake(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(201)
}

/** A fresh widget token the fake will judge `outcome` (once; a second use is a duplicate). */
export async function turnstileToken(outcome: 'pass' | 'fail' = 'pass'): Promise<string> {
  const token = `tok-${crypto.randomUUID()}`
  await control('tokens', { token, outcome })
  return token
}

/** The next siteverify call about `token` fails with `status` (0: the connection drops). */
export const failNextSiteverify = (token: string, status: number) => control('fail-next', { token, status })

export async function siteverifyCalls(token: string): Promise<SiteverifyCall[]> {
  return (await fetch(fake(`calls?token=${encodeURIComponent(token)}`))).json() as Promise<SiteverifyCall[]>
}

/** A saved form on the tenant's site: name and e-mail, Turnstile on unless told otherwise. */
export async function createForm(t: TestTenant, options: { turnstile?: boolean } = {}): Promise<string> {
  const id = newId('leadForm')
  await d1(env.DB)
    .insert(leadForms)
    .values({
      id,
      tenantId: t.tenantId,
      siteId: t.siteId,
      name: 'Enquiry',
      fields: [
        { key: 'name', type: 'text', label: 'Name', required: true },
        { key: 'email', type: 'email', label: 'E-mail', required: true },
        { key: 'message', type: 'textarea', label: 'Message', required: false },
      ],
      turnstile: options.turnstile ?? true,
      updatedAt: new Date(),
    })
  return id
}

/** Every lead of the tenant, spam-marked ones included, once there are `count`. */
export const waitForAllLeads = (t: TestTenant, count: number) =>
  vi.waitFor(
    async () => {
      const res = await t.get('/api/v1/leads?spam=include')
      expect(res.body.data).toHaveLength(count)
      return res.body.data
    },
    { timeout: 10_000, interval: 100 },
  )

/** Gives the queue consumer time to file anything it was (wrongly) given, then counts. */
export async function settledLeadCount(t: TestTenant): Promise<number> {
  await new Promise((r) => setTimeout(r, 1500))
  return (await t.get('/api/v1/leads?spam=include')).body.data.length
}
