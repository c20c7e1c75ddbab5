import { z } from '@hono/zod-openapi'
import { LOGIN_STATES, type LoginView } from '../../../durable-objects/login-channel/login-state.ts'
import { idPattern } from '../../lib/ids.ts'
import { summariseUserAgent } from './user-agent.ts'

export const QrLoginParams = z.object({
  loginId: z
    .string()
    .regex(idPattern('qrLogin'), 'Not a QR sign-in id')
    .openapi({ param: { name: 'loginId', in: 'path' }, example: 'qr_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
})

export const QrLoginStarted = z
  .object({
    loginId: z.string().openapi({ example: 'qr_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    qrSvg: z.string().openapi({ description: 'An SVG image of the QR code that encodes `approveUrl`' }),
    approveUrl: z.url().openapi({
      description: 'Where a signed-in phone approves this sign-in; the QR code encodes it',
      example: 'https://vitrine.example/app/qr/qr_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
    }),
    expiresAt: z.string().openapi({ example: '2026-11-21T18:02:00.000Z' }),
  })
  .openapi('QrLoginStarted')
export type QrLoginStarted = z.infer<typeof QrLoginStarted>

export const QrLogin = z
  .object({
    loginId: z.string(),
    state: z.enum(LOGIN_STATES).openapi({
      description:
        '`pending` until the phone decides; `approved` until the desktop signs in (then `consumed`); `denied`; `expired` two minutes after it began',
    }),
    requester: z
      .object({
        browser: z.string().openapi({ example: 'Chrome on Linux' }),
        userAgent: z.string().nullable(),
        ip: z.string().nullable().openapi({ example: '203.0.113.7' }),
        location: z.string().nullable().openapi({ example: 'Lisbon, PT' }),
      })
      .openapi({ description: 'The browser that asked to be signed in' }),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('QrLogin')
export type QrLogin = z.infer<typeof QrLogin>

export function toQrLogin(view: LoginView): QrLogin {
  return QrLogin.parse({
    loginId: view.loginId,
    state: view.state,
    requester: { browser: summariseUserAgent(view.requester.userAgent), ...view.requester },
    createdAt: new Date(view.createdAt).toISOString(),
    expiresAt: new Date(view.expiresAt).toISOString(),
  })
}
