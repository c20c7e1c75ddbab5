import { useId } from 'react'
import type { CrmStorage } from './attachments-api.ts'
import { formatBytes } from './format-bytes.ts'

/** How much of the plan's CRM file storage the organisation uses, as a bar and in words. */
export function StorageBar({ usage }: { usage: CrmStorage }) {
  const id = useId()
  const share = usage.limitBytes > 0 ? usage.usedBytes / usage.limitBytes : 1
  return (
    <div className="storage-bar">
      <span id={id}>
        Storage: {formatBytes(usage.usedBytes)} of {formatBytes(usage.limitBytes)} used
      </span>
      <meter
        aria-labelledby={id}
        min={0}
        max={Math.max(usage.limitBytes, 1)}
        value={Math.min(usage.usedBytes, Math.max(usage.limitBytes, 1))}
        low={usage.limitBytes * 0.8}
        high={usage.limitBytes * 0.95}
        optimum={0}
      />
      {share >= 0.95 && (
        <span className="storage-bar__warning">Almost full: delete files you no longer need.</span>
      )}
    </div>
  )
}
