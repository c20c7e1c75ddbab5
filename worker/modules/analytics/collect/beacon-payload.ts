// What the beacon posts to /a/collect (see beacon-script.ts for the short keys). Nothing in it
// is trusted: the event is marked unverified and the consumer checks the site is the tenant's.
import { z } from 'zod'
import { idPattern } from '../../../lib/ids.ts'
import { ACTION_TYPES } from '../analytics.tables.ts'

/** A beacon's whole body; anything bigger is refused unread. */
export const MAX_BEACON_BYTES = 1024

export const BeaconPayload = z.strictObject({
  t: z.string().regex(idPattern('tenant'), 'Not a tenant id'),
  s: z.string().regex(idPattern('site'), 'Not a site id'),
  p: z.string().startsWith('/').max(MAX_BEACON_BYTES),
  a: z.enum(ACTION_TYPES),
  g: z.string().max(MAX_BEACON_BYTES).nullish(),
  q: z.string().max(MAX_BEACON_BYTES).nullish(),
  r: z.string().max(MAX_BEACON_BYTES).nullish(),
})
export type BeaconPayload = z.infer<typeof BeaconPayload>
