/** The store's notices (e.g. "part of this link could not be used"), each dismissable. */
import { useAppStore } from '@/state/store'
import { strings } from '@/strings'

export function Notices() {
  const notices = useAppStore((s) => s.notices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  return (
    <div role="status" aria-label={strings.ui.notices} className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.text}</p>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)}>
            {strings.ui.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}
