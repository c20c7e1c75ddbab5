import { z } from '@hono/zod-openapi'
import { ROLES } from './permissions.ts'

export const LoginBody = z
  .strictObject({
    email: z.email().max(254).openapi({ example: 'owner@demo.vitrine.dev' }),
    password: z.string().min(1).max(256).openapi({ example: 'vitrine-demo' }),
  })
  .openapi('LoginBody')

export const Session = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    tenant: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(ROLES),
    token: z
      .string()
      .optional()
      .openapi({ description: 'Bearer token for API clients; also set as a cookie' }),
    expiresAt: z.string().openapi({ example: '2026-11-21T18:00:00.000Z' }),
  })
  .openapi('Session')
export type Session = z.infer<typeof Session>
