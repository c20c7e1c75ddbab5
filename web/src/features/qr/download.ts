import { apiResponse } from '../../api/client.ts'

export interface FetchedFile {
  blob: Blob
  filename: string
}

/**
 * A file the API renders (SVG, PNG, PDF, CSV), fetched rather than linked so an expired access
 * cookie is refreshed once like any other request, and a refusal (rate limit, a logo that
 * cannot be read) is shown as the server's problem text instead of a JSON download.
 */
export async function fetchFile(
  path: string,
  options: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<FetchedFile> {
  const response = await apiResponse(path, options)
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) }
}

/** Hands `file` to the browser as a download under its server-given name. */
export function saveFile({ blob, filename }: FetchedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by the next task; the blob can then go.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** The RFC 6266 name, preferring the exact UTF-8 `filename*` over the ASCII fallback. */
export function filenameOf(disposition: string | null): string {
  if (!disposition) return 'qr-code'
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
  if (exact) {
    try {
      return decodeURIComponent(exact)
    } catch {
      // A malformed escape: the plain name below still works.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'qr-code'
}
