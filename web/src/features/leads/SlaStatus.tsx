import { type SlaState, slaState } from '../routing/sla-clock.ts'
import type { Lead } from './leads-api.ts'
import { useNow } from './useNow.ts'

// A shape beside the words, so the state never rests on colour alone; the words are what is read.
const ICONS: Record<SlaState, string> = {
  ok: '◷',
  'due-soon': '⏳',
  breached: '⚠',
  met: '✓',
  none: '–',
}

/** The first-response clock, counting down live. */
export function SlaStatus({ sla }: { sla: Lead['sla'] }) {
  const { state, label } = slaState(sla, useNow())
  return (
    <span className="sla" data-state={state}>
      <span aria-hidden="true">{ICONS[state]}</span>
      {label}
    </span>
  )
}
