import { z } from '@hono/zod-openapi'
import { Funnel, FunnelInput } from '../analytics.schemas.ts'

/** Enough for every question a team asks; more is clutter on the funnels page. */
export const MAX_FUNNELS = 50

export const FunnelList = z.array(Funnel)

/** Rename or redefine a funnel: the fields given replace the stored ones. */
export const FunnelPatch = FunnelInput.partial().refine((patch) => Object.keys(patch).length > 0, {
  message: 'Give a new name or new steps',
  path: ['name'],
})
export type FunnelPatch = z.infer<typeof FunnelPatch>
