import { describe, expect, it } from 'vitest'
import { chooseDestination, localTime } from '../../../worker/modules/qr/redirect/choose-destination.ts'
import type { QrRoute } from '../../../worker/modules/qr/redirect/qr-route.ts'

function route(rules: QrRoute['rules'], timezone = 'Asia/Kolkata'): QrRoute {
  return {
    v: 1,
    tenantId: 'ten_x',
    codeId: 'qrc_x',
    brandId: null,
    branchId: null,
    placement: null,
    status: 'active',
    expiresAt: null,
    timezone,
    url: 'https://example.com/default',
    rules,
    passwordHash: null,
    scanLimit: null,
    brand: null,
  }
}

// Wednesday 2025-06-04 09:30 UTC is 15:00 in Kolkata (UTC+5:30) and 05:30 in New York (EDT).
const WEDNESDAY_MORNING_UTC = new Date('2025-06-04T09:30:00Z')
const scan = (over: Partial<Parameters<typeof chooseDestination>[1]> = {}) => ({
  platform: 'ios' as const,
  country: 'IN',
  now: WEDNESDAY_MORNING_UTC,
  ...over,
})

describe('localTime', () => {
  it('reads the weekday and clock in the route time zone', () => {
    expect(localTime(WEDNESDAY_MORNING_UTC, 'Asia/Kolkata')).toEqual({ day: 'wed', minutes: 15 * 60 })
    expect(localTime(WEDNESDAY_MORNING_UTC, 'America/New_York')).toEqual({ day: 'wed', minutes: 5 * 60 + 30 })
    expect(localTime(new Date('2025-06-04T20:00:00Z'), 'Pacific/Auckland')).toEqual({
      day: 'thu',
      minutes: 8 * 60,
    })
  })

  it('reads an unknown zone as UTC instead of failing the scan', () => {
    expect(localTime(WEDNESDAY_MORNING_UTC, 'Mars/Olympus_Mons')).toEqual({
      day: 'wed',
      minutes: 9 * 60 + 30,
    })
  })
})

describe('chooseDestination', () => {
  it('sends iPhone, Android and desktop scans to their own rules, others to the default', () => {
    const r = route([
      { devices: ['ios'], url: 'https://apps.apple.com/app' },
      { devices: ['android'], url: 'https://play.google.com/app' },
    ])
    expect(chooseDestination(r, scan({ platform: 'ios' }))).toEqual({
      url: 'https://apps.apple.com/app',
      ruleIndex: 0,
    })
    expect(chooseDestination(r, scan({ platform: 'android' }))).toEqual({
      url: 'https://play.google.com/app',
      ruleIndex: 1,
    })
    expect(chooseDestination(r, scan({ platform: 'desktop' }))).toEqual({
      url: 'https://example.com/default',
      ruleIndex: null,
    })
    expect(chooseDestination(r, scan({ platform: 'other' })).ruleIndex).toBeNull()
  })

  it('routes by country, and never matches a country rule when the country is unknown', () => {
    const r = route([{ countries: ['DE', 'AT'], url: 'https://example.com/de' }])
    expect(chooseDestination(r, scan({ country: 'DE' })).ruleIndex).toBe(0)
    expect(chooseDestination(r, scan({ country: 'at' })).ruleIndex).toBe(0)
    expect(chooseDestination(r, scan({ country: 'IN' })).ruleIndex).toBeNull()
    expect(chooseDestination(r, scan({ country: null })).ruleIndex).toBeNull()
  })

  it('serves the lunch menu until 16:00 and the dinner menu after, in the branch time zone', () => {
    const r = route([
      { until: '16:00', url: 'https://example.com/lunch' },
      { from: '16:00', url: 'https://example.com/dinner' },
    ])
    const at = (utc: string) => chooseDestination(r, scan({ now: new Date(utc) })).url
    expect(at('2025-06-04T10:29:00Z')).toBe('https://example.com/lunch') // 15:59 IST
    expect(at('2025-06-04T10:30:00Z')).toBe('https://example.com/dinner') // 16:00 IST
    expect(at('2025-06-04T18:29:00Z')).toBe('https://example.com/dinner') // 23:59 IST
    expect(at('2025-06-04T18:30:00Z')).toBe('https://example.com/lunch') // 00:00 IST
  })

  it('reads a window whose start is after its end as one across midnight', () => {
    const r = route([{ from: '22:00', until: '02:00', url: 'https://example.com/late' }], 'UTC')
    const at = (utc: string) => chooseDestination(r, scan({ now: new Date(utc) })).ruleIndex
    expect(at('2025-06-04T23:00:00Z')).toBe(0)
    expect(at('2025-06-05T01:59:00Z')).toBe(0)
    expect(at('2025-06-05T02:00:00Z')).toBeNull()
    expect(at('2025-06-04T21:59:00Z')).toBeNull()
  })

  it('routes by day of week in the route zone, not in UTC', () => {
    const r = route([{ days: ['sat', 'sun'], url: 'https://example.com/brunch' }], 'Pacific/Auckland')
    // Friday 20:00 UTC is already Saturday 08:00 in Auckland.
    expect(chooseDestination(r, scan({ now: new Date('2025-06-06T20:00:00Z') })).ruleIndex).toBe(0)
    expect(chooseDestination(r, scan({ now: new Date('2025-06-06T10:00:00Z') })).ruleIndex).toBeNull()
  })

  it('needs every condition of a rule, and the first matching rule wins', () => {
    const r = route([
      { devices: ['android'], countries: ['IN'], url: 'https://example.com/android-india' },
      {
        countries: ['IN'],
        days: ['wed'],
        from: '14:00',
        until: '16:00',
        url: 'https://example.com/india-wed',
      },
      { countries: ['IN'], url: 'https://example.com/india' },
    ])
    expect(chooseDestination(r, scan({ platform: 'android' })).ruleIndex).toBe(0)
    expect(chooseDestination(r, scan({ platform: 'ios' })).ruleIndex).toBe(1)
    expect(chooseDestination(r, scan({ now: new Date('2025-06-04T11:00:00Z') })).ruleIndex).toBe(2)
    expect(chooseDestination(r, scan({ now: new Date('2025-06-05T09:30:00Z') })).ruleIndex).toBe(2)
    expect(chooseDestination(r, scan({ country: 'US' })).ruleIndex).toBeNull()
  })
})
