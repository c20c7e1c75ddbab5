import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { setBrowserCookie } from '../qr-login.cookies.ts'
import { QrLoginStarted } from '../qr-login.schemas.ts'
import { startQrLogin } from '../qr-login.service.ts'

const route = createRoute({
  method: 'post',
  path: '/auth/qr-logins',
  tags: ['Auth'],
  summary: 'Start a QR sign-in on this browser',
  description:
    'Returns a QR code for a signed-in phone to scan and approve. It works once and expires in two minutes. ' +
    'An HttpOnly `vitrine_qr` cookie binds it to this browser: only this browser can open its socket and complete it.',
  responses: { 201: jsonResponse(QrLoginStarted, 'A new QR sign-in'), ...errorResponses },
})

export const createQrLogin = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { login, browserSecret, approveUrl, qrSvg } = await startQrLogin(c.var.ctx)
    setBrowserCookie(c, login.loginId, browserSecret, login.expiresAt)
    const started: QrLoginStarted = {
      loginId: login.loginId,
      qrSvg,
      approveUrl,
      expiresAt: new Date(login.expiresAt).toISOString(),
    }
    return c.json(started, 201)
  },
})
