import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { assertSameOrigin, deliverSession, SignedIn } from '../../auth/index.ts'
import { browserSecretOf, clearBrowserCookie } from '../qr-login.cookies.ts'
import { QrLoginParams } from '../qr-login.schemas.ts'
import { completeQrLogin as complete } from '../qr-login.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/qr-logins/{loginId}/complete',
  tags: ['Auth'],
  summary: 'Sign this browser in with an approved QR code',
  description:
    'Only from the browser that started the QR sign-in (its `vitrine_qr` cookie), once, after the phone approved and before it expires. ' +
    'Signs in as the member who approved, in the organisation they were using, with session cookies.',
  request: { params: QrLoginParams },
  responses: {
    201: jsonResponse(SignedIn, 'Signed in'),
    409: problemDoc('Not approved yet'),
    410: problemDoc('Already used, or expired'),
    ...errorResponses,
  },
})

export const completeQrLogin = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    assertSameOrigin(c)
    const { loginId } = c.req.valid('param')
    const issued = await complete(c.var.ctx, loginId, browserSecretOf(c))
    clearBrowserCookie(c, loginId)
    return c.json(deliverSession(c, issued, 'cookie'), 201)
  },
})
