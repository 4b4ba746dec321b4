import { describe, expect, it } from 'vitest'
import { ECHO_CHARS, echo, echoAll } from '@/data/echo'

describe('echoing outside text in a message', () => {
  it('cuts a long value to a short one, marked as cut', () => {
    const long = 'x'.repeat(100_000)
    expect([...echo(long)].length).toBe(ECHO_CHARS)
    expect(echo(long).endsWith('…')).toBe(true)
    expect(echo('temple.L')).toBe('temple.L')
  })

  it('strips control and text-direction characters, and folds white space', () => {
    expect(echo('abc\u202Eevil\u202C\u0000\u0007 \n\t def\u200B')).toBe('abcevil def')
    expect(echo('\u2066Your clinic account is locked\u2069')).toBe('Your clinic account is locked')
  })

  it('never splits a character made of two code units', () => {
    const text = '😀'.repeat(60)
    expect(echo(text)).toBe(`${'😀'.repeat(ECHO_CHARS - 1)}…`)
  })

  it('repeats several values once each, at most three', () => {
    expect(echoAll(['a', 'a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c'])
  })
})
