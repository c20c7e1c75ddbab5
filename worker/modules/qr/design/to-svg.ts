import type { QrCorners, QrScene, QrSceneItem, QrShape } from './scene.ts'

/** The font the frame text asks for: the rasteriser has DejaVu bundled; viewers fall back. */
export const QR_SVG_FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif'

const num = (value: number) => String(Math.round(value * 1000) / 1000)

// Lone surrogates and the characters XML 1.0 forbids would make the file unreadable.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text or attribute content, escaped for XML. */
export const escapeXml = (value: string) =>
  value
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

function rectPath(
  x: number,
  y: number,
  w: number,
  h: number,
  radius: number | QrCorners | undefined,
): string {
  const raw: QrCorners =
    typeof radius === 'number' ? [radius, radius, radius, radius] : (radius ?? [0, 0, 0, 0])
  const max = Math.min(w, h) / 2
  const [tl, tr, br, bl] = raw.map((r) => Math.max(0, Math.min(r, max))) as [number, number, number, number]
  if (!tl && !tr && !br && !bl) return `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`
  const arc = (r: number, dx: number, dy: number) =>
    r ? `a${num(r)} ${num(r)} 0 0 1 ${num(dx)} ${num(dy)}` : ''
  return (
    `M${num(x + tl)} ${num(y)}h${num(w - tl - tr)}${arc(tr, tr, tr)}` +
    `v${num(h - tr - br)}${arc(br, -br, br)}` +
    `h${num(-(w - br - bl))}${arc(bl, -bl, -bl)}` +
    `v${num(-(h - bl - tl))}${arc(tl, tl, -tl)}z`
  )
}

function shapePath(shape: QrShape): string {
  if (shape.kind === 'circle') {
    const { cx, cy, r } = shape
    return `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0z`
  }
  return rectPath(shape.x, shape.y, shape.width, shape.height, shape.radius)
}

function itemSvg(item: QrSceneItem): string {
  if (item.kind === 'fill') {
    if (item.shapes.length === 0) return ''
    const rule = item.evenOdd ? ' fill-rule="evenodd"' : ''
    return `<path fill="${escapeXml(item.color)}"${rule} d="${item.shapes.map(shapePath).join('')}"/>`
  }
  if (item.kind === 'image') {
    return `<image x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}" preserveAspectRatio="xMidYMid meet" xlink:href="${escapeXml(item.href)}"/>`
  }
  return (
    `<text x="${num(item.x)}" y="${num(item.y)}" font-family="${QR_SVG_FONT_FAMILY}" font-weight="bold" ` +
    `font-size="${num(item.fontSize)}" text-anchor="middle" fill="${escapeXml(item.color)}">${escapeXml(item.text)}</text>`
  )
}

/**
 * A standalone SVG 1.1 document of the scene, `size` pixels wide (the height follows the
 * frame's proportions); everything inside is in module units through the viewBox.
 * @example qrSceneToSvg(layoutQr(url, design, null), { size: 512, title: 'Table 4' })
 */
export function qrSceneToSvg(scene: QrScene, opts: { size?: number; title?: string } = {}): string {
  const width = opts.size ?? 1024
  const height = (width * scene.height) / scene.width
  const title = opts.title ? `<title>${escapeXml(opts.title)}</title>` : ''
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}">` +
    `${title}${scene.items.map(itemSvg).join('')}</svg>`
  )
}
