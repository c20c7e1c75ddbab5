import { createQrCode, listQrCodes, type QrCode } from '../qr/qr-api.ts'

export interface FrontDoor {
  code: QrCode
  /** Made just now (the wizard then reloads its status, so the step shows as done). */
  created: boolean
}

/** The branch's live dynamic code that opens its page, if it has one. */
async function findFrontDoor(branchId: string): Promise<QrCode | null> {
  const page = await listQrCodes({ branchId, kind: 'dynamic', status: 'active', q: '' }, null)
  return (
    page.data.find(
      (c) => c.target && 'branchId' in c.target && c.target.branchId === branchId && c.state === 'live',
    ) ?? null
  )
}

// One look-up (and creation) per branch at a time, shared and never aborted: the step's loader
// may run twice (a remount, React's development double effects), and two "Front door" codes
// would both count against the plan.
const creating = new Map<string, Promise<FrontDoor | null>>()

/**
 * The code the wizard shows: the branch's existing one, else a new "Front door" code opening the
 * branch page, in the brand's colours (the server's default when no design is sent). Without
 * `canCreate` (no qr.manage) a missing code stays missing.
 */
export function frontDoorCode(
  branch: { brandId: string | null; branchId: string },
  canCreate: boolean,
): Promise<FrontDoor | null> {
  const pending = creating.get(branch.branchId)
  if (pending) return pending
  const run = (async () => {
    const found = await findFrontDoor(branch.branchId)
    if (found || !canCreate) return found && { code: found, created: false }
    const code = await createQrCode({
      kind: 'dynamic',
      label: 'Front door',
      placement: 'Front door',
      brandId: branch.brandId,
      branchId: branch.branchId,
      target: { type: 'microsite', branchId: branch.branchId },
    })
    return { code, created: true }
  })().finally(() => creating.delete(branch.branchId))
  creating.set(branch.branchId, run)
  return run
}
