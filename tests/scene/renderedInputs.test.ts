import { afterEach, describe, expect, it, vi } from 'vitest'
import { onRenderedChange } from '@/scene/renderedInputs'
import { useAppStore } from '@/state/store'

describe('the rendered store fields (frames on demand)', () => {
  const initial = useAppStore.getState()
  afterEach(() => useAppStore.setState(initial, true))

  it('asks for a frame when a field the scene draws from changes, and for nothing else', () => {
    const heard = vi.fn()
    const off = onRenderedChange(heard)
    const s = useAppStore.getState()
    s.setCameraMoved(true) // the view buttons' highlight: not drawn in the 3D view
    s.setXray(s.xray) // the same value again
    expect(heard).not.toHaveBeenCalled()
    s.setXray(!s.xray)
    s.setLayer('skeleton', 'shown')
    s.togglePainRegion('temple.L')
    expect(heard).toHaveBeenCalledTimes(3)
    off()
    s.setXray(!useAppStore.getState().xray)
    expect(heard).toHaveBeenCalledTimes(3)
  })
})
