// Numbers of the response-times report in words. Pure.
import type { ResponseTimes } from './routing-api.ts'

export type Stats = ResponseTimes['total']

export const minutesText = (minutes: number | null) => {
  if (minutes === null) return '—'
  if (minutes < 60) return `${minutes.toLocaleString(undefined, { maximumFractionDigits: 1 })} min`
  const hours = minutes / 60
  return `${hours.toLocaleString(undefined, { maximumFractionDigits: 1 })} h`
}

export const percentText = (percent: number | null) =>
  percent === null ? '—' : `${percent.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`

/** One sentence for a row, as the chart's description reads it. */
export const statsSentence = (name: string, s: Stats) =>
  `${name}: ${s.leads} leads, ${s.responded} answered, median ${minutesText(s.medianMinutes)}, 90th percentile ${minutesText(s.p90Minutes)}, ${s.breaches} breaches, ${percentText(s.withinTargetPercent)} within target`
