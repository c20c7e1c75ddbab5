export { buildQrBatches, expireQrBatches, failDeadQrBatches } from './batches/batch-jobs.ts'
export { isQrBatchMessage } from './batches/batch-message.ts'
export { hasLiveBranchCode } from './branch-codes.ts'
export { codeContent } from './code-content.ts'
export { findCodeRow, listCodeRows, type QrCodeRow } from './qr.repo.ts'
export {
  archiveCode,
  createCode,
  getCode,
  listCodes,
  refreshQrRoutesForBranch,
  updateCode,
} from './qr.service.ts'
export { toQrCodes, toQrCodeView } from './qr-views.ts'
export { qrRedirect } from './redirect/scan-redirect.ts'
export { qrRoutes } from './routes/index.ts'
export { qrCodeFromReferer, qrVisitFromReferer } from './scans/attribution.ts'
export { purgeScanVisitors } from './scans/purge-visitors.ts'
export { type QrConversion, recordQrConversion } from './scans/record-conversion.ts'
export { recordScans } from './scans/record-scans.ts'
export { isShortCodeCollision, newShortCode, SHORT_CODE_PATTERN } from './short-code.ts'
