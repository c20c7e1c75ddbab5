import type { Refusal } from '../../../durable-objects/login-channel/login-state.ts'
import { ApiError } from '../../lib/errors.ts'

/** The channel of one QR sign-in: one Durable Object per login, addressed by its id, in no tenant. */
export const channelFor = (env: Env, loginId: string) =>
  env.LOGIN_CHANNEL.get(env.LOGIN_CHANNEL.idFromName(loginId))

const REFUSALS: Record<Refusal, () => ApiError> = {
  not_found: () => new ApiError('NOT_FOUND', 'This QR sign-in does not exist or has expired'),
  wrong_browser: () =>
    new ApiError(
      'FORBIDDEN',
      'This QR sign-in was started in another browser; only that browser can finish it',
    ),
  already_decided: () => new ApiError('CONFLICT', 'This QR sign-in has already been approved or denied'),
  not_approved: () => new ApiError('CONFLICT', 'This QR sign-in has not been approved yet'),
  denied: () => new ApiError('FORBIDDEN', 'This QR sign-in was denied on the other device'),
  consumed: () => new ApiError('GONE', 'This QR sign-in has already been used'),
  expired: () => new ApiError('GONE', 'This QR code has expired; show a new one'),
}

/** The API's answer to a refusal from the channel. */
export const refusalError = (reason: Refusal): ApiError => REFUSALS[reason]()
