// The collect endpoint under load: beacons as a microsite's script sends them, and afterwards
// the proof that the queue's consumer counted every one the endpoint accepted.
import type { D1Database } from '@cloudflare/workers-types/experimental'
import type { ActionType } from '../../../worker/modules/analytics/analytics.tables.ts'
import type { BeaconPayload } from '../../../worker/modules/analytics/collect/beacon-payload.ts'
import { COLLECT_PATH } from '../../../worker/modules/analytics/collect/beacon-script.ts'
import { DEMO } from '../demo.ts'
import { PHONE_USER_AGENT } from './http.ts'
import type { LoadTarget, PathPool } from './load.ts'

export { COLLECT_PATH }

const ACTIONS: [ActionType, string | null][] = [
  ['call', null],
  ['whatsapp', 'wa.me'],
  ['directions', 'www.google.com'],
  ['section_view', 'menu'],
  ['section_view', 'hours'],
  ['outbound', 'www.instagram.com'],
  ['form_start', 'contact'],
  ['form_submit', 'contact'],
]
const ARRIVALS: { q: string; r: string | null }[] = [
  { q: '', r: null },
  { q: '?qr=DemoTab4', r: null },
  { q: '?utm_source=instagram&utm_medium=social&utm_campaign=spring-menu', r: 'l.instagram.com' },
  { q: '', r: 'www.google.com' },
]

/** Every pairing of an action with a way of arriving, each as the beacon's JSON text. */
export function beaconBodies(): string[] {
  return ACTIONS.flatMap(([a, g]) =>
    ARRIVALS.map(({ q, r }) => {
      const beacon: BeaconPayload = {
        t: DEMO.tenantId,
        s: DEMO.siteId,
        p: `/${DEMO.brandSlug}/${DEMO.branchSlug}`,
        a,
        g,
        q,
        r,
      }
      return JSON.stringify(beacon)
    }),
  )
}

/** navigator.sendBeacon's request from a phone: text/plain, no cookie, the page as referrer. */
export function collectTarget(url: string, host: string, bodies: PathPool): LoadTarget {
  return {
    url,
    host,
    path: COLLECT_PATH,
    method: 'POST',
    status: 204,
    body: bodies,
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      'user-agent': PHONE_USER_AGENT,
      'accept-language': 'en-US,en;q=0.9',
      referer: `${url}/${DEMO.brandSlug}/${DEMO.branchSlug}`,
    },
  }
}

export interface Ingested {
  /** Raw action events of the demo tenant stored by the consumer. */
  events: number
  /** Actions and exclusions in the tenant's `total` rollups after `afterDay`. */
  rollupActions: number
  rollupExcluded: number
  /** Messages of the events queue that ran out of retries and were parked. */
  deadLetters: number
}

/** What the consumer has stored so far; the seeded rollups end on `afterDay`, the load's start later. */
export async function countIngested(db: D1Database, afterDay: string): Promise<Ingested> {
  const [events, rollup, dead] = await db.batch<Record<string, number | null>>([
    db
      .prepare("SELECT count(*) AS n FROM analytics_events WHERE tenant_id = ?1 AND kind = 'action'")
      .bind(DEMO.tenantId),
    db
      .prepare(
        `SELECT sum(actions) AS actions, sum(excluded) AS excluded FROM analytics_daily
         WHERE scope = ?1 AND dimension = 'total' AND day > ?2 AND value = ''`,
      )
      .bind(DEMO.tenantId, afterDay),
    db.prepare("SELECT count(*) AS n FROM dead_letters WHERE queue LIKE '%events%'"),
  ])
  return {
    events: Number(events!.results[0]?.n ?? 0),
    rollupActions: Number(rollup!.results[0]?.actions ?? 0),
    rollupExcluded: Number(rollup!.results[0]?.excluded ?? 0),
    deadLetters: Number(dead!.results[0]?.n ?? 0),
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface Drained extends Ingested {
  /** performance.now() of the last change seen: the consumer's last write, give or take a second. */
  lastWriteAt: number
}

/**
 * Waits until the consumer has stored at least `accepted` events and its counts stay put for
 * longer than the queue's batch timeout (5 s), or until `limitSeconds` pass.
 */
export async function waitForConsumer(
  db: D1Database,
  afterDay: string,
  accepted: number,
  limitSeconds: number,
): Promise<Drained> {
  const started = performance.now()
  let last = await countIngested(db, afterDay)
  let changedAt = started
  for (;;) {
    await sleep(1000)
    const now = await countIngested(db, afterDay)
    if (JSON.stringify(now) !== JSON.stringify(last)) changedAt = performance.now()
    last = now
    const settled = performance.now() - changedAt > 7000
    const done = now.events >= accepted && now.rollupActions + now.rollupExcluded >= now.events
    if ((done && settled) || (settled && performance.now() - started > 20_000)) break
    if (performance.now() - started > limitSeconds * 1000) break
  }
  return { ...last, lastWriteAt: changedAt }
}
