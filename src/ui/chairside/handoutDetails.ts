/**
 * The lines a clinician types on the handout: the condition, the clinic, the clinician and notes. The clinic and
 * the clinician are remembered on this device (localStorage) for the next handout; the condition and the notes
 * belong to this visit only. Plain module: no React.
 */
export interface HandoutDetails {
  condition: string
  clinic: string
  clinician: string
  notes: string
}

/** The localStorage key the clinic and clinician are kept under. */
export const HANDOUT_DETAILS_KEY = 'tpbm.handout'

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The details to start a handout with: the remembered clinic and clinician, and this visit's condition. */
export function initialDetails(condition: string, from: Storage | undefined = storage()): HandoutDetails {
  let kept: Partial<HandoutDetails> = {}
  try {
    kept = JSON.parse(from?.getItem(HANDOUT_DETAILS_KEY) ?? '{}') as Partial<HandoutDetails>
  } catch {
    // a damaged entry: start blank
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return { condition, clinic: text(kept.clinic), clinician: text(kept.clinician), notes: '' }
}

/** Remembers the clinic and the clinician (never the condition or the notes, which are about the patient). */
export function rememberDetails(details: HandoutDetails, to: Storage | undefined = storage()): void {
  try {
    to?.setItem(HANDOUT_DETAILS_KEY, JSON.stringify({ clinic: details.clinic, clinician: details.clinician }))
  } catch {
    // storage full or blocked: the handout still has them
  }
}
