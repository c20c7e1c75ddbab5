import { useMemo } from 'react'
import { effectiveDesign } from '../../../../worker/modules/qr/design/design-rules.ts'
import { layoutQr } from '../../../../worker/modules/qr/design/layout.ts'
import { qrSceneToSvg } from '../../../../worker/modules/qr/design/to-svg.ts'
import type { QrDesign } from './qr-api.ts'
import { useQrLogo } from './useQrLogo.ts'

export interface QrPreviewProps {
  /** What the code says: the short link of a dynamic code, the text of a static one. */
  content: string
  design: QrDesign
  /** The logo's address when the design has one. */
  logoUrl?: string | null
  /** Width in CSS pixels; the height follows the frame. */
  size?: number
  /** What a screen reader hears: say what the code opens. */
  label?: string
  className?: string
}

/**
 * The code drawn in the browser by the same layout and SVG writer the server uses for its
 * files, so what is seen here is what is printed. A logo forces the same error correction and
 * size cap as on the server.
 */
export function QrPreview({ content, design, logoUrl = null, size = 240, label, className }: QrPreviewProps) {
  const { logo, failed } = useQrLogo(logoUrl)
  const drawn = useMemo(() => {
    if (content === '') return null
    try {
      const scene = layoutQr(content, effectiveDesign(design, { hasLogo: Boolean(logoUrl) }), logo)
      const svg = qrSceneToSvg(scene)
      return {
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        height: Math.round((size * scene.height) / scene.width),
      }
    } catch {
      return null
    }
  }, [content, design, logo, logoUrl, size])

  if (!drawn)
    return (
      <p className={`qr-preview qr-preview--empty ${className ?? ''}`} style={{ inlineSize: size }}>
        {content === ''
          ? 'Fill in what the code should contain to see it.'
          : 'Too much content for one QR code: shorten it.'}
      </p>
    )
  return (
    <span className={`qr-preview ${className ?? ''}`}>
      <img
        src={drawn.src}
        width={size}
        height={drawn.height}
        alt={label ?? (/^https?:/.test(content) ? `QR code that opens ${content}` : `QR code: ${content}`)}
      />
      {failed && <span className="field-hint notice--warning">The logo could not be loaded.</span>}
    </span>
  )
}
