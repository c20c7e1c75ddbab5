import { useEffect, useState } from 'react'
import { apiRequest } from '../../api/client.ts'

const FALLBACK = '#0f766e'

/** The brand's primary colour: where a custom arc colour starts from. */
export function useBrandColor(brandId: string): string {
  const [color, setColor] = useState(FALLBACK)
  useEffect(() => {
    const controller = new AbortController()
    apiRequest<{ colors: { primary: string } }>(`/api/v1/brands/${encodeURIComponent(brandId)}`, {
      signal: controller.signal,
    }).then(
      (brand) => setColor(brand.colors.primary),
      // Only a starting value for a colour picker: without the brand, the fallback serves.
      () => {},
    )
    return () => controller.abort()
  }, [brandId])
  return color
}
