/**
 * Who is looking: a patient (plain words; no clinician tools or clinician text) or a clinician. Chosen in the
 * header, remembered on this device (localStorage, never in the link); until chosen, a phone-sized screen is
 * taken to be a patient's and anything larger a clinician's. "Forget everything on this device" clears it.
 */
import { create } from 'zustand'

export type Audience = 'patient' | 'clinician'

/** The localStorage key the choice is kept under. */
export const AUDIENCE_KEY = 'tpbm.audience'
/** Phones, upright (the panel is a bottom sheet) or held sideways (a short screen). */
export const PHONE_QUERY = '(max-width: 700px), (max-height: 500px)'

/** The audience to start with: the remembered choice, else patient on a phone and clinician elsewhere. */
export function initialAudience(remembered: string | null, phone: boolean): Audience {
  if (remembered === 'patient' || remembered === 'clinician') return remembered
  return phone ? 'patient' : 'clinician'
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // blocked storage (some private modes): the choice lasts for this visit only
  }
}

function remembered(): string | null {
  try {
    return storage()?.getItem(AUDIENCE_KEY) ?? null
  } catch {
    return null
  }
}

/** Whether the screen is a phone's (read once, when asked). */
export const isPhone = () => typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches

interface AudienceStore {
  audience: Audience
  setAudience: (audience: Audience) => void
}

export const useAudience = create<AudienceStore>()((set) => ({
  audience: initialAudience(remembered(), isPhone()),
  setAudience: (audience) => {
    try {
      storage()?.setItem(AUDIENCE_KEY, audience)
    } catch {
      // not remembered, but still applied
    }
    set({ audience })
  },
}))

/** Whether clinician tools and text are shown (a hook for components). */
export const useIsClinician = () => useAudience((s) => s.audience === 'clinician')
