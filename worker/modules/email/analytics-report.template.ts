// The scheduled analytics report e-mail. The queue message carries the figures, not the text,
// so a wording fix reaches reports still waiting in the queue.
import { z } from 'zod'
import type { RenderedEmail } from './email.templates.ts'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Period = z.object({ from: Day, to: Day })
const Figure = z.object({ current: z.number().min(0), previous: z.number().min(0).nullable() })
const Count = z.number().int().min(0)
const TopRow = z.object({ name: z.string().max(200), views: Count, scans: Count, leads: Count })

export const AnalyticsReportData = z.object({
  frequency: z.enum(['weekly', 'monthly']),
  // The brand's, the branch's or the organisation's name.
  scopeName: z.string().max(200),
  period: Period,
  previousPeriod: Period,
  figures: z.object({
    visitors: Figure,
    views: Figure,
    actions: Figure,
    scans: Figure,
    leads: Figure,
    // 0–1.
    conversionRate: Figure,
  }),
  topSources: z.array(TopRow).max(3),
  // Null for a branch's report: there is no league of one.
  topBranches: z.array(TopRow).max(3).nullable(),
  url: z.url(),
})
export type AnalyticsReportData = z.infer<typeof AnalyticsReportData>

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const parts = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return { year: y, month: MONTHS[m - 1]!, day: d }
}

/** "16–22 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
export function periodLabel(from: string, to: string): string {
  const a = parts(from)
  const b = parts(to)
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`
  return `${a.day}–${b.day} ${b.month} ${b.year}`
}

const number = new Intl.NumberFormat('en-GB')

/** "+12%", "-8%", "0%"; "new" when there was nothing to compare with. */
export function changeLabel({ current, previous }: z.infer<typeof Figure>): string {
  if (previous === null) return ''
  if (previous === 0) return current === 0 ? '0%' : 'new'
  const change = Math.round(((current - previous) / previous) * 100)
  return `${change > 0 ? '+' : ''}${change}%`
}

const FIGURES = [
  ['visitors', 'Visitors'],
  ['views', 'Page views'],
  ['actions', 'Actions'],
  ['scans', 'QR scans'],
  ['leads', 'Leads'],
  ['conversionRate', 'Conversion rate'],
] as const

function figureRows(data: AnalyticsReportData): [label: string, value: string, change: string][] {
  return FIGURES.map(([key, label]) => {
    const figure = data.figures[key]
    const value =
      key === 'conversionRate' ? `${(figure.current * 100).toFixed(1)}%` : number.format(figure.current)
    return [label, value, changeLabel(figure)]
  })
}

const counted = (n: number, noun: string) => `${number.format(n)} ${noun}${n === 1 ? '' : 's'}`

const topLine = (row: z.infer<typeof TopRow>) =>
  `${counted(row.views, 'view')}, ${counted(row.scans, 'scan')}, ${counted(row.leads, 'lead')}`

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Subjects carry tenant text: one line, bounded, so it cannot add header lines. */
const oneLine = (s: string, max = 80) => {
  const flat = s.replace(/[\p{Cc}\s]+/gu, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface Section {
  title: string
  rows: z.infer<typeof TopRow>[]
}

function sectionsOf(data: AnalyticsReportData): Section[] {
  const sections = [{ title: 'Top sources', rows: data.topSources }]
  if (data.topBranches) sections.push({ title: 'Top branches', rows: data.topBranches })
  return sections
}

function text(heading: string, intro: string, data: AnalyticsReportData): string {
  const lines = [heading, '', intro, '']
  for (const [label, value, change] of figureRows(data))
    lines.push(`${label}: ${value}${change ? ` (${change})` : ''}`)
  for (const section of sectionsOf(data)) {
    lines.push('', section.title)
    if (section.rows.length === 0) lines.push('Nothing yet.')
    for (const [i, row] of section.rows.entries()) lines.push(`${i + 1}. ${row.name}: ${topLine(row)}`)
  }
  lines.push('', `Open the dashboard: ${data.url}`)
  return lines.join('\n')
}

const cell = 'padding:6px 12px 6px 0;text-align:left'

function html(heading: string, intro: string, data: AnalyticsReportData): string {
  const figures = figureRows(data)
    .map(
      ([label, value, change]) =>
        `<tr><th scope="row" style="${cell};font-weight:600">${escapeHtml(label)}</th><td style="${cell}">${escapeHtml(value)}</td><td style="${cell};color:#555">${escapeHtml(change)}</td></tr>`,
    )
    .join('')
  const sections = sectionsOf(data)
    .map(
      (section) =>
        `<h2 style="font-size:16px;margin-top:24px">${escapeHtml(section.title)}</h2>${
          section.rows.length === 0
            ? '<p>Nothing yet.</p>'
            : `<ol>${section.rows.map((row) => `<li><strong>${escapeHtml(row.name)}</strong>: ${escapeHtml(topLine(row))}</li>`).join('')}</ol>`
        }`,
    )
    .join('\n')
  const url = escapeHtml(data.url)
  return `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
<p>${escapeHtml(intro)}</p>
<table style="border-collapse:collapse;margin:16px 0"><thead><tr><th scope="col" style="${cell}">Figure</th><th scope="col" style="${cell}">${data.frequency === 'weekly' ? 'This week' : 'This month'}</th><th scope="col" style="${cell}">Change</th></tr></thead><tbody>${figures}</tbody></table>
${sections}
<p style="margin-top:24px"><a href="${url}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Open the dashboard</a></p><p style="font-size:13px;color:#555">Or paste this link into your browser: ${url}</p>
<p style="font-size:13px;color:#555">Vitrine · You receive this because a member of the organisation added your address to a scheduled report.</p></body></html>`
}

export function renderAnalyticsReport(data: AnalyticsReportData): RenderedEmail {
  const weekly = data.frequency === 'weekly'
  const subject = `${weekly ? 'Weekly' : 'Monthly'} report: ${oneLine(data.scopeName)} — ${periodLabel(data.period.from, data.period.to)}`
  const intro = `Figures for ${periodLabel(data.period.from, data.period.to)}, compared with the ${weekly ? 'week' : 'month'} before (${periodLabel(data.previousPeriod.from, data.previousPeriod.to)}). Days are UTC.`
  return { subject, text: text(subject, intro, data), html: html(subject, intro, data) }
}
