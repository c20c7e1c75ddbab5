import { ApiProblem, type ProblemDetails, refreshSession } from './client.ts'

export interface UploadProgress {
  /** Called with 0..100 as the bytes leave the browser. */
  onProgress?: (percent: number) => void
  signal?: AbortSignal
}

/**
 * Posts one multipart/form-data body and answers the 201's JSON. XMLHttpRequest rather than
 * fetch because only it reports upload progress. A 401 (access cookie expired) refreshes the
 * session once and retries.
 */
export async function uploadForm<T>(path: string, form: FormData, options: UploadProgress): Promise<T> {
  let result = await send(path, form, options)
  if (result.status === 401 && (await refreshSession())) result = await send(path, form, options)
  if (result.status === 201) return JSON.parse(result.text) as T
  throw new ApiProblem(problemOf(result.status, result.text))
}

function send(path: string, form: FormData, { onProgress, signal }: UploadProgress) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('accept', 'application/json, application/problem+json')
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100))
    }
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText })
    xhr.onerror = () =>
      reject(
        new ApiProblem({
          type: 'about:blank',
          title: 'Network error',
          status: 0,
          detail: 'The upload did not reach Vitrine. Check your connection and try again.',
        }),
      )
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(form)
  })
}

function problemOf(status: number, text: string): ProblemDetails {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: 'Upload failed',
    status,
    detail: `The upload failed with status ${status}.`,
  }
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body !== 'object' || body === null) return fallback
    const b = body as Partial<ProblemDetails>
    return {
      ...fallback,
      title: typeof b.title === 'string' ? b.title : fallback.title,
      detail: typeof b.detail === 'string' ? b.detail : fallback.detail,
      code: typeof b.code === 'string' ? b.code : undefined,
    }
  } catch {
    return fallback
  }
}
