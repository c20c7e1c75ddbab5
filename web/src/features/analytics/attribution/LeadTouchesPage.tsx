import { useCallback, useState } from 'react'
import { LoadError } from '../../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { useLoad } from '../../../app/useLoad.ts'
import { AnalyticsTabs } from '../AnalyticsTabs.tsx'
import { formatCount } from '../analytics-format.ts'
import { getLeadTouches, type LeadTouches } from './attribution-api.ts'
import {
  CHANNEL_LABELS,
  DEFAULT_HALF_LIFE_HOURS,
  formatShare,
  formatTouchTime,
  MODELS,
  touchDetails,
} from './attribution-format.ts'

const halfLifeFromUrl = () => {
  const hours = Number(new URLSearchParams(location.search).get('halfLifeHours'))
  return hours >= 1 && hours <= 720 ? hours : DEFAULT_HALF_LIFE_HOURS
}

function TouchList({ data }: { data: LeadTouches }) {
  return (
    <ol className="an-touches">
      {data.touches.map((touch, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: touches have no id of their own here; their order is fixed
        <li key={index} className="an-touch">
          <p className="an-touch__head">
            <strong>{CHANNEL_LABELS[touch.channel]}</strong>{' '}
            <time dateTime={touch.at} className="muted">
              {formatTouchTime(touch.at)}
            </time>
          </p>
          {touchDetails(touch).length > 0 && (
            <ul className="an-touch__details">
              {touchDetails(touch).map((detail) => (
                <li key={detail} dir="auto">
                  {detail}
                </li>
              ))}
            </ul>
          )}
          {touch.qrCodeId && (
            <p>
              <a href={pathTo('qr-code-analytics', { qrCodeId: touch.qrCodeId })} onClick={handleLinkClick}>
                This code’s scans
              </a>
            </p>
          )}
          <dl className="an-touch__credit" aria-label={`Credit for touch ${index + 1}`}>
            {MODELS.map((model) => (
              <div key={model.id}>
                <dt>{model.label}</dt>
                <dd>{formatShare(data.credit[model.id][index] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  )
}

/** /app/analytics/attribution/leads/:leadId: the touches that led to one lead, and each model's share. */
export function LeadTouchesPage({
  leadId,
  onSessionExpired,
}: {
  leadId: string
  onSessionExpired: () => void
}) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const [halfLifeHours] = useState(halfLifeFromUrl)
  const touches = useLoad(
    JSON.stringify([leadId, halfLifeHours]),
    (signal) => getLeadTouches(leadId, halfLifeHours, signal),
    expired,
  )
  const data = touches.data
  return (
    <>
      <p className="back-link">
        <a href={pathTo('analytics-attribution')} onClick={handleLinkClick}>
          <span aria-hidden="true">← </span>Attribution
        </a>
      </p>
      <div className="page-header">
        <h1 tabIndex={-1}>How this lead found you</h1>
        <a className="button" href={pathTo('lead', { leadId })} onClick={handleLinkClick}>
          Open the lead
        </a>
      </div>
      <AnalyticsTabs current="attribution" />
      {touches.loading && !data && (
        <p role="status" className="muted">
          Loading the lead’s touches…
        </p>
      )}
      {touches.error && !touches.loading && (
        <LoadError onRetry={touches.retry}>Could not load this lead’s touches. {touches.error}</LoadError>
      )}
      {data && (
        <section className="an-section" aria-labelledby="an-touches-title">
          <h2 id="an-touches-title">
            {formatCount(data.touches.length)} {data.touches.length === 1 ? 'touch' : 'touches'}, oldest first
          </h2>
          <p className="muted">
            The lead came in on {formatTouchTime(data.at)}. Credit per touch for each model (time decay with a{' '}
            {formatCount(halfLifeHours)}-hour half-life); each model’s shares add up to the whole lead.
          </p>
          <TouchList data={data} />
        </section>
      )}
    </>
  )
}
