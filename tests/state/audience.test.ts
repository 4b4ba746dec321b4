// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { AUDIENCE_KEY, initialAudience, useAudience } from '@/state/audience'

beforeEach(() => localStorage.clear())

describe('who is looking', () => {
  it('starts as the remembered choice, else patient on a phone and clinician on larger screens', () => {
    expect(initialAudience(null, true)).toBe('patient')
    expect(initialAudience(null, false)).toBe('clinician')
    expect(initialAudience('clinician', true)).toBe('clinician')
    expect(initialAudience('patient', false)).toBe('patient')
    expect(initialAudience('someone else', true)).toBe('patient')
  })

  it('remembers the choice on the device', () => {
    useAudience.getState().setAudience('patient')
    expect(useAudience.getState().audience).toBe('patient')
    expect(localStorage.getItem(AUDIENCE_KEY)).toBe('patient')
    useAudience.getState().setAudience('clinician')
    expect(localStorage.getItem(AUDIENCE_KEY)).toBe('clinician')
  })
})
