/** The list of guided tours (being built: see issue #6). */
export function TourLibrary() {
  return null
}
