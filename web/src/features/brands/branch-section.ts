import { type Branch, type BranchPatch, updateBranch } from './brands-api.ts'
import { type SaveState, useSave } from './useSave.ts'

export interface BranchSectionProps {
  branch: Branch
  onSaved: (branch: Branch) => void
  onUnauthorized: () => void
}

/** A section's save: PATCH only the fields it owns, then hand the branch as it is now to the page. */
export function useBranchSave({ branch, onSaved, onUnauthorized }: BranchSectionProps) {
  const save: SaveState = useSave(onUnauthorized)
  const patch = (body: BranchPatch, done: string) =>
    save.run(async () => onSaved(await updateBranch(branch.id, body)), done)
  return { save, patch }
}

/** A short id for list items the API keys by id (services). */
export const newItemId = () => crypto.randomUUID().slice(0, 8)
