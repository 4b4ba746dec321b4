/** The store's notices (e.g. "part of this link could not be used"), each dismissable. */
import { useView } from '@/state/store'
import { strings } from '@/i18n'

export function Notices() {
  const notices = useView((s) => s.notices)
  const dismiss = useView((s) => s.dismissNotice)
  // The same text twice (e.g. a link decoded again under React StrictMode) is shown once and dismissed together.
  const unique = notices.filter((n, i) => notices.findIndex((m) => m.text === n.text) === i)
  const dismissAll = (text: string) => notices.filter((n) => n.text === text).forEach((n) => dismiss(n.id))
  return (
    <div role="status" aria-label={strings.ui.notices} className="notices">
      {unique.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.text}</p>
          <button type="button" className="notice-dismiss" onClick={() => dismissAll(n.text)}>
            {strings.ui.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}
