/** Skin / outer muscles / deep muscles / skeleton: shown, see-through or hidden each, plus X-ray. */
import { useView } from '@/state/store'
import type { Layer, LayerMode } from '@/state/viewState'
import { LAYERS } from '@/state/viewState'
import { strings } from '@/i18n'

const MODES: readonly LayerMode[] = ['shown', 'ghost', 'hidden']

function LayerRow({ layer }: { layer: Layer }) {
  const mode = useView((s) => s.layers[layer])
  const setLayer = useView((s) => s.setLayer)
  const t = strings.ui.layers
  return (
    <fieldset className="layer-row">
      <legend>{t[layer]}</legend>
      <div className="segmented">
        {MODES.map((m) => (
          <label key={m} className="segment">
            <input
              type="radio"
              name={`layer-${layer}`}
              value={m}
              checked={mode === m}
              onChange={() => setLayer(layer, m)}
            />
            <span>{t.modes[m]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

export function LayerControls() {
  const xray = useView((s) => s.xray)
  const setXray = useView((s) => s.setXray)
  return (
    <div className="layer-controls">
      {LAYERS.map((layer) => (
        <LayerRow key={layer} layer={layer} />
      ))}
      <label className="switch">
        <input type="checkbox" role="switch" checked={xray} onChange={(e) => setXray(e.target.checked)} />
        <span>{strings.ui.layers.xray}</span>
      </label>
    </div>
  )
}
