/** Quiz start screen (being built: see issue #6). */
export function QuizLauncher() {
  return null
}
