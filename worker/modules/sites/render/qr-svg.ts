import QRCode from 'qrcode-svg'

/**
 * A QR code as one small inline SVG path: runs of dark modules per row, in module units, so
 * a card's code costs about 3 KB of HTML (600 bytes gzipped) instead of qrcode-svg's 20 KB
 * of rectangles, and carries no style attribute for the CSP to refuse.
 */
export function qrSvgPath(content: string): { size: number; path: string } {
  const modules: boolean[][] = new QRCode({ content, padding: 0, ecl: 'M' }).qrcode.modules
  let path = ''
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`
    }
  })
  return { size: modules.length, path }
}
