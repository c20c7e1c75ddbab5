import { DurableObject } from 'cloudflare:workers'
import type { z } from 'zod'
import { AUDIENCE_HEADER, parseAudience, receives, userTag } from './audience.ts'
import { countLive, ensureLiveTable, noteSeen, type SeenVisitor } from './live-visitors.ts'
import { ClientMessage, type ServerMessage, type TenantEvent } from './protocol.ts'
import { consume, type RateLimitDecision, type WindowState } from './rate-limit.ts'
import { nextAfter } from './rotation.ts'

export interface RateLimitRequest {
  key: string
  limit: number
  windowSeconds: number
}

export interface ScanCount {
  allowed: boolean
  /** Scans counted so far, this one included when allowed. */
  count: number
}

/**
 * One instance per tenant (named by tenant id). Thin on purpose: the window math lives in
 * rate-limit.ts, the protocol in protocol.ts. Sockets use the hibernation API, so idle
 * dashboards cost nothing while they wait for a lead.
 */
export class TenantHub extends DurableObject<Env> {
  /** Counts survive eviction in storage; a lost write merely forgives one request (fail-open). */
  async rateLimit(request: RateLimitRequest): Promise<RateLimitDecision> {
    const storageKey = `rl:${request.key}`
    const previous = await this.ctx.storage.get<WindowState>(storageKey)
    const { state, decision } = consume(previous, Date.now(), request.limit, request.windowSeconds * 1000)
    await this.ctx.storage.put(storageKey, state)
    return decision
  }

  /**
   * One more scan of a code with a scan limit, refused once `limit` scans were counted. The
   * count lives in storage for good, so raising the limit later lets scans through again.
   */
  async countScan(codeId: string, limit: number): Promise<ScanCount> {
    const storageKey = `scans:${codeId}`
    const count = (await this.ctx.storage.get<number>(storageKey)) ?? 0
    if (count >= limit) return { allowed: false, count }
    await this.ctx.storage.put(storageKey, count + 1)
    return { allowed: true, count: count + 1 }
  }

  /**
   * The next of `candidates` for a round-robin `key` (a routing rule), remembered in storage.
   * Storage calls hold other requests at the input gate, so two leads never get the same turn.
   */
  async nextInRotation(key: string, candidates: string[]): Promise<string> {
    const storageKey = `rr:${key}`
    const chosen = nextAfter(await this.ctx.storage.get<string>(storageKey), candidates)
    await this.ctx.storage.put(storageKey, chosen)
    return chosen
  }

  /**
   * Pushes an event to every connected dashboard allowed to see it (see audience.ts); returns
   * how many sockets it reached.
   */
  async publish(event: TenantEvent): Promise<number> {
    const payload = JSON.stringify(event satisfies z.input<typeof ServerMessage>)
    let delivered = 0
    for (const socket of this.ctx.getWebSockets()) {
      if (!receives(parseAudience(socket.deserializeAttachment()), event)) continue
      try {
        socket.send(payload)
        delivered++
      } catch {
        // A socket that closed between listing and sending has nothing left to deliver to.
      }
    }
    return delivered
  }

  /** The analytics consumer reports each batch's visitors here, for the live counter. */
  async noteVisitors(seen: SeenVisitor[]): Promise<void> {
    ensureLiveTable(this.ctx.storage.sql)
    noteSeen(this.ctx.storage.sql, seen, Date.now())
  }

  /** Distinct visitors seen in the last five minutes in any of `scopes`. */
  async liveVisitors(scopes: string[]): Promise<number> {
    ensureLiveTable(this.ctx.storage.sql)
    return countLive(this.ctx.storage.sql, scopes, Date.now())
  }

  async connectedDashboards(): Promise<number> {
    return this.ctx.getWebSockets().length
  }

  /**
   * Closes a user's sockets after their role, branches or membership changed; dashboards
   * reconnect through the Worker, which authenticates them again with the new access.
   */
  async disconnectUser(userId: string): Promise<number> {
    const sockets = this.ctx.getWebSockets(userTag(userId))
    for (const socket of sockets) {
      try {
        socket.close(1008, 'Your access changed; reconnect')
      } catch {
        // Already closing.
      }
    }
    return sockets.length
  }

  /** Only the WebSocket upgrade comes through fetch; the Worker authenticated the caller. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') {
      return new Response('Expected a WebSocket upgrade', { status: 426 })
    }
    const tenantId = request.headers.get('x-vitrine-tenant') ?? ''
    const audience = parseAudience(request.headers.get(AUDIENCE_HEADER))
    if (!audience) return new Response('Missing the socket audience', { status: 400 })
    const { 0: client, 1: server } = new WebSocketPair()
    this.ctx.acceptWebSocket(server, audience.userId ? [userTag(audience.userId)] : [])
    server.serializeAttachment(audience)
    server.send(JSON.stringify({ type: 'ready', tenantId } satisfies ServerMessage))
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
    const message = ClientMessage.safeParse(data)
    if (!message.success) {
      socket.close(1003, 'Unknown message')
      return
    }
    socket.send(JSON.stringify({ type: 'pong', at: Date.now() } satisfies ServerMessage))
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    socket.close(code === 1005 ? 1000 : code, 'closing')
  }
}
