import QRCode from 'qrcode-svg'
import type { Approver, LoginView } from '../../../durable-objects/login-channel/login-state.ts'
import { BROWSER_HASH_HEADER, SocketRefusal } from '../../../durable-objects/login-channel/protocol.ts'
import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import {
  completeSignIn,
  enforceAuthLimit,
  findUserById,
  hashSecret,
  type IssuedSession,
  newSecret,
} from '../auth/index.ts'
import { channelFor, refusalError } from './login-channel.ts'

export interface StartedQrLogin {
  login: LoginView
  /** Goes only into the desktop's HttpOnly cookie; the channel keeps its hash. */
  browserSecret: string
  approveUrl: string
  qrSvg: string
}

/** The URL a phone's camera opens: the dashboard's approval screen for this login. */
const approveUrlOf = (ctx: Ctx, loginId: string) => `${ctx.config.PUBLIC_ORIGIN}/app/qr/${loginId}`

function qrSvgOf(content: string): string {
  return new QRCode({
    content,
    container: 'svg-viewbox',
    join: true,
    padding: 4,
    ecl: 'M',
    pretty: false,
    xmlDeclaration: false,
  }).svg()
}

/** A desktop browser asks to be signed in by a phone: a new login, bound to a secret only it holds. */
export async function startQrLogin(ctx: Ctx): Promise<StartedQrLogin> {
  await enforceAuthLimit(ctx, 'qr:ip', ctx.client.ip)
  const loginId = newId('qrLogin')
  const browserSecret = newSecret('qrb_')
  const login = await channelFor(ctx.env, loginId).open({
    loginId,
    secretHash: await hashSecret(browserSecret),
    requester: { ...ctx.client },
  })
  const approveUrl = approveUrlOf(ctx, loginId)
  return { login, browserSecret, approveUrl, qrSvg: qrSvgOf(approveUrl) }
}

/** What the phone shows before approving; an expired login is as gone as an unknown one. */
export async function getQrLoginOrThrow(ctx: Ctx, loginId: string): Promise<LoginView> {
  const login = await channelFor(ctx.env, loginId).describe()
  if (!login || login.state === 'expired') throw refusalError('not_found')
  return login
}

function approverOf(ctx: TenantCtx): Approver {
  if (ctx.actor.kind !== 'user')
    throw new ApiError('FORBIDDEN', 'Only a signed-in person can approve a sign-in')
  // Support staff acting as a member must not hand that member's account to another browser.
  if (ctx.actor.impersonatorId) {
    throw new ApiError('FORBIDDEN', 'A sign-in cannot be approved while impersonating a member')
  }
  return { userId: ctx.actor.userId, tenantId: ctx.tenantId }
}

/**
 * The phone's answer. Approving signs the desktop in as this member, in this organisation,
 * once it collects the approval; either answer is final and audited with who asked.
 */
export async function decideQrLogin(
  ctx: TenantCtx,
  loginId: string,
  decision: 'approve' | 'deny',
): Promise<LoginView> {
  const by = approverOf(ctx)
  const channel = channelFor(ctx.env, loginId)
  const outcome = decision === 'approve' ? await channel.approve(by) : await channel.deny(by)
  if (!outcome.ok) throw refusalError(outcome.reason)
  const { requester } = outcome.value
  await recordAudit(ctx, {
    action: decision === 'approve' ? 'auth.qr_approved' : 'auth.qr_denied',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'qr_login', id: loginId },
    metadata: {
      requesterUserAgent: requester.userAgent,
      requesterIp: requester.ip,
      requesterLocation: requester.location,
    },
  })
  return outcome.value
}

/**
 * The desktop collects the approval: only the browser that started the login (its cookie
 * secret), only once, only before it expires. It is marked used before the session is
 * issued, so a failure afterwards burns the code rather than leaving it reusable.
 */
export async function completeQrLogin(
  ctx: Ctx,
  loginId: string,
  browserSecret: string | undefined,
): Promise<IssuedSession> {
  if (!browserSecret) throw refusalError('wrong_browser')
  const outcome = await channelFor(ctx.env, loginId).consume(await hashSecret(browserSecret))
  if (!outcome.ok) throw refusalError(outcome.reason)
  const user = await findUserById(ctx.d1, outcome.value.userId)
  if (!user) throw new ApiError('FORBIDDEN', 'The account that approved this sign-in no longer exists')
  return completeSignIn(ctx, user, 'qr', { tenantId: outcome.value.tenantId })
}

/** The desktop's socket: the channel checks the browser's secret hash and tells where the login stands. */
export async function connectQrLoginSocket(
  ctx: Ctx,
  loginId: string,
  browserSecret: string | undefined,
  request: Request,
): Promise<Response> {
  if (!browserSecret) throw refusalError('wrong_browser')
  const headers = new Headers(request.headers)
  headers.delete('cookie')
  headers.set(BROWSER_HASH_HEADER, await hashSecret(browserSecret))
  const response = await channelFor(ctx.env, loginId).fetch(new Request(request.url, { headers }))
  if (response.status === 101) return response
  const refusal = SocketRefusal.safeParse(await response.json().catch(() => null))
  if (!refusal.success) throw new Error(`QR login channel answered ${response.status}`)
  throw refusalError(refusal.data.reason)
}
