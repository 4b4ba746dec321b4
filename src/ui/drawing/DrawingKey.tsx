/**
 * How to read the body while a candidate's pattern is shown with the patient's drawing: which marks are the
 * patient's (dots = aches, dark = sharp / worst) and which are the muscle's pattern (solid colour, stripes).
 * Its size never changes with the preview (the pattern lines are always there, and the muscle's name sits on
 * one line of its own): a key that grew on hover would move the list under it, and a tap would land elsewhere.
 */
import { patternColor, PAIN_MARK_COLOR } from '@/look/palette'
import { strings } from '@/i18n'
import './drawing.css'

export function DrawingKey({ muscleName }: { muscleName: string | null }) {
  const t = strings.painDrawing
  return (
    <div className="drawing-key">
      <h4 className="drawing-key-heading">{t.keyHeading}</h4>
      <ul>
        <li>
          <span className="key-swatch key-aches" style={{ color: PAIN_MARK_COLOR }} aria-hidden="true" />
          {t.keyAches}
        </li>
        <li>
          <span
            className="key-swatch key-sharp"
            style={{ backgroundColor: PAIN_MARK_COLOR }}
            aria-hidden="true"
          />
          {t.keySharp}
        </li>
        <li>
          <span className="key-swatch" style={{ backgroundColor: patternColor(0) }} aria-hidden="true" />
          {t.keyEssential}
        </li>
        <li>
          <span className="key-swatch key-spillover" style={{ color: patternColor(0) }} aria-hidden="true" />
          {t.keySpillover}
        </li>
      </ul>
      <p className="drawing-key-shown" aria-live="polite">
        {t.keyShown(muscleName)}
      </p>
    </div>
  )
}
