/** @jsxImportSource hono/jsx */
import type { OpeningHours } from '../../brands/index.ts'
import type { PageView } from './page-view.ts'
import { OPEN_NOW_SCRIPT } from './scripts.ts'

const pairs = (intervals: { open: string; close: string }[] = []) => intervals.map((i) => [i.open, i.close])

/**
 * "Open now" or "Closed now", worked out in the visitor's browser from the hours in data-oh:
 * a cached page cannot know when it is read. Hidden until the script fills it, so visitors
 * without scripts see the full hours instead of a stale badge.
 */
export function OpenBadge(props: { hours: OpeningHours; timezone: string; view: PageView }) {
  const { hours, view } = props
  view.needs.chunk('badge')
  view.needs.scripts.add(OPEN_NOW_SCRIPT)
  const data = {
    z: props.timezone,
    w: Object.fromEntries(Object.entries(hours.weekly).map(([day, list]) => [day, pairs(list)])),
    x: Object.fromEntries((hours.holidays ?? []).map((h) => [h.date, pairs(h.intervals)])),
    c: (hours.closures ?? []).map((c) => [c.from, c.until]),
    o: view.t.openNow,
    n: view.t.closedNow,
  }
  return <span class="ob" hidden data-oh={JSON.stringify(data)} />
}
