import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { expect, inject } from 'vitest'
import type { Bindings } from '../../../worker/env.ts'
import worker from '../../../worker/index.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export const POLL_CRON = '*/5 * * * *'

/** A hostname no other test uses; `apex` gives a two-label one (which gets a www twin). */
export const uniqueHostname = (kind: 'apex' | 'sub' = 'sub') => {
  const id = crypto.randomUUID().slice(0, 8)
  return kind === 'apex' ? `cafe-${id}.example` : `shop-${id}.example.com`
}

/** Tells the local Cloudflare what the real world would: records created, validation timed out, an outage. */
export async function fake(action: 'activate' | 'time-out' | 'fail-next', body: Record<string, unknown>) {
  const res = await fetch(`${inject('cfFakeOrigin')}/__fake/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, `fake ${action} ${JSON.stringify(body)}`).toBe(200)
}

/** What the zone holds under this name, asked through the API itself. */
export async function atCloudflare(hostname: string): Promise<{ id: string; status: string }[]> {
  const res = await fetch(
    `${inject('cfApiUrl')}/zones/${env.CLOUDFLARE_ZONE_ID}/custom_hostnames?hostname=${encodeURIComponent(hostname)}`,
    { headers: { authorization: `Bearer ${(env as unknown as Bindings).CLOUDFLARE_API_TOKEN}` } },
  )
  const body = (await res.json()) as { result: { id: string; status: string }[] }
  return body.result
}

export async function runPollCron() {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: POLL_CRON }), env as never, ctx)
  await waitOnExecutionContext(ctx)
}

/** Runs the cron until it has checked this hostname (others, checked longer ago, go first). */
export async function pollUntilChecked(hostname: string) {
  const before = await row(hostname)
  for (let run = 0; run < 10; run++) {
    await runPollCron()
    const now = await row(hostname)
    if (now?.checked_at !== before?.checked_at) return now
  }
  throw new Error(`the cron never checked ${hostname}`)
}

export interface HostnameRecord {
  id: string
  tenant_id: string
  hostname: string
  status: string
  redirect_to: string | null
  checked_at: number | null
  activated_at: number | null
  last_error: string | null
}

export const row = (hostname: string) =>
  env.DB.prepare('select * from hostnames where hostname = ?').bind(hostname).first<HostnameRecord>()

export const addDomain = (t: TestTenant, body: Record<string, unknown>) =>
  t.post('/api/v1/domains', { brandId: t.brandId, ...body })

/** Lifts the tenant to a plan with room for many domains, for tests about something else. */
export const roomForDomains = (t: TestTenant) =>
  env.DB.prepare("update tenants set plan_id = 'plan_scale' where id = ?").bind(t.tenantId).run()
