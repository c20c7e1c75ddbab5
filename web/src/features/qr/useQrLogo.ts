import { useEffect, useState } from 'react'
import type { QrLogo } from '../../../../worker/modules/qr/design/layout.ts'

// The preview is an <img> of an SVG document, which may not load anything from outside itself:
// the logo goes in as a data: URI, read once per address in this tab.
const logos = new Map<string, Promise<QrLogo>>()

async function readLogo(url: string): Promise<QrLogo> {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`The logo answered ${response.status}`)
  const blob = await response.blob()
  const href = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(blob)
  })
  const image = new Image()
  image.src = href
  await image.decode()
  return { href, width: image.naturalWidth, height: image.naturalHeight }
}

function loadLogo(url: string): Promise<QrLogo> {
  let pending = logos.get(url)
  if (!pending) {
    pending = readLogo(url)
    // A failed read may succeed later (a network blip): forget it.
    pending.catch(() => logos.delete(url))
    logos.set(url, pending)
  }
  return pending
}

export interface LogoState {
  logo: QrLogo | null
  /** The logo is set but could not be read (removed from the library, not an image). */
  failed: boolean
}

/** The logo at `url` ready to embed, or null while it loads (or when there is none). */
export function useQrLogo(url: string | null): LogoState {
  const [state, setState] = useState<LogoState & { url: string | null }>({
    url: null,
    logo: null,
    failed: false,
  })
  useEffect(() => {
    if (!url) return
    let live = true
    loadLogo(url).then(
      (logo) => live && setState({ url, logo, failed: false }),
      () => live && setState({ url, logo: null, failed: true }),
    )
    return () => {
      live = false
    }
  }, [url])
  return state.url === url && url ? state : { logo: null, failed: false }
}
