/**
 * How a lead's credit is shared among the touches that led to it. Pure, so the numbers can be
 * checked by hand. Each model gives every lead exactly 1, split over its touches (in time order):
 * - first: all of it to the first touch; last: all of it to the last;
 * - linear: equal shares;
 * - timeDecay: each touch weighs 2^(-age / halfLife), age being how long before the lead it came
 *   (a touch after the lead, from a later form of an open lead, counts as age 0), normalised.
 */
export const MODELS = ['first', 'last', 'linear', 'timeDecay'] as const
export type Model = (typeof MODELS)[number]
export type Credits = Record<Model, number[]>

const HOUR_MS = 3_600_000

export function timeDecayWeights(
  touchTimes: readonly number[],
  leadAt: number,
  halfLifeHours: number,
): number[] {
  const ages = touchTimes.map((at) => Math.max(0, leadAt - at) / HOUR_MS)
  // Measured from the youngest touch: the shares are the same and very old touches never underflow to 0/0.
  const youngest = Math.min(...ages)
  const weights = ages.map((age) => 2 ** (-(age - youngest) / halfLifeHours))
  const sum = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => w / sum)
}

/** Each model's share of one lead per touch; `touchTimes` in time order, at least one. */
export function leadCredits(touchTimes: readonly number[], leadAt: number, halfLifeHours: number): Credits {
  const n = touchTimes.length
  if (n === 0) throw new Error('a lead has at least one touch')
  const only = (index: number) => touchTimes.map((_, i) => (i === index ? 1 : 0))
  return {
    first: only(0),
    last: only(n - 1),
    linear: touchTimes.map(() => 1 / n),
    timeDecay: timeDecayWeights(touchTimes, leadAt, halfLifeHours),
  }
}

/**
 * Rounds to `decimals` so the rounded values still add up to `total` (largest remainder):
 * everything is rounded down, then the units short go to the largest fractions, earlier first.
 */
export function roundToTotal(values: readonly number[], total: number, decimals: number): number[] {
  const scale = 10 ** decimals
  const scaled = values.map((v) => v * scale)
  const units = scaled.map(Math.floor)
  let short = Math.round(total * scale) - units.reduce((a, b) => a + b, 0)
  const order = scaled
    .map((v, i) => ({ i, fraction: v - Math.floor(v) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i)
  for (const { i } of order) {
    if (short <= 0) break
    units[i]! += 1
    short -= 1
  }
  return units.map((u) => u / scale)
}

export interface AttributedLead {
  at: number
  /** In time order, each with the key it is grouped under (source, campaign, …). */
  touches: readonly { at: number; key: string }[]
}

export interface AttributionRow extends Record<Model, number> {
  key: string
}

/**
 * Every model's credit per key, two decimals, each model's column adding up to the number of
 * leads exactly. Sorted by linear credit, then key.
 */
export function attributeLeads(leads: readonly AttributedLead[], halfLifeHours: number): AttributionRow[] {
  const sums = new Map<string, Record<Model, number>>()
  for (const lead of leads) {
    const credits = leadCredits(
      lead.touches.map((t) => t.at),
      lead.at,
      halfLifeHours,
    )
    lead.touches.forEach((touch, i) => {
      const row = sums.get(touch.key) ?? { first: 0, last: 0, linear: 0, timeDecay: 0 }
      for (const model of MODELS) row[model] += credits[model][i]!
      sums.set(touch.key, row)
    })
  }
  const keys = [...sums.keys()]
  const rounded = Object.fromEntries(
    MODELS.map((model) => [
      model,
      roundToTotal(
        keys.map((k) => sums.get(k)![model]),
        leads.length,
        2,
      ),
    ]),
  ) as Credits
  return keys
    .map((key, i) => ({
      key,
      first: rounded.first[i]!,
      last: rounded.last[i]!,
      linear: rounded.linear[i]!,
      timeDecay: rounded.timeDecay[i]!,
    }))
    .sort((a, b) => b.linear - a.linear || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
