/**
 * Random edits of a file's text for fuzz tests: each edit deletes, inserts or replaces a character with a JSON
 * token, a NUL, a text-direction override or a drawing file's field name, so the result is nearly valid.
 */
import { DRAWING_FORMAT } from '@/data/drawingFile'

export const MUTATION_TOKENS = [
  ...['{', '}', '[', ']', '"', ':', ',', '0', '1', '2', '-', 'e', '.', 'null', 'true', ' ', '\\', 'é'],
  ...['\u0000', '\u202e', DRAWING_FORMAT, '"marks"', '"version"', '"coverage"', '9e999', '-1', '"temple.L"'],
]

/** `source` with 1 to 4 random edits, drawn from `random` (a seeded generator, so a failure can be replayed). */
export function mutate(source: string, random: () => number, tokens = MUTATION_TOKENS): string {
  const chars = [...source]
  const edits = 1 + Math.floor(random() * 4)
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * chars.length)
    const token = tokens[Math.floor(random() * tokens.length)]!
    const op = random()
    if (op < 0.33) chars.splice(at, 1)
    else if (op < 0.66) chars.splice(at, 0, token)
    else chars[at] = token
  }
  return chars.join('')
}
