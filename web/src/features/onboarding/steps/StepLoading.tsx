import { LoadError } from '../../../app/components/Notices.tsx'
import type { StepData } from '../useStepData.ts'

/** A step whose saved data is still on its way, or could not be loaded. */
export function StepLoading({ data }: { data: Exclude<StepData<unknown>, { status: 'ready' }> }) {
  return data.status === 'loading' ? (
    <p className="muted" aria-busy="true">
      Loading what you saved…
    </p>
  ) : (
    <LoadError onRetry={data.retry}>Could not load this step. {data.message}</LoadError>
  )
}
