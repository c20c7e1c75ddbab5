/**
 * The lead score, as a pure function of a contact's facts and the tenant's rules, so it can be
 * tested without a database and explained line by line: the score is the sum of the points of
 * the rules the contact meets, clamped to 0–100, and every rule that added or took points is
 * one reason. Recency rules decay: their points halve every `halfLifeDays` since the contact's
 * last activity.
 */
import type { ScoreReason } from '../contacts/contacts.tables.ts'
import type { ScoringCondition } from './scoring.schemas.ts'

export interface RuleForScoring {
  id: string
  label: string
  points: number
  condition: ScoringCondition
}

/** What the rules look at, gathered for a batch of contacts (score-facts.ts). */
export interface ContactFacts {
  source: string | null
  /** The last activity; the contact's creation when it has none. */
  lastActivityAt: Date
  /** Engagement rules: how many of the rule's signal fell within its window, by rule id. */
  engagement: ReadonlyMap<string, number>
  /** Fit rules the contact meets, by rule id. */
  fits: ReadonlySet<string>
}

export interface Score {
  score: number
  reasons: ScoreReason[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** `points` halved every `halfLifeDays`, rounded; a date in the future counts as today. */
export function decayedPoints(points: number, lastActivityAt: Date, halfLifeDays: number, now: Date): number {
  const days = Math.max(0, (now.getTime() - lastActivityAt.getTime()) / DAY_MS)
  const value = Math.round(points * 0.5 ** (days / halfLifeDays))
  return value === 0 ? 0 : value // no "-0" reasons
}

/** The points a rule gives this contact, or 0 when it does not match. */
export function rulePoints(rule: RuleForScoring, facts: ContactFacts, now: Date): number {
  const condition = rule.condition
  switch (condition.kind) {
    case 'source':
      return facts.source !== null && condition.sources.includes(facts.source) ? rule.points : 0
    case 'engagement':
      return (facts.engagement.get(rule.id) ?? 0) >= condition.min ? rule.points : 0
    case 'fit':
      return facts.fits.has(rule.id) ? rule.points : 0
    case 'recency':
      return decayedPoints(rule.points, facts.lastActivityAt, condition.halfLifeDays, now)
  }
}

export const clampScore = (sum: number) => Math.min(100, Math.max(0, Math.round(sum)))

/** @example scoreContact(rules, facts, new Date()) // { score: 35, reasons: [{ ruleId, label, points: 20 }, …] } */
export function scoreContact(rules: readonly RuleForScoring[], facts: ContactFacts, now: Date): Score {
  const reasons: ScoreReason[] = []
  for (const rule of rules) {
    const points = rulePoints(rule, facts, now)
    if (points !== 0) reasons.push({ ruleId: rule.id, label: rule.label, points })
  }
  return { score: clampScore(reasons.reduce((sum, r) => sum + r.points, 0)), reasons }
}

/** Whether a stored score says the same as a new one (so the row need not be written). */
export function sameScore(stored: Score, next: Score): boolean {
  if (stored.score !== next.score || stored.reasons.length !== next.reasons.length) return false
  return stored.reasons.every((r, i) => {
    const n = next.reasons[i]
    return n !== undefined && r.ruleId === n.ruleId && r.label === n.label && r.points === n.points
  })
}
