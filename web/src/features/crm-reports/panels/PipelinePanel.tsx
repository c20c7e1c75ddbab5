import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { ChartFigure, Legend } from '../charts/ChartFigure.tsx'
import { HorizontalBars } from '../charts/HorizontalBars.tsx'
import { formatCount, formatDays, formatMoney, formatRate, plural, secondsToDays } from '../report-format.ts'
import type { PipelineReport } from '../reports-api.ts'
import { CurrencyPicker, EmptyReport, Kpis, SectionTitle, useCurrency } from './parts.tsx'

type Stage = PipelineReport['rows'][number]

const moved = (s: Stage) =>
  s.kind === 'open'
    ? `${formatCount(s.advanced)} of ${formatCount(s.entered)} moved on (${formatRate(s.conversionRate)})`
    : plural(s.entered, 'deal')

function funnelSummary(stages: Stage[]): string {
  const open = stages.filter((s) => s.kind === 'open' && s.entered > 0)
  if (open.length === 0) return 'No deal entered an open stage in this period.'
  const weakest = open.reduce((low, s) => ((s.conversionRate ?? 1) < (low.conversionRate ?? 1) ? s : low))
  return `${open.map((s) => `${s.name}: ${moved(s)}`).join('; ')}. Fewest moved on from ${weakest.name}.`
}

/** Conversion and time per stage of one pipeline, and its open deals now. */
export function PipelinePanel({ report }: { report: PipelineReport }) {
  const [currency, setCurrency] = useCurrency(report.currencies)
  if (!report.pipeline) {
    return (
      <EmptyReport>
        There is no pipeline yet. Deals and their pipelines appear here once you have some.
      </EmptyReport>
    )
  }
  const open = new Map(report.open.filter((o) => o.currency === currency).map((o) => [o.stageId, o]))
  const sum = (pick: (o: PipelineReport['open'][number]) => number) =>
    [...open.values()].reduce((total, o) => total + pick(o), 0)
  const active = report.rows.some((s) => s.entered > 0) || report.open.length > 0
  return (
    <>
      <p className="muted">
        Pipeline: <strong>{report.pipeline.name}</strong>
      </p>
      {!active ? (
        <EmptyReport>No deal entered a stage of this pipeline in this period, and none is open.</EmptyReport>
      ) : (
        <>
          <CurrencyPicker currencies={report.currencies} value={currency} onChange={setCurrency} />
          <Kpis
            items={[
              { term: 'Open deals', value: formatCount(sum((o) => o.openCount)) },
              {
                term: `Open amount${currency ? ` (${currency})` : ''}`,
                value: currency
                  ? formatMoney(
                      sum((o) => o.amountMinor),
                      currency,
                    )
                  : '—',
              },
              {
                term: 'Weighted amount',
                value: currency
                  ? formatMoney(
                      sum((o) => o.weightedAmountMinor),
                      currency,
                    )
                  : '—',
              },
            ]}
          />
          <ChartFigure
            title="Conversion by stage"
            summary={funnelSummary(report.rows)}
            legend={
              <Legend
                items={[
                  { label: 'Moved to a later stage', className: '' },
                  { label: 'Entered the stage', className: 'report-chart__key--rest' },
                ]}
              />
            }
            table={{
              caption: 'Deals that entered each stage in the period, and how many moved on',
              columns: ['Stage', 'Entered', 'Moved on', 'Conversion'],
              rows: report.rows.map((s) => ({
                key: s.stageId,
                cells: [
                  s.name,
                  formatCount(s.entered),
                  s.kind === 'open' ? formatCount(s.advanced) : '—',
                  formatRate(s.conversionRate),
                ],
              })),
            }}
            chart={(ids) => (
              <HorizontalBars
                {...ids}
                rows={report.rows.map((s) => ({
                  key: s.stageId,
                  label: s.name,
                  value: s.entered,
                  ...(s.kind === 'open' ? { part: s.advanced } : {}),
                  text: moved(s),
                }))}
              />
            )}
          />
          <SectionTitle>Stages</SectionTitle>
          <ScrollTable
            caption={`Velocity and open deals by stage${currency ? ` (${currency})` : ''}`}
            columns={[
              'Stage',
              'Win probability',
              'Moves out',
              'Average time in stage',
              'Median time in stage',
              'Open deals',
              'Open amount',
              'Weighted amount',
            ]}
          >
            {report.rows.map((s) => {
              const o = open.get(s.stageId)
              return (
                <tr key={s.stageId}>
                  <th scope="row">{s.name}</th>
                  <td className="report-num">{s.winProbability}%</td>
                  <td className="report-num">{formatCount(s.exits)}</td>
                  <td className="report-num">{formatDays(secondsToDays(s.averageSecondsInStage))}</td>
                  <td className="report-num">{formatDays(secondsToDays(s.medianSecondsInStage))}</td>
                  <td className="report-num">{formatCount(o?.openCount ?? 0)}</td>
                  <td className="report-num">{o ? formatMoney(o.amountMinor, currency) : '—'}</td>
                  <td className="report-num">{o ? formatMoney(o.weightedAmountMinor, currency) : '—'}</td>
                </tr>
              )
            })}
          </ScrollTable>
          <p className="muted">
            Conversion counts deals that entered a stage in the period and later reached a further open or won
            stage (a loss is not progress). Time in stage counts moves out of it in the period. Weighted
            amount: amount × the stage&rsquo;s win probability.
          </p>
        </>
      )}
    </>
  )
}
