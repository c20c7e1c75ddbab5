import { handleLinkClick, pathTo } from '../../../app/router.ts'
import { HOME_ROUTE } from '../../../app/routes.ts'
import type { StepProps } from '../wizard-steps.tsx'

/** A step the server lists but the dashboard has no screen for yet: what it is, and a way on. */
export function GenericStep({ onNext, onBack }: StepProps) {
  return (
    <div className="wizard-actions">
      {onBack && (
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
      )}
      {onNext ? (
        <button type="button" className="button button--primary" onClick={onNext}>
          Continue
        </button>
      ) : (
        <a className="button button--primary" href={pathTo(HOME_ROUTE)} onClick={handleLinkClick}>
          Go to the dashboard
        </a>
      )}
    </div>
  )
}
