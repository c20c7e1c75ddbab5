// Text for PDFs as glyph outlines. PDF base fonts know Latin only; embedding and subsetting a
// TrueType font (with Arabic shaping) is a project of its own. resvg already shapes text with
// the bundled font (joining, right-to-left, combining marks), and `toString()` hands back the
// result as plain paths, which print identically in every viewer.

/** What the outliner needs from resvg; the Worker and Node entries pass their own class. */
export type ResvgLike = new (
  svg: string,
  options: { font: { fontBuffers: Uint8Array[]; defaultFontFamily: string } },
) => { toString(): string; free?: () => void }

/**
 * One line of text as outlines at a font size of `EM` units: `d` is SVG path data around the
 * anchor (x: the ink's horizontal centre, y: the baseline); the box is the ink extent.
 */
export type TextOutline = { d: string; minX: number; maxX: number; minY: number; maxY: number }

/** Outlines a line of text; the same text always gives the same outline. */
export type TextOutliner = (text: string) => TextOutline

export const EM = 100

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/**
 * Builds an outliner over a ready resvg (after `Resvg.async` or `initResvg.ensure()` resolved).
 * @example const outline = textOutliner(Resvg, qrFonts(), QR_FONT_FAMILY); outline('Scan me')
 */
export function textOutliner(Resvg: ResvgLike, fontBuffers: Uint8Array[], family: string): TextOutliner {
  const cache = new Map<string, TextOutline>()
  return (raw) => {
    // Control characters have no glyphs and are not valid XML.
    const text = raw.replace(/\p{Cc}/gu, ' ').trim()
    const hit = cache.get(text)
    if (hit) return hit
    const width = EM * (text.length + 4)
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${EM * 3}">` +
      `<text x="${width / 2}" y="${EM * 2}" font-size="${EM}" font-family="${escapeXml(family)}" ` +
      `text-anchor="middle">${escapeXml(text)}</text></svg>`
    const r = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: family } })
    let out: string
    try {
      out = r.toString()
    } finally {
      r.free?.()
    }
    if (/\stransform=/.test(out)) throw new Error('Unexpected transform in outlined text')
    const outline = shift(
      [...out.matchAll(/<path\b[^>]*?\sd="([^"]*)"/g)].map((m) => m[1] ?? '').join(' '),
      EM * 2,
    )
    cache.set(text, outline)
    return outline
  }
}

/**
 * Moves resvg's absolute path data (M, L, Q, C, Z only) so the ink is centred on x = 0 and the
 * baseline is y = 0, and measures it.
 */
function shift(d: string, baseline: number): TextOutline {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []
  const coords: number[] = []
  for (const t of tokens) {
    if (/[A-Za-z]/.test(t) && !/[MLQCZ]/.test(t))
      throw new Error(`Unexpected path command ${t} in outlined text`)
    if (!/[A-Za-z]/.test(t)) coords.push(Number(t))
  }
  if (coords.length === 0) return { d: '', minX: 0, maxX: 0, minY: 0, maxY: 0 }
  let minX = Number.POSITIVE_INFINITY
  let maxX = Number.NEGATIVE_INFINITY
  let minY = Number.POSITIVE_INFINITY
  let maxY = Number.NEGATIVE_INFINITY
  for (let i = 0; i + 1 < coords.length; i += 2) {
    const x = coords[i] ?? 0
    const y = coords[i + 1] ?? 0
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  const cx = (minX + maxX) / 2
  let k = 0
  const moved = tokens
    .map((t) => {
      if (/[A-Za-z]/.test(t)) return t
      const v = Number(t) - (k++ % 2 === 0 ? cx : baseline)
      return String(Math.round(v * 100) / 100)
    })
    .join(' ')
  return { d: moved, minX: minX - cx, maxX: maxX - cx, minY: minY - baseline, maxY: maxY - baseline }
}
