// The wizard saves; the "Finish setting up" reminder in the shell listens and looks again.
const EVENT = 'vitrine:onboarding-changed'

export const announceOnboardingChange = () => window.dispatchEvent(new Event(EVENT))

export function onOnboardingChange(listener: () => void): () => void {
  window.addEventListener(EVENT, listener)
  return () => window.removeEventListener(EVENT, listener)
}
