import type { ReactNode } from 'react'
import type { Session } from '../../api/auth.ts'
import type { Onboarding, OnboardingStepStatus } from './onboarding-api.ts'
import { BranchStep } from './steps/BranchStep.tsx'
import { BrandStep } from './steps/BrandStep.tsx'
import { PublishStep } from './steps/PublishStep.tsx'
import { QrCodeStep } from './steps/QrCodeStep.tsx'
import { TemplateStep } from './steps/TemplateStep.tsx'

export interface StepProps {
  step: OnboardingStepStatus
  /** Where the organisation stands, as last loaded. */
  status: Onboarding
  session: Session
  /**
   * Call after saving: the wizard reloads the status and, unless `stay`, opens the next step.
   * Resolves once the new status is shown.
   */
  onSaved: (options?: { stay?: boolean }) => Promise<void>
  /** Opens the next step without saving (for steps that have nothing to save). */
  onNext: (() => void) | null
  onBack: (() => void) | null
  onSessionExpired: () => void
}

/**
 * The screen of each step of worker/modules/onboarding/steps.ts, by id. A later issue that
 * appends a step there adds its screen here; a step without one gets `GenericStep`.
 */
export const STEP_SCREENS: Record<string, (props: StepProps) => ReactNode> = {
  brand: (props) => <BrandStep {...props} />,
  branch: (props) => <BranchStep {...props} />,
  template: (props) => <TemplateStep {...props} />,
  publish: (props) => <PublishStep {...props} />,
  'qr-code': (props) => <QrCodeStep {...props} />,
}
