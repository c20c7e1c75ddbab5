import { describe, expect, it } from 'vitest'
import {
  type ContactFacts,
  decayedPoints,
  type RuleForScoring,
  sameScore,
  scoreContact,
} from '../../../../worker/modules/crm/scoring/score-engine.ts'

const NOW = new Date('2025-06-30T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000)

const facts = (overrides: Partial<ContactFacts> = {}): ContactFacts => ({
  source: 'microsite_form',
  lastActivityAt: NOW,
  engagement: new Map(),
  fits: new Set(),
  ...overrides,
})

const rule = (id: string, points: number, condition: RuleForScoring['condition']): RuleForScoring => ({
  id,
  label: `Rule ${id}`,
  points,
  condition,
})

describe('the scoring engine', () => {
  it('gives source points when the contact came that way, and none otherwise', () => {
    const rules = [rule('r1', 15, { kind: 'source', sources: ['microsite_form', 'facebook'] })]
    expect(scoreContact(rules, facts(), NOW)).toEqual({
      score: 15,
      reasons: [{ ruleId: 'r1', label: 'Rule r1', points: 15 }],
    })
    expect(scoreContact(rules, facts({ source: 'import' }), NOW)).toEqual({ score: 0, reasons: [] })
    expect(scoreContact(rules, facts({ source: null }), NOW).score).toBe(0)
  })

  it('counts engagement against the minimum', () => {
    const rules = [rule('e', 20, { kind: 'engagement', signal: 'qr_scans', min: 2, withinDays: 30 })]
    expect(scoreContact(rules, facts({ engagement: new Map([['e', 1]]) }), NOW).score).toBe(0)
    expect(scoreContact(rules, facts({ engagement: new Map([['e', 2]]) }), NOW).score).toBe(20)
    expect(scoreContact(rules, facts(), NOW).score).toBe(0)
  })

  it('gives fit points for the rules the contact meets', () => {
    const rules = [
      rule('f1', 10, { kind: 'fit', condition: { field: 'custom.budget', op: 'gte', value: 1000 } }),
      rule('f2', 25, { kind: 'fit', condition: { field: 'company.employees', op: 'gt', value: 50 } }),
    ]
    expect(scoreContact(rules, facts({ fits: new Set(['f2']) }), NOW)).toEqual({
      score: 25,
      reasons: [{ ruleId: 'f2', label: 'Rule f2', points: 25 }],
    })
  })

  it('halves recency points every half-life since the last activity', () => {
    const rules = [rule('r', 20, { kind: 'recency', halfLifeDays: 14 })]
    expect(scoreContact(rules, facts({ lastActivityAt: NOW }), NOW).score).toBe(20)
    expect(scoreContact(rules, facts({ lastActivityAt: daysAgo(14) }), NOW).reasons[0]?.points).toBe(10)
    expect(scoreContact(rules, facts({ lastActivityAt: daysAgo(28) }), NOW).score).toBe(5)
    expect(decayedPoints(20, daysAgo(7), 14, NOW)).toBe(14) // 20 × 0.5^0.5 = 14.14
    expect(decayedPoints(20, daysAgo(-3), 14, NOW)).toBe(20) // a future date counts as now
    // Decayed to nothing: no reason line at all.
    expect(scoreContact(rules, facts({ lastActivityAt: daysAgo(200) }), NOW)).toEqual({
      score: 0,
      reasons: [],
    })
  })

  it('takes points away with negative rules, decaying those too', () => {
    const rules = [
      rule('plus', 30, { kind: 'source', sources: ['microsite_form'] }),
      rule('minus', -10, { kind: 'fit', condition: { field: 'email', op: 'contains', value: 'mailinator' } }),
      rule('stale', -8, { kind: 'recency', halfLifeDays: 10 }),
    ]
    const result = scoreContact(rules, facts({ fits: new Set(['minus']), lastActivityAt: daysAgo(10) }), NOW)
    expect(result.reasons.map((r) => r.points)).toEqual([30, -10, -4])
    expect(result.score).toBe(16)
  })

  it('clamps the sum to 0–100, keeping every reason', () => {
    const high = [
      rule('a', 60, { kind: 'source', sources: ['microsite_form'] }),
      rule('b', 70, { kind: 'recency', halfLifeDays: 30 }),
    ]
    const over = scoreContact(high, facts(), NOW)
    expect(over.score).toBe(100)
    expect(over.reasons).toHaveLength(2)
    const low = [rule('c', -40, { kind: 'source', sources: ['microsite_form'] })]
    expect(scoreContact(low, facts(), NOW)).toEqual({
      score: 0,
      reasons: [{ ruleId: 'c', label: 'Rule c', points: -40 }],
    })
  })

  it('tells an unchanged score from a changed one', () => {
    const a = { score: 10, reasons: [{ ruleId: 'r', label: 'R', points: 10 }] }
    expect(sameScore(a, { score: 10, reasons: [{ ruleId: 'r', label: 'R', points: 10 }] })).toBe(true)
    expect(sameScore(a, { score: 10, reasons: [{ ruleId: 'r', label: 'Renamed', points: 10 }] })).toBe(false)
    expect(sameScore(a, { score: 9, reasons: [{ ruleId: 'r', label: 'R', points: 9 }] })).toBe(false)
    expect(sameScore({ score: 0, reasons: [] }, { score: 0, reasons: [] })).toBe(true)
  })
})
