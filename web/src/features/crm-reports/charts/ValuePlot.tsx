import type { ReactNode, RefObject } from 'react'
import { ValueGrid } from '../../../app/components/ValueGrid.tsx'
import { useWidth } from '../../qr/analytics/useWidth.ts'
import { niceTicks } from '../report-format.ts'
import { type ChartNames, ChartSvg } from './ChartSvg.tsx'

export const PLOT_HEIGHT = 240

export interface PlotPadding {
  top: number
  right: number
  bottom: number
  left: number
}

export interface ValueScale {
  ref: RefObject<SVGSVGElement | null>
  /** The SVG's width, followed as the page resizes. */
  width: number
  pad: PlotPadding
  plotW: number
  ticks: number[]
  /** A value's height in SVG units: zero at the plot's foot, the top tick at its head. */
  y: (value: number) => number
}

/** Measures a chart and scales its values from zero up to a round tick above the highest. */
export function useValueScale(pad: PlotPadding, values: number[]): ValueScale {
  const [ref, width] = useWidth<SVGSVGElement>(640, 280)
  const plotW = width - pad.left - pad.right
  const plotH = PLOT_HEIGHT - pad.top - pad.bottom
  const ticks = niceTicks(Math.max(0, ...values))
  const top = ticks.at(-1) || 1
  const y = (n: number) => pad.top + plotH - (n / top) * plotH
  return { ref, width, pad, plotW, ticks, y }
}

/** A report chart's SVG over a labelled value axis; `children` draw the periods on it. */
export function ValuePlot({
  scale,
  axisFormat,
  children,
  ...names
}: ChartNames & {
  scale: ValueScale
  axisFormat: (n: number) => string
  children: ReactNode
}) {
  const { ref, width, pad, ticks, y } = scale
  return (
    <ChartSvg svgRef={ref} width={width} height={PLOT_HEIGHT} {...names}>
      <ValueGrid
        block="report-chart"
        ticks={ticks}
        y={y}
        left={pad.left}
        right={width - pad.right}
        format={axisFormat}
      />
      {children}
    </ChartSvg>
  )
}
