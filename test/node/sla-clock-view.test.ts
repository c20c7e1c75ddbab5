import { describe, expect, it } from 'vitest'
import { formatDuration, slaState } from '../../web/src/features/routing/sla-clock.ts'

const DUE = '2025-01-06T10:15:00.000Z'
const at = (iso: string) => new Date(iso)
const open = { dueAt: DUE, firstResponseAt: null, breachedAt: null, escalationLevel: 0 }

describe('the SLA clock on a lead', () => {
  it('counts down, then warns in the last five minutes', () => {
    expect(slaState(open, at('2025-01-06T09:00:00Z'))).toEqual({ state: 'ok', label: 'Due in 1 h 15 min' })
    expect(slaState(open, at('2025-01-06T10:11:30Z'))).toEqual({ state: 'due-soon', label: 'Due in 3 min' })
    expect(slaState(open, Date.parse('2025-01-06T10:14:45Z'))).toEqual({
      state: 'due-soon',
      label: 'Due in less than a minute',
    })
  })

  it('says how late an unanswered lead is and who was alerted', () => {
    expect(slaState(open, at('2025-01-06T10:27:00Z'))).toEqual({
      state: 'breached',
      label: 'Overdue by 12 min',
    })
    expect(slaState({ ...open, escalationLevel: 1 }, at('2025-01-06T12:15:00Z')).label).toBe(
      'Overdue by 2 h · manager alerted',
    )
    expect(slaState({ ...open, escalationLevel: 2 }, at('2025-01-08T13:15:00Z')).label).toBe(
      'Overdue by 2 d 3 h · owners alerted',
    )
  })

  it('stops once answered, saying whether it was in time', () => {
    const now = at('2025-01-06T11:00:00Z')
    expect(slaState({ ...open, firstResponseAt: '2025-01-06T10:05:00Z' }, now)).toEqual({
      state: 'met',
      label: 'Answered in time',
    })
    expect(slaState({ ...open, firstResponseAt: '2025-01-06T10:35:00Z' }, now)).toEqual({
      state: 'met',
      label: 'Answered 20 min late',
    })
  })

  it('shows no clock without a target', () => {
    expect(slaState({ ...open, dueAt: null }, at('2025-01-06T11:00:00Z'))).toEqual({
      state: 'none',
      label: 'No response target',
    })
    expect(formatDuration(90 * 60_000)).toBe('1 h 30 min')
    expect(formatDuration(48 * 3_600_000)).toBe('2 d')
  })
})
