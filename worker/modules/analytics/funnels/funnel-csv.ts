import type { FunnelReport } from '../analytics.schemas.ts'
import type { CsvView } from '../query/csv-view.ts'

/** The report's steps, one line each, with what each step matches. */
export function funnelCsv(report: FunnelReport): CsvView {
  return {
    view: `funnel-${report.funnel.id}`,
    period: report.period,
    header: ['step', 'label', 'kind', 'action', 'visitors', 'drop_off', 'from_start'],
    rows: report.steps.map((step, k) => {
      const def = report.funnel.steps[k]
      return [
        k + 1,
        step.label,
        def?.kind ?? null,
        def?.action ?? null,
        step.visitors,
        step.dropOff,
        step.fromStart,
      ]
    }),
  }
}
