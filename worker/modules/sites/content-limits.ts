/**
 * A site's content travels whole in one body, and with many sections, languages and items it
 * outgrows the API's 64 KB limit; these two writes may carry up to 512 KB, nothing else.
 */
export const MAX_SITE_CONTENT_BYTES = 512 * 1024

const CONTENT_WRITES = [
  ['PUT', /^\/api\/v1\/sites\/[^/]+\/draft$/],
  ['POST', /^\/api\/v1\/sites\/[^/]+\/versions$/],
] as const

/** Whether a request writes a whole site's content: PUT /sites/{siteId}/draft or POST /sites/{siteId}/versions. */
export const isSiteContentWrite = (method: string, path: string) =>
  CONTENT_WRITES.some(([m, pattern]) => m === method && pattern.test(path))
