import { afterEach, describe, expect, it, vi } from 'vitest'
import { onRenderedChange } from '@/scene/renderedInputs'
import { selectView } from '@/state/presented'
import { useAppStore } from '@/state/store'

describe('the rendered store fields (frames on demand)', () => {
  const initial = useAppStore.getState()
  afterEach(() => useAppStore.setState(initial, true))

  it('asks for a frame when a field the scene draws from changes, and for nothing else', () => {
    const heard = vi.fn()
    const off = onRenderedChange(heard)
    const s = useAppStore.getState()
    useAppStore.setState({ handAzimuth: 1 }) // the view buttons' highlight: not drawn in the 3D view
    s.setXray(s.xray) // the same value again
    expect(heard).not.toHaveBeenCalled()
    s.setXray(!s.xray)
    s.setLayer('skeleton', 'shown')
    s.togglePainRegion('temple.L')
    expect(heard).toHaveBeenCalledTimes(3)
    // A tour step's staged view is drawn too, and an edit to it.
    useAppStore.setState({
      staged: { by: 'tour', view: { ...selectView(useAppStore.getState()), xray: true } },
    })
    expect(heard).toHaveBeenCalledTimes(4)
    s.toggleOverlay('soleus')
    expect(heard).toHaveBeenCalledTimes(5)
    off()
    s.setXray(!useAppStore.getState().xray)
    expect(heard).toHaveBeenCalledTimes(5)
  })
})
