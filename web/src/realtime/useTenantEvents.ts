import { useEffect, useEffectEvent, useSyncExternalStore } from 'react'
import {
  type ConnectionStatus,
  connectionStatus,
  subscribeTenantEvents,
  watchConnectionStatus,
} from './connection.ts'
import type { ServerMessage } from './messages.ts'

export type { ConnectionStatus }

/**
 * Hands every server message to `onMessage` while mounted, over the dashboard's one shared
 * socket to the tenant hub, and reports whether that socket is live.
 */
export function useTenantEvents(onMessage: (message: ServerMessage) => void): ConnectionStatus {
  const deliver = useEffectEvent(onMessage)
  useEffect(() => subscribeTenantEvents((message) => deliver(message)), [])
  return useSyncExternalStore(watchConnectionStatus, connectionStatus)
}
