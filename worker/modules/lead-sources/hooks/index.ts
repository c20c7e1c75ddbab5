// Inbound lead webhooks (/hooks/…), on our host only. Platforms sign the raw bytes, so these
// routes read the body themselves instead of going through the JSON API's validation.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../../../env.ts'
import { ApiError } from '../../../lib/errors.ts'
import { genericHook } from '../generic/generic-hook.ts'
import { googleHook } from '../google/google-hook.ts'
import { linkedinHook } from '../linkedin/linkedin-hook.ts'
import { metaHooks } from '../meta/index.ts'

/** Lead payloads are small; anything near this is not a lead. */
export const MAX_HOOK_BODY_BYTES = 256 * 1024

export const leadHooks = new Hono<AppEnv>().use(
  bodyLimit({
    maxSize: MAX_HOOK_BODY_BYTES,
    onError: () => {
      throw new ApiError(
        'PAYLOAD_TOO_LARGE',
        `Webhook bodies may be at most ${MAX_HOOK_BODY_BYTES / 1024} KB`,
      )
    },
  }),
)
// Each platform's routes are added below, one file each.
leadHooks.route('/', metaHooks)
leadHooks.route('/', googleHook)
leadHooks.route('/', linkedinHook)
leadHooks.route('/', genericHook)
