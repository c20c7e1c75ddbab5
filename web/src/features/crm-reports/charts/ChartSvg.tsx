import type { ReactNode, RefObject } from 'react'

/** What names a chart's picture: its title, and the ids of the figure's caption and summary. */
export interface ChartNames {
  title: string
  labelledBy: string
  describedBy: string
}

/** A report chart's SVG: one image to assistive technology, named and described by its figure. */
export function ChartSvg({
  svgRef,
  width,
  height,
  title,
  labelledBy,
  describedBy,
  children,
}: ChartNames & {
  svgRef: RefObject<SVGSVGElement | null>
  width: number
  height: number
  children: ReactNode
}) {
  return (
    <svg
      ref={svgRef}
      className="report-chart__svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <title>{title}</title>
      {children}
    </svg>
  )
}
