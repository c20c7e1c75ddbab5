import { ApiProblem, type ProblemDetails, refreshSession } from '../../api/client.ts'

export interface FetchedFile {
  blob: Blob
  filename: string
}

/**
 * A file the API renders (SVG, PNG, PDF), fetched rather than linked so an expired access
 * cookie is refreshed once like any other request, and a refusal (rate limit, a logo that
 * cannot be read) is shown as the server's problem text instead of a JSON download.
 */
export async function fetchFile(
  path: string,
  { method = 'GET', body }: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<FetchedFile> {
  const send = () =>
    fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch(() => {
      throw new ApiProblem({
        type: 'about:blank',
        title: 'Network error',
        status: 0,
        detail: 'Could not reach Vitrine. Check your connection and try again.',
      })
    })
  let response = await send()
  if (response.status === 401 && (await refreshSession())) response = await send()
  if (!response.ok) throw new ApiProblem(await problemOf(response))
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

async function problemOf(response: Response): Promise<ProblemDetails> {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || 'Download failed',
    status: response.status,
    detail: `The download failed with status ${response.status}.`,
  }
  if (!(response.headers.get('content-type') ?? '').includes('json')) return fallback
  const body: unknown = await response.json().catch(() => null)
  if (typeof body !== 'object' || body === null) return fallback
  const b = body as Partial<ProblemDetails>
  return {
    ...fallback,
    title: typeof b.title === 'string' ? b.title : fallback.title,
    detail: typeof b.detail === 'string' ? b.detail : fallback.detail,
    code: typeof b.code === 'string' ? b.code : undefined,
  }
}
