/**
 * "Where does it hurt?": mark painful areas, see the muscles whose referral patterns explain them, best first,
 * each with a plain reason. Pointing at or focusing a candidate previews its pattern on the body.
 */
import { useEffect, useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { explainMatch } from '@/domain/explain'
import { musclesReferringTo } from '@/domain/referral'
import { openMuscle, painRegionIds } from '@/state/intents'
import { useAppStore } from '@/state/store'
import { parseRegionKey } from '@/state/viewState'
import { strings } from '@/strings'
import { useDataset } from './DatasetContext'
import { RegionPicker } from './RegionPicker'

export function PainFinder() {
  const dataset = useDataset()
  const keys = useAppStore(useShallow((s) => s.painRegionKeys))
  const toggle = useAppStore((s) => s.togglePainRegion)
  const clearPain = useAppStore((s) => s.clearPain)
  const previewMuscle = useAppStore((s) => s.previewMuscle)
  // A preview must not outlive the list (e.g. the tab changed while a candidate had focus).
  useEffect(() => () => previewMuscle(null), [previewMuscle])
  const matches = useMemo(() => musclesReferringTo(dataset, painRegionIds(keys)), [dataset, keys])
  const t = strings.ui.pain

  const keyLabel = (key: string) => {
    const { regionId, side } = parseRegionKey(key)
    const label = dataset.regionsById.get(regionId)?.label ?? regionId
    return side ? t.sideLabel(label, side === 'left' ? t.left : t.right) : label
  }

  return (
    <section aria-labelledby="pain-heading" className="pain-finder">
      <h2 id="pain-heading">{t.heading}</h2>
      <p className="intro">{t.intro}</p>
      <p className="note" role="note">
        {t.note}
      </p>
      <div className="chosen">
        <h3 id="chosen-heading">{t.chosen}</h3>
        {keys.length ? (
          <ul aria-labelledby="chosen-heading" className="chip-list">
            {keys.map((key) => (
              <li key={key}>
                <button
                  type="button"
                  className="chip chip-on"
                  aria-label={t.remove(keyLabel(key))}
                  onClick={() => toggle(key)}
                >
                  {keyLabel(key)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.none}</p>
        )}
        {keys.length > 0 && (
          <button type="button" className="link-button" onClick={clearPain}>
            {t.clear}
          </button>
        )}
      </div>
      {keys.length > 0 && (
        <section aria-labelledby="candidates-heading" className="candidates">
          <h3 id="candidates-heading">{t.candidates}</h3>
          {matches.length ? (
            <>
              <p className="muted">{t.candidatesHint}</p>
              <ol className="candidate-list" onMouseLeave={() => previewMuscle(null)}>
                {matches.map((match) => {
                  const muscle = dataset.musclesById.get(match.muscleId)
                  if (!muscle) return null
                  return (
                    <li key={match.muscleId}>
                      <button
                        type="button"
                        className="list-button candidate"
                        onMouseEnter={() => previewMuscle(muscle.id)}
                        onFocus={() => previewMuscle(muscle.id)}
                        onBlur={() => previewMuscle(null)}
                        onClick={() => {
                          previewMuscle(null)
                          openMuscle(muscle.id, muscle.layer)
                        }}
                      >
                        <span className="list-button-title">{muscle.name}</span>
                        <span className="list-button-detail">{explainMatch(dataset, match)}</span>
                      </button>
                    </li>
                  )
                })}
              </ol>
            </>
          ) : (
            <p className="muted">{t.noCandidates}</p>
          )}
        </section>
      )}
      <RegionPicker />
    </section>
  )
}
