import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requireUser, userActor } from '../../auth/index.ts'
import { CreatePasskeyBody, Passkey, toPasskey } from '../mfa.schemas.ts'
import { addPasskey } from '../passkeys.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/passkeys',
  tags: ['Multi-factor authentication'],
  summary: 'Add a passkey',
  description:
    'Verifies the answer of `startRegistration()` against the pending challenge and keeps the public key under a name. A wrong, expired or reused challenge is a 400.',
  middleware: [authenticate, requireUser] as const,
  request: { body: jsonBody(CreatePasskeyBody) },
  responses: {
    201: jsonResponse(Passkey, 'The new passkey'),
    409: problemDoc('This passkey is already registered'),
    ...errorResponses,
  },
})

export const createPasskey = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(toPasskey(await addPasskey(tenantCtx(c), userActor(c), c.req.valid('json'))), 201),
})
