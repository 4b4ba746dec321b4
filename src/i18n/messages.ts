/**
 * The shape every language's catalogue has: English's keys, parameters and kinds of value. A second language is
 * `const xx: Messages = { … }` in its own file; a missing, extra or differently typed message fails tsc.
 */
import type { en } from './en'

export type Messages = typeof en
