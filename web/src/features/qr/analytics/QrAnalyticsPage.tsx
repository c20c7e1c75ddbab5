import { useState } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { useResource } from '../../../app/useResource.ts'
import { AnalyticsView, replaceQuery, useRangeInUrl } from './AnalyticsView.tsx'
import { type AnalyticsScope, type Choice, listBrandChoices } from './analytics-api.ts'
import type { DateRange } from './date-range.ts'
import { ScopePicker, type ScopeSelection } from './ScopePicker.tsx'

function scopeOf(selection: ScopeSelection): AnalyticsScope {
  if (selection.qrCodeId) return { kind: 'code', qrCodeId: selection.qrCodeId }
  if (selection.branchId) return { kind: 'branch', brandId: selection.brandId, branchId: selection.branchId }
  if (selection.brandId) return { kind: 'brand', brandId: selection.brandId }
  return { kind: 'organisation' }
}

function nameOf(scope: AnalyticsScope, brands: readonly Choice[]): string {
  switch (scope.kind) {
    case 'code':
      return 'one code'
    case 'branch':
      return 'one branch'
    case 'brand':
      return brands.find((b) => b.id === scope.brandId)?.name ?? 'one brand'
    default:
      return 'every code'
  }
}

const selectionFromUrl = (): ScopeSelection => {
  const query = new URLSearchParams(location.search)
  return {
    brandId: query.get('brandId') ?? '',
    branchId: query.get('branchId') ?? '',
    qrCodeId: query.get('qrCodeId') ?? '',
  }
}

/** /app/qr/analytics: scans of the whole organisation, a brand, a branch or one code, over a period. */
export function QrAnalyticsPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const brands = useResource(listBrandChoices, onSessionExpired)
  const { today, range, setRange } = useRangeInUrl()
  const [selection, setSelection] = useState(selectionFromUrl)
  const scope = scopeOf(selection)

  function show(next: ScopeSelection, nextRange: DateRange) {
    setSelection(next)
    setRange(nextRange)
    replaceQuery({ ...next, from: nextRange.from, to: nextRange.to })
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="qr-breadcrumb">
        <a href={pathTo('qr-codes')} onClick={handleLinkClick}>
          QR codes
        </a>
      </nav>
      <div className="page-header">
        <h1 tabIndex={-1}>QR code analytics</h1>
      </div>
      <p className="muted">
        Every scan of your dynamic codes: when, where, on which device, and how many became leads. Scans are
        counted when someone opens the code&rsquo;s short link; previews by chat apps are not.
      </p>
      {brands.error && (
        <LoadError onRetry={brands.reload}>Could not load your brands. {brands.error}</LoadError>
      )}
      <AnalyticsView
        scope={scope}
        scopeName={nameOf(scope, brands.data ?? [])}
        pickers={
          <ScopePicker brands={brands.data ?? []} value={selection} onChange={(next) => show(next, range)} />
        }
        today={today}
        range={range}
        onRange={(next) => show(selection, next)}
        onSessionExpired={onSessionExpired}
      />
    </>
  )
}
