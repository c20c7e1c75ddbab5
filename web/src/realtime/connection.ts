import { PING, parseServerMessage, type ServerMessage } from './messages.ts'

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting'
type Listener = (message: ServerMessage) => void

const PING_INTERVAL_MS = 25_000
const MIN_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 30_000

/**
 * One WebSocket to the tenant hub for the whole dashboard, however many screens listen: it
 * opens with the first listener and closes with the last. The shell's notifications and the
 * Leads screen share it, so a lead arrives once per tab.
 */
const listeners = new Set<Listener>()
const statusWatchers = new Set<() => void>()
let status: ConnectionStatus = 'connecting'
let close: (() => void) | null = null

function setStatus(next: ConnectionStatus) {
  if (next === status) return
  status = next
  for (const watcher of statusWatchers) watcher()
}

export const connectionStatus = (): ConnectionStatus => status

export function watchConnectionStatus(watcher: () => void): () => void {
  statusWatchers.add(watcher)
  return () => statusWatchers.delete(watcher)
}

/** Hands every server message to `listener` until the returned function is called. */
export function subscribeTenantEvents(listener: Listener): () => void {
  listeners.add(listener)
  close ??= openSocket()
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    close?.()
    close = null
    setStatus('connecting')
  }
}

function realtimeUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/api/v1/realtime`
}

/** Exponential backoff (1 s, 2 s, 4 s … 30 s) with up to 50 % jitter, so tabs don't reconnect in lockstep. */
function backoff(attempt: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** attempt)
  return Math.max(MIN_BACKOFF_MS, ceiling * (0.5 + Math.random() * 0.5))
}

/** Keeps a socket open, reconnecting with backoff; reports "live" only once the hub says it is ready. */
function openSocket(): () => void {
  let socket: WebSocket | null = null
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let pingTimer: ReturnType<typeof setInterval> | undefined
  let disposed = false

  function connect() {
    const ws = new WebSocket(realtimeUrl())
    socket = ws
    ws.addEventListener('open', () => {
      pingTimer = setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(PING))
      }, PING_INTERVAL_MS)
    })
    ws.addEventListener('message', (event) => {
      if (disposed) return
      const message = parseServerMessage(event.data)
      if (!message) {
        console.warn('[realtime] ignoring unknown message', event.data)
        return
      }
      if (message.type === 'ready') {
        attempt = 0
        setStatus('live')
      }
      for (const listener of [...listeners]) listener(message)
    })
    // Every failure ends in `close`, so reconnection is handled there alone.
    ws.addEventListener('close', () => {
      clearInterval(pingTimer)
      if (disposed || socket !== ws) return
      setStatus('reconnecting')
      retryTimer = setTimeout(connect, backoff(attempt))
      attempt++
    })
  }

  // Coming back online should not wait out a long backoff.
  function reconnectNow() {
    if (disposed || socket?.readyState !== WebSocket.CLOSED) return
    clearTimeout(retryTimer)
    connect()
  }

  connect()
  window.addEventListener('online', reconnectNow)
  return () => {
    disposed = true
    window.removeEventListener('online', reconnectNow)
    clearTimeout(retryTimer)
    clearInterval(pingTimer)
    socket?.close(1000, 'Dashboard closed')
  }
}
