/**
 * "I'm a patient / I'm a clinician": who is looking, so the app words and shows things for them (state/audience.ts).
 * Remembered on this device.
 */
import { useAudience } from '@/state/audience'
import { strings } from '@/i18n'

export function AudienceChoice() {
  const audience = useAudience((s) => s.audience)
  const setAudience = useAudience((s) => s.setAudience)
  const t = strings.audience
  return (
    <div role="group" aria-label={t.label} className="segmented audience-choice" title={t.hint}>
      {(['patient', 'clinician'] as const).map((who) => (
        <button
          key={who}
          type="button"
          className="cs-tool"
          aria-pressed={audience === who}
          onClick={() => setAudience(who)}
        >
          <span className="cs-long">{t[who]}</span>
          <span className="cs-short" aria-hidden="true">
            {t.short[who]}
          </span>
        </button>
      ))}
    </div>
  )
}
