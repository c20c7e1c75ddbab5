import { DurableObject } from 'cloudflare:workers'
import {
  type Approver,
  consume,
  decide,
  type LoginRecord,
  type LoginView,
  newRecord,
  type Outcome,
  type Requester,
  sameBrowser,
  stateAt,
  viewOf,
} from './login-state.ts'
import { BROWSER_HASH_HEADER, LoginClientMessage, type LoginServerMessage } from './protocol.ts'

const RECORD_KEY = 'login'
/** A finished login stays readable for a while, so late callers hear "expired" rather than "unknown". */
const RETENTION_MS = 10 * 60 * 1000

export interface OpenLogin {
  loginId: string
  secretHash: string
  requester: Requester
}

function messageFor(record: LoginRecord, now: number): LoginServerMessage {
  const state = stateAt(record, now)
  return state === 'pending'
    ? { type: 'waiting', expiresAt: new Date(record.expiresAt).toISOString() }
    : { type: state }
}

/**
 * One instance per pending QR sign-in (named by its login id), belonging to no tenant.
 * Strongly consistent, so approving and consuming are each a single compare-and-set: storage
 * calls keep the object's input gate shut, so no other call runs between a read and its
 * write. The state rules live in login-state.ts; this class stores, notifies and expires.
 */
export class LoginChannel extends DurableObject<Env> {
  async open(input: OpenLogin): Promise<LoginView> {
    if (await this.#load()) throw new Error(`QR login ${input.loginId} is already open`)
    const now = Date.now()
    const record = newRecord(input.loginId, input.secretHash, input.requester, now)
    await this.ctx.storage.put(RECORD_KEY, record)
    await this.ctx.storage.setAlarm(record.expiresAt)
    return viewOf(record, now)
  }

  async describe(): Promise<LoginView | null> {
    const record = await this.#load()
    return record ? viewOf(record, Date.now()) : null
  }

  approve(by: Approver): Promise<Outcome<LoginView>> {
    return this.#settle('approve', by)
  }

  deny(by: Approver): Promise<Outcome<LoginView>> {
    return this.#settle('deny', by)
  }

  /** The desktop's one collection of an approved login; answers who approved it. */
  async consume(secretHash: string): Promise<Outcome<Approver>> {
    const now = Date.now()
    const outcome = consume(await this.#load(), now, secretHash)
    if (!outcome.ok) return outcome
    await this.ctx.storage.put(RECORD_KEY, outcome.value.record)
    this.#broadcast(messageFor(outcome.value.record, now))
    return { ok: true, value: outcome.value.approver }
  }

  /** Only the WebSocket upgrade comes through fetch; the Worker checked the origin. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') {
      return new Response('Expected a WebSocket upgrade', { status: 426 })
    }
    const browser = sameBrowser(await this.#load(), request.headers.get(BROWSER_HASH_HEADER) ?? '')
    if (!browser.ok) {
      return Response.json({ reason: browser.reason }, { status: browser.reason === 'not_found' ? 404 : 403 })
    }
    const { 0: client, 1: server } = new WebSocketPair()
    this.ctx.acceptWebSocket(server)
    // A decision taken before the desktop connected is told at once.
    const message = messageFor(browser.value, Date.now())
    server.send(JSON.stringify(message))
    if (message.type !== 'waiting') server.close(1000, message.type)
    return new Response(null, { status: 101, webSocket: client })
  }

  override async webSocketMessage(socket: WebSocket, raw: string | ArrayBuffer): Promise<void> {
    let data: unknown
    try {
      data = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw))
    } catch {
      socket.close(1003, 'Messages must be JSON')
      return
    }
    if (!LoginClientMessage.safeParse(data).success) {
      socket.close(1003, 'Unknown message')
      return
    }
    socket.send(JSON.stringify({ type: 'pong', at: Date.now() } satisfies LoginServerMessage))
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    try {
      socket.close(code === 1005 ? 1000 : code, 'closing')
    } catch {
      // Already closed from this side.
    }
  }

  /** At expiry: lapse an unused login and tell the desktop; some minutes later, erase it. */
  override async alarm(): Promise<void> {
    const record = await this.#load()
    if (!record) return
    const now = Date.now()
    if (now < record.expiresAt) {
      await this.ctx.storage.setAlarm(record.expiresAt)
      return
    }
    if (now >= record.expiresAt + RETENTION_MS) {
      await this.ctx.storage.deleteAlarm()
      await this.ctx.storage.deleteAll()
      return
    }
    const lapsed: LoginRecord = { ...record, state: stateAt(record, now) }
    if (lapsed.state !== record.state) await this.ctx.storage.put(RECORD_KEY, lapsed)
    this.#broadcast(messageFor(lapsed, now))
    await this.ctx.storage.setAlarm(record.expiresAt + RETENTION_MS)
  }

  async #settle(decision: 'approve' | 'deny', by: Approver): Promise<Outcome<LoginView>> {
    const now = Date.now()
    const outcome = decide(await this.#load(), now, decision, by)
    if (!outcome.ok) return outcome
    await this.ctx.storage.put(RECORD_KEY, outcome.value)
    this.#broadcast(messageFor(outcome.value, now))
    return { ok: true, value: viewOf(outcome.value, now) }
  }

  #load(): Promise<LoginRecord | undefined> {
    return this.ctx.storage.get<LoginRecord>(RECORD_KEY)
  }

  /** Every message but "waiting" ends the conversation, so the socket is closed after it. */
  #broadcast(message: LoginServerMessage): void {
    const payload = JSON.stringify(message)
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(payload)
        if (message.type !== 'waiting') socket.close(1000, message.type)
      } catch {
        // A socket that closed meanwhile has nobody left to tell.
      }
    }
  }
}
