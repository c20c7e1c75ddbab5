import { describe, expect, it } from 'vitest'
import { nextAfter } from '../../durable-objects/tenant-hub/rotation.ts'
import {
  addOpenMinutes,
  isOpenAt,
  onShift,
  type Schedule,
} from '../../worker/modules/leads/routing/schedule.ts'

const nineToFive = (zone: string, days: string[]): Schedule => ({
  zone,
  hours: { weekly: Object.fromEntries(days.map((d) => [d, [{ open: '09:00', close: '17:00' }]])) },
})
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri']
const at = (iso: string) => new Date(iso)

// 6 January 2025 was a Monday; Paris is UTC+1 in winter.
describe('opening hours on the server', () => {
  const paris = nineToFive('Europe/Paris', weekdays)

  it('reads open and closed in the branch’s own time zone', () => {
    expect(isOpenAt(paris, at('2025-01-06T08:30:00Z'))).toBe(true) // 09:30 in Paris
    expect(isOpenAt(paris, at('2025-01-06T07:59:00Z'))).toBe(false) // 08:59
    expect(isOpenAt(paris, at('2025-01-06T16:00:00Z'))).toBe(false) // 17:00, closing time
    expect(isOpenAt(paris, at('2025-01-11T10:00:00Z'))).toBe(false) // Saturday
  })

  it('keeps a late interval open past midnight into the next day', () => {
    const bar: Schedule = {
      zone: 'Europe/Paris',
      hours: { weekly: { fri: [{ open: '22:00', close: '02:00' }] } },
    }
    expect(isOpenAt(bar, at('2025-01-11T00:30:00Z'))).toBe(true) // Saturday 01:30
    expect(isOpenAt(bar, at('2025-01-11T01:30:00Z'))).toBe(false) // Saturday 02:30
    expect(isOpenAt(bar, at('2025-01-10T20:00:00Z'))).toBe(false) // Friday 21:00
  })

  it('lets a holiday replace the weekday and a closure close whole days', () => {
    const holiday = { ...paris, hours: { ...paris.hours, holidays: [{ date: '2025-01-06', intervals: [] }] } }
    expect(isOpenAt(holiday, at('2025-01-06T08:30:00Z'))).toBe(false)
    const special = {
      ...paris,
      hours: {
        ...paris.hours,
        holidays: [{ date: '2025-01-11', intervals: [{ open: '10:00', close: '12:00' }] }],
      },
    }
    expect(isOpenAt(special, at('2025-01-11T09:30:00Z'))).toBe(true) // Saturday 10:30
    const closed = {
      ...paris,
      hours: { ...paris.hours, closures: [{ from: '2025-01-06', until: '2025-01-08' }] },
    }
    expect(isOpenAt(closed, at('2025-01-08T08:30:00Z'))).toBe(false)
    expect(isOpenAt(closed, at('2025-01-09T08:30:00Z'))).toBe(true)
  })
})

describe('minutes of opening time', () => {
  const paris = nineToFive('Europe/Paris', weekdays)

  it('counts from the next opening for a lead that arrives after closing', () => {
    // Monday 22:00 in Paris: due Tuesday 09:15.
    expect(addOpenMinutes(paris, at('2025-01-06T21:00:00Z'), 15)?.toISOString()).toBe(
      '2025-01-07T08:15:00.000Z',
    )
    // Monday 07:00: due at 09:15 the same day.
    expect(addOpenMinutes(paris, at('2025-01-06T06:00:00Z'), 15)?.toISOString()).toBe(
      '2025-01-06T08:15:00.000Z',
    )
  })

  it('carries what is left at closing time over to the next open day', () => {
    // Monday 16:50: ten minutes today, five on Tuesday morning.
    expect(addOpenMinutes(paris, at('2025-01-06T15:50:00Z'), 15)?.toISOString()).toBe(
      '2025-01-07T08:05:00.000Z',
    )
    // Friday 16:55: five minutes on Friday, the other ten on Monday.
    expect(addOpenMinutes(paris, at('2025-01-10T15:55:00Z'), 15)?.toISOString()).toBe(
      '2025-01-13T08:10:00.000Z',
    )
  })

  it('is plain time while open', () => {
    expect(addOpenMinutes(paris, at('2025-01-06T09:00:00Z'), 15)?.toISOString()).toBe(
      '2025-01-06T09:15:00.000Z',
    )
  })

  it('follows the clocks across a daylight saving change', () => {
    // New York moved to EDT (UTC-4) on Sunday 9 March 2025; Saturday 20:00 EST is 01:00Z.
    const ny = nineToFive('America/New_York', ['sat', 'sun'])
    expect(addOpenMinutes(ny, at('2025-03-09T01:00:00Z'), 15)?.toISOString()).toBe('2025-03-09T13:15:00.000Z')
  })

  it('counts overlapping intervals once', () => {
    const bar: Schedule = {
      zone: 'UTC',
      hours: {
        weekly: { fri: [{ open: '22:00', close: '02:00' }], sat: [{ open: '00:00', close: '03:00' }] },
      },
    }
    // Friday 23:00: three hours to 02:00 on Friday's interval, then Saturday's runs on to 03:00.
    expect(addOpenMinutes(bar, at('2025-01-10T23:00:00Z'), 200)?.toISOString()).toBe(
      '2025-01-11T02:20:00.000Z',
    )
  })

  it('gives up on a schedule that never opens', () => {
    expect(addOpenMinutes({ zone: 'UTC', hours: { weekly: {} } }, at('2025-01-06T00:00:00Z'), 15)).toBeNull()
  })
})

describe('shifts', () => {
  it('puts someone without shifts on shift at all times', () => {
    expect(onShift(null, at('2025-01-06T03:00:00Z'))).toBe(true)
    expect(onShift({ timezone: 'UTC', week: {} }, at('2025-01-06T03:00:00Z'))).toBe(true)
  })

  it('reads a night shift in the agent’s zone across midnight', () => {
    const night = { timezone: 'Asia/Kolkata', week: { mon: [['22:00', '06:00'] as [string, string]] } }
    expect(onShift(night, at('2025-01-06T21:30:00Z'))).toBe(true) // Tuesday 03:00 in Kolkata
    expect(onShift(night, at('2025-01-07T01:30:00Z'))).toBe(false) // Tuesday 07:00
    expect(onShift(night, at('2025-01-06T15:30:00Z'))).toBe(false) // Monday 21:00
  })
})

describe('round-robin order', () => {
  it('serves each candidate in turn and starts again', () => {
    const picks: string[] = []
    let last: string | undefined
    for (let i = 0; i < 6; i++) {
      last = nextAfter(last, ['c', 'a', 'b'])
      picks.push(last)
    }
    expect(picks).toEqual(['a', 'b', 'c', 'a', 'b', 'c'])
  })

  it('stays fair when someone leaves or joins', () => {
    expect(nextAfter('b', ['a', 'c'])).toBe('c') // b went away: c is still next
    expect(nextAfter('c', ['a', 'b', 'c', 'd'])).toBe('d') // d joined after c
    expect(nextAfter('d', ['a', 'b'])).toBe('a')
    expect(() => nextAfter(undefined, [])).toThrow()
  })
})
