export { findMedia, type MediaRow } from './media.repo.ts'
export { MediaRef } from './media.schemas.ts'
export {
  assertTenantImages,
  MAX_UPLOAD_BODY_BYTES,
  mediaRefs,
  mediaUrl,
} from './media.service.ts'
export { mediaAssets } from './media.tables.ts'
export { mediaRoutes } from './routes/index.ts'
export { serveMedia } from './visitor/serve-media.ts'

/** The one API request that is not JSON and may be larger than 64 KB: an upload. */
export const isMediaUpload = (method: string, path: string) =>
  method === 'POST' && path.replace(/\/+$/, '') === '/api/v1/media'
