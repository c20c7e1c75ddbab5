// A short two-note chime made with the Web Audio API, so the dashboard ships no sound files.

let audio: AudioContext | null = null

/**
 * Browsers start audio only after the person interacted with the page. Called from a click or
 * key press, this creates (or wakes) the audio context so later chimes can play.
 */
export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return
  audio ??= new AudioContext()
  if (audio.state === 'suspended') void audio.resume().catch(() => {})
}

/** Plays the chime if audio may play now; stays silent otherwise rather than queueing it. */
export function playChime(): void {
  const out = audio
  if (out?.state !== 'running') return
  const start = out.currentTime
  for (const [i, frequency] of [880, 1320].entries()) {
    const at = start + i * 0.13
    const tone = out.createOscillator()
    const volume = out.createGain()
    tone.type = 'sine'
    tone.frequency.value = frequency
    volume.gain.setValueAtTime(0.0001, at)
    volume.gain.exponentialRampToValueAtTime(0.12, at + 0.02)
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.12)
    tone.connect(volume).connect(out.destination)
    tone.start(at)
    tone.stop(at + 0.13)
  }
}
