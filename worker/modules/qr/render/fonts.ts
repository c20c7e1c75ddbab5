// The one font the rasteriser and the PDF writer know: Workers have no system fonts, and a
// frame's call to action must print the same everywhere. DejaVu covers Latin, Greek, Cyrillic,
// Arabic and Hebrew.
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'

export const QR_FONT_FAMILY = 'DejaVu Sans'

let fonts: Uint8Array[] | undefined

export function qrFonts(): Uint8Array[] {
  fonts ??= [new Uint8Array(bold)]
  return fonts
}
