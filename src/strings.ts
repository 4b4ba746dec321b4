/**
 * Every user-visible string in one place (cf. the three.js editor's Strings.js), so a clinical wording review
 * or a translation touches one file. Plain module: no React.
 */
export const strings = {
  appTitle: 'Trigger Point Body Map',
  tagline: 'Where muscles refer pain, and why the needle goes somewhere other than where it hurts.',
  and: 'and',
  reason: {
    essential: (regions: string) => `its main pain zone covers ${regions}`,
    spillover: (regions: string) => `its wider (spillover) zone reaches ${regions}`,
  },
  linkProblem: (values: string[]) =>
    `Part of this link could not be used (${values.slice(0, 3).join(', ')}${values.length > 3 ? ', …' : ''}). The rest of the view is open.`,
  disclaimer:
    'This map is for learning and conversation. It cannot diagnose you: a qualified clinician can examine you and tell you what is going on.',
}
