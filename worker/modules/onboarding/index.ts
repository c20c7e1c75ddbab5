export { Onboarding } from './onboarding.schemas.ts'
export { onboardingRoutes } from './routes/index.ts'
export { ONBOARDING_STEPS, type OnboardingState, type OnboardingStep } from './steps.ts'
