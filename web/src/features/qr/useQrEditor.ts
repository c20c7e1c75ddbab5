import { useMemo, useState } from 'react'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../../../worker/modules/qr/design/defaults.ts'
import { checkDesign } from '../../../../worker/modules/qr/design/design-rules.ts'
import { navigate, pathTo } from '../../app/router.ts'
import type { Branch, Brand } from '../brands/brands-api.ts'
import type { FieldErrors } from '../brands/useSave.ts'
import { useSave } from '../brands/useSave.ts'
import type { MediaRef } from '../media/media-api.ts'
import { createQrCode, type QrCode, type QrDesign, updateQrCode } from './qr-api.ts'
import { createBody, draftFromCode, emptyTarget, newDraft, type QrDraft, updateBody } from './qr-draft.ts'

// A code just created, handed to the editor screen it navigates to instead of fetched again.
export const justCreated = new Map<string, QrCode>()

/** Checks the browser can make before sending anything, as [body path, message]. */
function localProblems(d: QrDraft, designErrors: FieldErrors): [string, string][] {
  const problems: [string, string][] = [...designErrors]
  if (!d.label.trim()) problems.push(['label', 'Give the code a label, e.g. “Table 4” or “Window poster”'])
  const limit = d.scanLimit.trim()
  if (limit && !(Number.isInteger(Number(limit)) && Number(limit) >= 1 && Number(limit) <= 10_000_000))
    problems.push(['scanLimit', 'Use a whole number from 1 to 10,000,000'])
  if (d.passwordMode === 'set' && d.password.length < 4)
    problems.push(['password', 'Use at least 4 characters'])
  const q = d.design.quietZone
  if (!Number.isInteger(q) || q < 2 || q > 10) problems.push(['design.quietZone', 'Use 2 to 10 modules'])
  if (d.expiresAt && Number.isNaN(new Date(d.expiresAt).getTime()))
    problems.push(['expiresAt', 'Use a date and time'])
  return problems
}

/** The editor's state: the draft, what was saved, live design checks, and save/pause actions. */
export function useQrEditor({
  code,
  branches,
  brands,
  onUnauthorized,
}: {
  code: QrCode | null
  branches: readonly Branch[]
  brands: readonly Brand[]
  onUnauthorized: () => void
}) {
  const brandOf = (branchId: string) =>
    brands.find((b) => b.id === branches.find((x) => x.id === branchId)?.brandId)
  const [saved, setSaved] = useState(code)
  const [baseline, setBaseline] = useState<QrDraft>(() => {
    if (code) return draftFromCode(code)
    const only = branches.length === 1 ? (branches[0]?.id ?? '') : ''
    const brand = brandOf(only) ?? (brands.length === 1 ? brands[0] : undefined)
    return newDraft(only, brand ? designFromBrand(brand.colors) : DEFAULT_QR_DESIGN)
  })
  const [draft, setDraft] = useState(baseline)
  const [designTouched, setDesignTouched] = useState(code !== null)
  const save = useSave(onUnauthorized)

  const hasLogo = draft.design.logoMediaId !== null
  const checks = useMemo(() => checkDesign(draft.design, { hasLogo }), [draft.design, hasLogo])
  const designErrors: FieldErrors = new Map(checks.errors.map((i) => [i.field, i.message]))
  const designWarnings: FieldErrors = new Map(checks.warnings.map((i) => [i.field, i.message]))
  const errors: FieldErrors = new Map([...designErrors, ...save.errors])
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline)

  const set = (patch: Partial<QrDraft>) => setDraft((d) => ({ ...d, ...patch }))

  function setBranch(branchId: string) {
    setDraft((d) => {
      const brand = brandOf(branchId)
      // The destination follows the code's branch while it pointed at the old one.
      const target =
        d.target.branchId === d.branchId
          ? { ...d.target, branchId, sectionId: '', staffMemberId: '' }
          : d.target
      const design =
        !designTouched && brand
          ? { ...designFromBrand(brand.colors), logoMediaId: d.design.logoMediaId }
          : d.design
      return {
        ...d,
        branchId,
        target: target.type === 'url' && branchId && !d.target.url ? emptyTarget(branchId) : target,
        design,
      }
    })
  }

  function setDesign(design: QrDesign) {
    setDesignTouched(true)
    set({ design })
  }

  const brand = brandOf(draft.branchId) ?? (brands.length === 1 ? brands[0] : undefined)
  const applyBrand = brand
    ? {
        name: brand.name,
        apply: () =>
          setDesign({
            ...designFromBrand(brand.colors),
            logoMediaId: draft.design.logoMediaId,
            logoScale: draft.design.logoScale,
          }),
      }
    : null

  const setLogo = (ref: MediaRef | null) =>
    setDraft((d) => ({
      ...d,
      logoUrl: ref?.url ?? null,
      design: { ...d.design, logoMediaId: ref?.id ?? null },
    }))

  function adopt(next: QrCode) {
    const d = draftFromCode(next)
    setSaved(next)
    setDraft(d)
    setBaseline(d)
  }

  function submit() {
    const problems = localProblems(draft, designErrors)
    if (problems.length)
      return save.fail('Some fields need attention before the code can be saved.', problems)
    void save.run(
      async () => {
        if (saved) return adopt(await updateQrCode(saved.id, updateBody(draft)))
        const created = await createQrCode(createBody(draft))
        justCreated.set(created.id, created)
        navigate(pathTo('qr-code', { qrCodeId: created.id }), { replace: true })
      },
      saved ? 'Changes saved.' : 'QR code created.',
    )
  }

  /** Pauses or resumes at once, leaving other unsaved edits as they are. */
  async function setStatus(status: QrDraft['status']) {
    if (!saved) return
    await save.run(
      async () => {
        const next = await updateQrCode(saved.id, { status })
        setSaved(next)
        setDraft((d) => ({ ...d, status }))
        setBaseline((b) => ({ ...b, status }))
      },
      status === 'paused'
        ? 'Paused: scans now see a friendly “paused” page.'
        : 'Resumed: scans lead to the destination again.',
    )
  }

  return {
    saved,
    draft,
    set,
    setBranch,
    setDesign,
    setLogo,
    applyBrand,
    errors,
    designErrors,
    designWarnings,
    dirty,
    save,
    submit,
    setStatus,
  }
}
