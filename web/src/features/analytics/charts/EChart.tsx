import type {
  BarSeriesOption,
  FunnelSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
} from 'echarts/charts'
import { BarChart, FunnelChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import type { ComposeOption, EChartsType } from 'echarts/core'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

// Only what the analytics screens draw, so the chunk stays small; SVG so charts stay sharp
// when printed and can be read in tests.
echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  FunnelChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  AriaComponent,
  SVGRenderer,
])

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | FunnelSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * One ECharts chart as a figure. The drawing is a single image to assistive technology, named
 * by the caption and described by `summary`; `children` is the same data as a table, which
 * screen readers always have and everyone sees after pressing "Show as a table".
 */
export function EChart({
  title,
  summary,
  option,
  height = 260,
  children,
}: {
  title: string
  summary: string
  option: ChartOption
  height?: number
  children?: ReactNode
}) {
  const id = useId()
  const host = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)
  const [tableShown, setTableShown] = useState(false)

  useEffect(() => {
    if (!host.current) return
    const instance = echarts.init(host.current, null, { renderer: 'svg' })
    chart.current = instance
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(host.current)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(
      { animation: !prefersReducedMotion(), aria: { enabled: false }, ...option },
      true,
    )
  }, [option])

  return (
    <figure className="an-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="an-chart__title">
        {title}
      </figcaption>
      <div
        ref={host}
        className="an-chart__canvas"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        style={{ height }}
      />
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      {children ? (
        <>
          <button
            type="button"
            className="button button--quiet an-chart__toggle"
            aria-pressed={tableShown}
            aria-controls={`${id}-data`}
            onClick={() => setTableShown((shown) => !shown)}
          >
            Show as a table<span className="visually-hidden">: {title}</span>
          </button>
          {/* Shown, it may scroll sideways on a phone, so it takes the focus for keyboard scrolling. */}
          <section
            id={`${id}-data`}
            className={tableShown ? 'an-chart__data' : 'an-chart__data visually-hidden'}
            aria-labelledby={`${id}-title`}
            tabIndex={tableShown ? 0 : undefined}
          >
            {children}
          </section>
        </>
      ) : null}
    </figure>
  )
}
