/**
 * The loaded body's facts (the body index), for code that works out camera goals without the 3D view: published
 * once by the view when the model is in, read by the camera intents. Null before (a link opening a tour while the
 * model still loads): `whenBodyFacts` then waits for it.
 */
import type { AimFacts } from './aim'

let current: AimFacts | null = null
let waiting: ((facts: AimFacts) => void)[] = []

export function publishBodyFacts(facts: AimFacts | null): void {
  current = facts
  if (!facts) return
  const ready = waiting
  waiting = []
  for (const w of ready) w(facts)
}

export const bodyFactsNow = (): AimFacts | null => current

export function whenBodyFacts(): Promise<AimFacts> {
  return current ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve))
}
