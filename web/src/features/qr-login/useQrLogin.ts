import { useEffect, useEffectEvent, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { messageOf } from '../../app/useSession.ts'
import {
  completeQrLogin,
  PING,
  parseLoginMessage,
  type QrLoginStarted,
  socketUrlOf,
  startQrLogin,
} from './qr-login.api.ts'

export type QrLoginState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; started: QrLoginStarted }
  | { phase: 'signing-in'; started: QrLoginStarted }
  | { phase: 'ended'; reason: 'expired' | 'denied' | 'consumed' | 'failed'; message?: string }

const PING_INTERVAL_MS = 30_000
const RECONNECT_MS = 2_000

/**
 * The desktop's side of a QR sign-in: asks for a code, listens on its channel, and the
 * moment the phone approves, collects the session. A dropped socket reconnects while the
 * code is valid; the channel repeats where the login stands on every connect, so an
 * approval given meanwhile is not missed. `start()` asks for a fresh code.
 */
export function useQrLogin(onSignedIn: (session: Session) => void, autoStart: boolean) {
  const [state, setState] = useState<QrLoginState>({ phase: 'idle' })
  const [round, setRound] = useState(autoStart ? 1 : 0)
  const signedIn = useEffectEvent(onSignedIn)

  useEffect(() => {
    if (round === 0) return
    const abort = new AbortController()
    let socket: WebSocket | null = null
    let settled = false
    let pingTimer: ReturnType<typeof setInterval> | undefined
    let retryTimer: ReturnType<typeof setTimeout> | undefined
    let expiryTimer: ReturnType<typeof setTimeout> | undefined

    function end(reason: 'expired' | 'denied' | 'consumed' | 'failed', message?: string) {
      if (settled) return
      settled = true
      clearTimeout(expiryTimer)
      socket?.close(1000, 'Done')
      setState({ phase: 'ended', reason, message })
    }

    async function collect(started: QrLoginStarted) {
      if (settled) return
      settled = true
      clearTimeout(expiryTimer)
      setState({ phase: 'signing-in', started })
      try {
        const session = await completeQrLogin(started.loginId)
        if (!abort.signal.aborted) signedIn(session)
      } catch (error) {
        if (!abort.signal.aborted) setState({ phase: 'ended', reason: 'failed', message: messageOf(error) })
      }
    }

    function connect(started: QrLoginStarted) {
      const ws = new WebSocket(socketUrlOf(started.loginId))
      socket = ws
      ws.addEventListener('open', () => {
        pingTimer = setInterval(() => ws.send(JSON.stringify(PING)), PING_INTERVAL_MS)
      })
      ws.addEventListener('message', (event) => {
        const message = parseLoginMessage(event.data)
        if (message?.type === 'approved') void collect(started)
        else if (message?.type === 'denied' || message?.type === 'expired' || message?.type === 'consumed')
          end(message.type)
      })
      ws.addEventListener('close', () => {
        clearInterval(pingTimer)
        if (settled || abort.signal.aborted || socket !== ws) return
        if (Date.now() < Date.parse(started.expiresAt))
          retryTimer = setTimeout(() => connect(started), RECONNECT_MS)
      })
    }

    setState({ phase: 'starting' })
    startQrLogin(abort.signal).then(
      (started) => {
        if (abort.signal.aborted) return
        setState({ phase: 'waiting', started })
        // The code lapses on the server at this time whatever the socket says.
        expiryTimer = setTimeout(() => end('expired'), Date.parse(started.expiresAt) - Date.now())
        connect(started)
      },
      (error: unknown) => {
        if (!abort.signal.aborted) end('failed', messageOf(error))
      },
    )

    return () => {
      abort.abort()
      clearTimeout(retryTimer)
      clearTimeout(expiryTimer)
      clearInterval(pingTimer)
      socket?.close(1000, 'Sign-in page closed')
    }
  }, [round])

  return { state, start: () => setRound((r) => r + 1) }
}
