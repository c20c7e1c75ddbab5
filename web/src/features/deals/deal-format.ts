import type { Deal, Stage } from './deals-api.ts'
import { formatMoney } from './money.ts'

/** "31 Mar 2026" for a YYYY-MM-DD close date, read as that calendar day wherever one is. */
export function formatCloseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  if (!y || !m || !d) return date
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)))
}

export const dealValue = (deal: Pick<Deal, 'amountMinor' | 'currency'>) =>
  formatMoney(deal.amountMinor, deal.currency)

/** Who and what the deal is with: "Asha Rao · Spice Route Ltd". */
export function partiesOf(deal: Deal): string {
  return [deal.contact?.name, deal.company?.name].filter(Boolean).join(' · ')
}

export const STATUS_LABELS: Record<Deal['status'], string> = { open: 'Open', won: 'Won', lost: 'Lost' }

export const stageLabel = (stage: Stage) =>
  stage.kind === 'open' ? `${stage.name} (${stage.winProbability}%)` : `${stage.name} (${stage.kind})`

/** "3 days", "5 hours": how long a deal sat in a stage. */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ]
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size)
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'}`
  }
  return 'under a minute'
}
