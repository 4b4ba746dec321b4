/** The short, calm education-not-diagnosis note in the header, linking to the full text in the Learn tab. */
import { useView } from '@/state/store'
import { strings } from '@/i18n'

export function HeaderNote() {
  const setTab = useView((s) => s.setTab)
  return (
    <p className="header-note">
      {strings.ui.disclaimerShort}{' '}
      <button type="button" className="link-button" onClick={() => setTab('learn')}>
        {strings.ui.disclaimerMore}
      </button>
    </p>
  )
}
