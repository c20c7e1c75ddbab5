import { problemDoc } from '../../../lib/router.ts'

/** The answers of domain routes beyond the shared `errorResponses`. */
export const domainProblems = {
  limit: problemDoc("The plan's custom domain limit is reached (LIMIT_EXCEEDED)"),
  conflict: problemDoc('The hostname is already connected, here or to another organisation'),
  cloudflare: problemDoc('Cloudflare answered with an error (BAD_GATEWAY); nothing was changed'),
  unavailable: problemDoc('Cloudflare could not be reached (UNAVAILABLE); nothing was changed'),
} as const
