import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { approveQrLogin } from './approve-qr-login.ts'
import { completeQrLogin } from './complete-qr-login.ts'
import { createQrLogin } from './create-qr-login.ts'
import { denyQrLogin } from './deny-qr-login.ts'
import { getQrLogin } from './get-qr-login.ts'
import { openQrLoginSocket } from './open-qr-login-socket.ts'

export const qrLoginRoutes = createRouter<AppEnv>().openapiRoutes([
  createQrLogin,
  getQrLogin,
  openQrLoginSocket,
  approveQrLogin,
  denyQrLogin,
  completeQrLogin,
] as const)
