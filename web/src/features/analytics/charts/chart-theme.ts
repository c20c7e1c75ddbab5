// Colours and layout the dashboard's charts share. Series differ by line style or position too,
// never by colour alone.

export const COLORS = {
  primary: '#0f766e',
  secondary: '#6d28d9',
  previous: '#64748b',
  text: '#374151',
  grid: '#e5e7eb',
} as const

/** Room for axis labels inside the chart's box, so nothing is cut on a phone. */
export const GRID = {
  left: 8,
  right: 16,
  top: 48,
  bottom: 8,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
} as const

export const AXIS_LABEL = { color: COLORS.text, fontSize: 12 } as const
export const LEGEND = { top: 0, textStyle: { color: COLORS.text }, type: 'scroll' } as const
