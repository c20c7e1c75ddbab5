import type { ConnectionStatus } from '../../realtime/useTenantEvents.ts'

const LABELS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
}

export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  return (
    <p role="status" className="connection" data-status={status}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="visually-hidden">Real-time updates: </span>
      {LABELS[status]}
    </p>
  )
}
