// A lead's first-response clock as one short phrase and a state, for the inbox's live countdown
// (which re-renders it every few seconds) and the lead detail. Pure: no React, no fetch.

export interface LeadSlaView {
  dueAt: string | null
  firstResponseAt: string | null
  breachedAt: string | null
  escalationLevel: number
}

export type SlaState = 'ok' | 'due-soon' | 'breached' | 'met' | 'none'

/** Within this long of the due time the clock shows as due soon. */
export const DUE_SOON_MS = 5 * 60_000

const MINUTE = 60_000

/** "less than a minute", "12 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE)
  if (minutes < 1) return 'less than a minute'
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`
  const days = Math.floor(hours / 24)
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`
}

/**
 * What the clock says at `now`. The state is never the only signal: the label says the same in
 * words, so colour can add to it but nothing depends on colour.
 * @example slaState(lead.sla, Date.now()) // { state: 'due-soon', label: 'Due in 3 min' }
 */
export function slaState(sla: LeadSlaView, now: Date | number): { label: string; state: SlaState } {
  const at = typeof now === 'number' ? now : now.getTime()
  const due = sla.dueAt ? Date.parse(sla.dueAt) : null
  if (sla.firstResponseAt) {
    const answered = Date.parse(sla.firstResponseAt)
    if (due !== null && answered > due)
      return { state: 'met', label: `Answered ${formatDuration(answered - due)} late` }
    return { state: 'met', label: 'Answered in time' }
  }
  if (due === null) return { state: 'none', label: 'No response target' }
  if (at >= due) {
    const escalated =
      sla.escalationLevel >= 2 ? ' · owners alerted' : sla.escalationLevel === 1 ? ' · manager alerted' : ''
    return { state: 'breached', label: `Overdue by ${formatDuration(at - due)}${escalated}` }
  }
  return { state: due - at <= DUE_SOON_MS ? 'due-soon' : 'ok', label: `Due in ${formatDuration(due - at)}` }
}
