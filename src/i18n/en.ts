/**
 * English: every user-visible message of the app (cf. the three.js editor's Strings.js), so a clinical wording
 * review touches one file. Its shape is the `Messages` type (messages.ts): another language is a file like this one
 * with exactly the same keys and parameters (tsc checks it), registered in index.ts. Counts and lists use the
 * language's own rules (format.ts). Plain module: no React.
 */
import { formatters } from './format'

const { plural, list, values } = formatters('en-GB')

export const en = {
  /** The language of this catalogue (the page's `lang`). */
  lang: 'en',
  /** "temple, jaw and behind the eye": a list in running text, in this language's grammar. */
  list,
  appTitle: 'Trigger Point Body Map',
  tagline: 'Where muscles refer pain, and why the needle goes somewhere other than where it hurts.',
  /** The view of the map embedded in a clinic's article (embed.html, src/app/EmbedApp) and its snippet. */
  embed: {
    pageTitle: 'Trigger Point Body Map (embedded view)',
    openFull: 'Open in the full map',
    openFullHint: 'Opens this view in the full Trigger Point Body Map, in a new tab',
    captionBody: 'Trigger Point Body Map: tap a muscle to see it',
    captionMuscle: (name: string) => `${name}: its trigger points and where they send pain`,
    captionCondition: (name: string) => `${name}: the muscles often involved`,
    heading: 'Embed in an article',
    intro:
      'Put the body, as it is shown now, into a web page such as a clinic article: copy this code into the page. It loads only when a reader scrolls to it, and links to the full map. Marked pain areas are never included.',
    copy: 'Copy embed code',
    copied: 'Embed code copied.',
    copyFailed: 'Copying is not allowed here: select the code above and copy it.',
    codeLabel: 'Embed code for the current view',
    frameTitle: (caption: string) => `Body map: ${caption}`,
  },
  /** Updates of the map and parts that could not load (src/app/updates.ts, src/ui/PartBoundary.tsx). */
  updates: {
    ready: 'A new version of the map is ready.',
    reload: 'Reload',
    later: 'Later',
    partUpdated: 'This part of the map was updated while it was open.',
    partFailed: 'This part of the map could not be shown.',
    reloadHint: 'Reloading keeps the view you have open (the link holds it).',
  },
  /** A body area and its side (src/i18n/regionLabel.ts). */
  region: {
    /** In lists and sentences: "Temple, left". */
    text: (region: string, side: string) => `${region}, ${side}`,
    /** The name of a control (a toggle, a chip): "Temple, Left". */
    name: (region: string, side: string) => `${region}, ${side}`,
    /** The label that follows the pointer over the body: "Temple (left)", "Supinator (left)". */
    tip: (region: string, side: string) => `${region} (${side})`,
    sides: { left: 'left', right: 'right', middle: 'middle' },
    /** The side toggles' own words. */
    sideNames: { left: 'Left', right: 'Right', middle: 'Middle' },
  },
  /**
   * Why a muscle is suggested for the marked pain (src/ui/matchReason.ts): the areas its main and its wider zone
   * cover, how much of the drawing that is, and the worst areas it reaches. Areas come as labels for a sentence.
   */
  reason: {
    zones: (essential: readonly string[], spillover: readonly string[]) => {
      const parts = [
        essential.length ? `its main pain zone covers ${list(essential)}` : '',
        spillover.length ? `its wider (spillover) zone reaches ${list(spillover)}` : '',
      ].filter(Boolean)
      const sentence = parts.join('; ')
      return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
    },
    share: (pct: number) => `Its pattern covers about ${pct}% of the areas you marked.`,
    worst: (regions: readonly string[]) => `That includes ${list(regions)}, where you marked the worst pain.`,
  },
  linkProblem: (ids: readonly string[]) =>
    `Part of this link could not be used (${values(ids)}). The rest of the view is open.`,
  /** Text of the 3D view (src/scene). */
  scene: {
    /** `pct` null: the size of the model is not known (the indicator then just says it is loading). */
    loading: (pct: number | null) => `Loading the body model…${pct === null ? '' : ` ${pct}%`}`,
    contextLost:
      'The 3D view paused because the graphics system restarted. It will come back by itself in a moment.',
    loadFailed:
      'The 3D body could not be loaded. Everything else still works: search, the lists and every muscle’s details.',
    canvasLabel: (selected: string) =>
      `3D body. ${selected} Drag or use the arrow keys to turn it, plus and minus to zoom, 1 to 4 for front, back, left and right views, F to focus on the selection, Escape to clear.`,
  },
  /**
   * Red flags (data/redFlags.json), grouped by urgency with emergencies first. Written for a frightened patient:
   * what to do comes first, in the heading; each sign then says what to notice and what to do.
   */
  redFlags: {
    label: 'Warning signs that need a doctor',
    heading: {
      emergency: 'Call emergency services now if you have any of these',
      soon: 'See a doctor soon if you have any of these',
      mention: 'Tell your physiotherapist if you have any of these',
    },
    lead: {
      emergency:
        'Phone 112, 999 or 911 (your local emergency number). These signs can mean the pain is not from a muscle: do not wait for an appointment.',
      soon: 'Today or within a few days: each sign says how soon.',
      mention: 'They can change what is safe to do in treatment.',
    },
    /** A word before each group's heading that still reads in black and white print. */
    badge: { emergency: 'Emergency', soon: 'Soon', mention: 'Tell us' },
    clinical: 'For the clinician:',
    muscleHeading: 'When the same pain needs a doctor',
  },
  /** Text of the DOM panels (src/ui, src/app). */
  ui: {
    skipToPanel: 'Skip to the panel',
    disclaimerShort: 'For learning, not diagnosis.',
    disclaimerMore: 'Read why',
    webglUnavailable:
      'The 3D body cannot be shown on this device (WebGL is not available). Everything else works: search, the muscle list, “Where does it hurt?” and the conditions.',
    bodyViewLabel: '3D body',
    panelLabel: 'Details',
    panelPreparing: 'Getting the panels ready…',
    sheet: {
      show: 'Show the panel',
      hide: 'Hide',
      hideLabel: 'Hide the panel',
      bigger: 'Make the panel bigger',
      smaller: 'Make the panel smaller',
    },
    dismiss: 'Dismiss',
    notices: 'Messages',
    selectedBar: (name: string) => `Selected: ${name}`,
    showDetails: 'Show details',
    search: {
      label: 'Search muscles, body areas and conditions',
      placeholder: 'Search: a muscle, where it hurts, a condition…',
      /** A phone's box, or presentation mode's larger type, leaves less room: the same hint, shorter. */
      placeholderShort: 'Muscle, pain, condition…',
      results: 'Search results',
      none: (q: string) => `Nothing found for “${q}”. Try other words, like “shoulder” or “headache”.`,
      count: (n: number) => plural(n, { one: '# result', other: '# results' }),
      kind: { muscle: 'Muscle', region: 'Body area', condition: 'Condition' },
      causeOf: (condition: string) => `A common cause of ${condition.toLowerCase()}`,
      clear: 'Clear search',
    },
    tabs: {
      label: 'Panels',
      explore: 'Explore',
      pain: 'Where does it hurt?',
      conditions: 'Conditions',
      learn: 'About dry needling',
      teach: 'Tours & quizzes',
      /** Shown in a narrow panel (tablets, phones); the full labels stay the tabs' names. */
      short: {
        explore: 'Explore',
        pain: 'Where it hurts',
        conditions: 'Conditions',
        learn: 'Needling',
        teach: 'Tours & quizzes',
      },
    },
    areas: {
      head: 'Head and face',
      neck: 'Neck',
      shoulder: 'Shoulder',
      'upper-arm': 'Upper arm',
      forearm: 'Forearm and elbow',
      hand: 'Hand and wrist',
      chest: 'Chest',
      abdomen: 'Belly',
      'upper-back': 'Upper back',
      'lower-back': 'Lower back',
      hip: 'Hip and buttock',
      thigh: 'Thigh',
      knee: 'Knee',
      leg: 'Lower leg',
      foot: 'Foot and ankle',
    } as Record<string, string>,
    depth: {
      superficial: 'near the surface',
      intermediate: 'in the middle layer',
      deep: 'deep, under other muscles',
    } as Record<string, string>,
    list: {
      heading: 'All muscles',
      intro:
        'Choose a muscle to see where it is and where it can send pain. You can also tap it on the body.',
      count: (n: number) => plural(n, { one: '# muscle', other: '# muscles' }),
    },
    muscle: {
      back: 'All muscles',
      alsoCalled: 'People also say',
      where: 'Where it is',
      bodyArea: 'Body area',
      layer: 'Depth',
      does: 'What it does',
      anatomy: 'Attachments and nerve',
      origin: 'Starts at (origin)',
      insertion: 'Ends at (insertion)',
      innervation: 'Nerve supply',
      side: 'Side',
      sides: { left: 'Left', right: 'Right', both: 'Both' },
      compare: 'Compare',
      compareHint: 'Keep this pattern on the body while you look at another muscle',
      comparing: 'In comparison',
      clearCompare: 'Stop comparing',
      removeCompare: (name: string) => `Stop comparing ${name}`,
      focus: 'Focus',
      triggerPoints: 'Trigger points',
      referral: 'Where it sends pain',
      essential: 'Main pain area (essential)',
      spillover: 'May spread here (spillover)',
      noSpillover: 'No spillover area recorded.',
      symptoms: 'What people notice',
      perpetuating: 'What can keep it going',
      conditions: 'Linked conditions',
      bothSides: (areas: string) =>
        `Felt on both sides of the body, whichever side the muscle is on: ${areas}.`,
      selfCare: 'Self-care ideas',
      stretch: 'Stretch',
      selfMassage: 'Self-massage',
      ergonomics: 'Everyday habits',
      selfCareNote: 'Stop if something hurts more or feels wrong, and ask your clinician.',
      clinicians: 'For clinicians: needling safety',
      clinicianNote: 'Dry needling is done only by trained, licensed clinicians.',
      structures: 'Structures at risk',
      precautions: 'Precautions',
      noStructures: 'None recorded.',
      sources: 'Sources',
      structureKinds: {
        'lung-pleura': 'Lung',
        nerve: 'Nerve',
        artery: 'Artery',
        vein: 'Vein',
        'spinal-cord': 'Spinal cord',
        organ: 'Organ',
        joint: 'Joint',
        other: 'Other',
      } as Record<string, string>,
    },
    pain: {
      heading: 'Where does it hurt?',
      intro: 'Mark the places that hurt. The map lists muscles that are known to send pain there.',
      note: 'This is not a diagnosis. Many things cause pain; a clinician can examine you and find the cause.',
      filterLabel: 'Find a body area',
      sidesHint: 'Left and right mean the body’s own left and right.',
      filterPlaceholder: 'e.g. temple, tailbone, elbow',
      areasHeading: 'Body areas',
      chosen: 'You marked',
      remove: (label: string) => `Remove ${label}`,
      alsoOtherSide: (label: string) => `+ ${label} too`,
      otherSides: 'The other side too',
      none: 'Nothing marked yet.',
      clear: 'Clear all',
      candidates: 'Muscles that may send pain there',
      candidatesHint:
        'Best match first. Tap one to open it. With a mouse or the keyboard, pointing at or focusing one shows its pattern on the body first.',
      noCandidates: 'No muscle in this map sends pain to the marked areas.',
      noAreas: 'No body area matches those words.',
    },
    conditions: {
      heading: 'Conditions',
      intro: 'Common problems and the muscles whose trigger points are often involved.',
      back: 'All conditions',
      muscles: 'Muscles often involved',
      whenToSee: 'When to see a clinician',
      redFlags: 'Also get checked by a doctor if you notice',
      questions: 'Questions people ask',
      noMuscles: 'No muscle in this map is linked to this condition yet.',
    },
    learn: {
      heading: 'About dry needling',
      safetyFirst: 'Safety first',
      faq: 'Questions and answers',
      sources: 'Sources',
      loading: 'More information is being written.',
    },
    layers: {
      heading: 'Layers',
      skin: 'Skin',
      superficial: 'Outer muscles',
      deep: 'Deep muscles',
      skeleton: 'Skeleton',
      modes: { shown: 'Show', ghost: 'See-through', hidden: 'Hide' },
      xray: 'X-ray (see-through skin)',
    },
    view: {
      heading: 'View',
      front: 'Front',
      back: 'Back',
      left: 'Left side',
      right: 'Right side',
      focus: 'Focus on selection',
    },
    legend: {
      heading: 'Key',
      essential: 'Main pain area (essential)',
      spillover: 'May spread here (spillover)',
      preview: 'Preview',
      muscleItself: (name: string) => `${name} (the muscle)`,
      painMarked: 'Where you marked pain',
      condition: (name: string) => `Muscles often involved in: ${name}`,
      nothing: 'Choose a muscle or mark where it hurts to see pain patterns.',
    },
    status: {
      nothing: 'No muscle selected.',
      selected: (name: string, side: string) => `Selected: ${name}, ${side}.`,
      sides: { left: 'left side', right: 'right side', both: 'both sides' },
      comparing: (names: string) => `Also showing: ${names}.`,
      preview: (name: string) => `Previewing the pain pattern of ${name}.`,
      pain: (n: number) => plural(n, { one: '# painful area marked.', other: '# painful areas marked.' }),
    },
  },
  /** Why a drawing file was not opened, by the code src/data/drawingFile returns (src/ui/drawing/fileMessage.ts). */
  drawingFile: {
    damaged: 'This file could not be read: it looks damaged or incomplete. Try exporting the drawing again.',
    foreign: 'This file is not a pain drawing from this map, so nothing was changed.',
    newerVersion:
      'This drawing was saved by a newer version of the map. Please update the map (reload the page) and open it again.',
    unknownRegions: (keys: readonly string[]) =>
      `This drawing marks areas this map does not know (${values(keys)}), so it was not opened.`,
    /** `path`: where in the file ("marks › temple.R › coverage"); empty when the file as a whole is wrong. */
    badValue: (path: readonly string[]) =>
      `Part of this drawing has a value the map cannot use${path.length ? ` (${path.join(' › ')})` : ''}, so it was not opened.`,
    tooLarge: 'This file is too large to be a pain drawing (over 1 MB), so it was not opened.',
    oddRegions: 'This drawing names its areas in a way this map cannot read, so it was not opened.',
    empty: 'This drawing marks no areas, so there was nothing to open.',
  },
  /** The patient's pain drawing: drawing tools, saved drawings, compare, files, forgetting (src/ui/drawing). */
  painDrawing: {
    modeLabel: 'How to mark the pain',
    modeTick: 'Tick areas',
    modeDraw: 'Draw on the body',
    drawHint:
      'Drag on the body to paint where it hurts. Drag beside the body to turn it; use two fingers to zoom. The buttons above the picture show the front, back and sides.',
    tickHint: 'Tap an area on the body, or tick it in the list below.',
    brushLabel: 'Brush',
    aches: 'Aches',
    sharp: 'Sharp / worst',
    erase: 'Eraser',
    sizeLabel: 'Brush size',
    small: 'Small',
    large: 'Large',
    undo: 'Undo',
    clear: 'Clear drawing',
    painted: 'You painted',
    paintedArea: (area: string, worst: boolean, pct: number) =>
      `${area}: ${worst ? 'sharp / worst' : 'aches'}, about ${pct}% of the area`,
    openedFallback:
      'This drawing was made on another version of the body, so whole areas are filled in where it marked pain.',
    keyHeading: 'Reading the body',
    keyAches: 'Your drawing: aches (dots)',
    keySharp: 'Your drawing: sharp / worst (dark)',
    keyEssential: 'Its main pain area (solid colour)',
    keySpillover: 'Where it may spread (stripes)',
    keyShown: (muscle: string | null) => (muscle ? `Pattern shown: ${muscle}` : 'Pattern shown: none yet'),
    shelfHeading: 'Your drawings on this device',
    shelfNote: 'Drawings stay on this device. Nothing is sent anywhere.',
    loading: 'Loading your drawings…',
    labelField: 'Name (optional)',
    labelPlaceholder: 'e.g. Monday after work',
    save: 'Save on this device',
    saved: 'Saved on this device.',
    saveFailed: 'The drawing could not be saved on this device. Your drawing is still here; try again.',
    nothingToSave: 'Mark where it hurts first, then save.',
    exportCurrent: 'Save as a file (.json)',
    exportHint:
      'A file to keep or send (a .json file). Open it here later with “Open a drawing file”; the drawing then comes back as it was.',
    importLabel: 'Open a drawing file',
    imported: 'The drawing was opened and saved on this device.',
    keptForUndo: 'The drawing that was on the body is not lost: “Bring back the earlier drawing” returns it.',
    bringBack: 'Bring back the earlier drawing',
    broughtBack: 'The earlier drawing is back on the body.',
    empty: 'No saved drawings yet.',
    savedList: 'Saved drawings',
    untitled: 'Pain drawing',
    areas: (n: number) => plural(n, { one: '# area', other: '# areas' }),
    open: 'Open',
    openLabel: (name: string) => `Open ${name}`,
    opened: (name: string) => `${name} is open on the body.`,
    exportFile: 'File',
    exportLabel: (name: string) => `Save ${name} as a file`,
    remove: 'Delete',
    removeLabel: (name: string) => `Delete ${name}`,
    removeConfirm: (name: string) => `Delete ${name} from this device?`,
    removeYes: 'Yes, delete',
    cancel: 'Cancel',
    removed: 'Deleted.',
    removeFailed:
      'The drawing could not be deleted, so it is still on this device. Close other tabs of this map and try again.',
    compareChoose: (name: string) => `Compare ${name}`,
    compareTick: 'Compare',
    compareHint: 'Tick two drawings to compare them side by side.',
    compare: 'Compare the two',
    compareHeading: 'Earlier and later',
    earlier: 'Earlier',
    later: 'Later',
    closeCompare: 'Close comparison',
    front: 'front',
    back: 'back',
    thumbAlt: (name: string, view: string) => `${name}, ${view} view`,
    noThumb: 'No picture',
    changesHeading: 'What changed',
    changeNew: (areas: string) => `New: ${areas}.`,
    changeGone: (areas: string) => `Gone: ${areas}.`,
    changeBetter: (areas: string) => `Better (milder or smaller): ${areas}.`,
    changeWorse: (areas: string) => `Worse (stronger or larger): ${areas}.`,
    changeSame: (areas: string) => `About the same: ${areas}.`,
    noChange: 'The two drawings mark the same areas in the same way.',
    forget: 'Forget everything on this device',
    forgetConfirm:
      'This deletes every saved drawing, the drawing on the body and anything else this map keeps on this device. It cannot be undone.',
    forgetYes: 'Yes, forget everything',
    forgotten: 'Done. This map keeps nothing on this device now.',
    forgetFailed: 'Not everything could be deleted. Close other tabs of this map and try again.',
    storageUnavailable:
      'This browser does not let the map keep drawings (private mode?). You can still save them as files.',
    newerDatabase: (n: number | null) =>
      `${n === null ? 'Your drawings were' : plural(n, { one: '# drawing was', other: '# drawings were' })} saved by a newer version of the map; update the map (reload the page) to see them.`,
    unreadable: (n: number) =>
      `${plural(n, { one: '# drawing', other: '# drawings' })} on this device could not be read. “Forget everything on this device” deletes ${plural(n, { one: 'it', other: 'them' })} too.`,
    keepKept: 'Your browser has agreed to keep saved drawings on this device.',
    keepMayClear:
      'Your browser may still clear saved drawings if the device runs short of space. Save a file as well to be sure.',
    keepUnknown:
      'This browser does not say how long it keeps saved drawings. Save a file as well to be sure.',
    alreadySaved: (name: string) =>
      `${name} is already saved on this device, so no copy was made. It is open on the body.`,
  },
  /** Quiz prompts and the end-of-quiz summary (src/domain/quiz). */
  quiz: {
    whichMuscle: 'Which muscle sends pain to the areas shown?',
    whereRefer: (muscle: string) => `Where does ${muscle} send pain? Mark the areas.`,
    nameMuscle: 'Which muscle is highlighted?',
    summary: (correct: number, total: number, percent: number) =>
      total === 0
        ? 'No questions answered yet.'
        : `You got ${correct} of ${total} right (${percent}% overall).`,
  },
  /** The quiz screens: start, questions, feedback, summary, classroom mode (src/ui/quiz). */
  quizUi: {
    intro:
      'Test yourself, or run a quiz with a class. Three kinds of question, all about where muscles send pain.',
    kindsLegend: 'Questions',
    mixed: 'Mixed (all kinds)',
    kinds: {
      'which-muscle': 'Which muscle sends pain here?',
      'where-refer': 'Where does this muscle send pain?',
      'name-muscle': 'Name the highlighted muscle',
    },
    kindsShort: {
      'which-muscle': 'Which muscle?',
      'where-refer': 'Where does it refer?',
      'name-muscle': 'Name the muscle',
    },
    no3dNote:
      'Without the 3D body, “Name the highlighted muscle” is left out; the other questions use words.',
    lengthLegend: 'Length',
    length: (n: number) => plural(n, { one: '# question', other: '# questions' }),
    focusLabel: 'Muscles to ask about',
    focusAll: 'The whole body',
    focusAreas: 'A body area',
    focusConditions: 'A condition',
    focusCount: (label: string, n: number) =>
      `${label} (${plural(n, { one: '# muscle', other: '# muscles' })})`,
    codeLabel: 'Quiz code (optional)',
    codeHint: 'The same code gives the same questions, so a class can replay a quiz.',
    codeInvalid: 'A quiz code is a whole number, like 4821. Leave it empty for new questions.',
    classroom: 'Classroom mode: big type for a projector',
    start: 'Start the quiz',
    tooFew: 'Fewer muscles than questions here, so the quiz is shorter.',
    progress: (n: number, total: number) => `Question ${n} of ${total}`,
    /** Points: a partly right answer counts its share (0.4 for a painted pattern 44 % right). */
    score: (points: number, answered: number) => `Score ${Math.round(points * 10) / 10} of ${answered}`,
    code: (seed: number) => `Quiz code ${seed}`,
    quit: 'End quiz',
    namesHidden: 'Muscle names are hidden until you answer.',
    optionsLegend: 'Choose one (keys 1 to 4, then Enter)',
    check: 'Check answer',
    chooseFirst: 'Choose an answer first.',
    zonesHeading: 'The pain shown on the body',
    zoneEssential: 'Main zone',
    zoneSpillover: 'Spillover',
    zoneNone: 'none',
    keyEssential: 'solid: main zone',
    keySpillover: 'hatched: spillover',
    keyMarks: 'dotted: your marks',
    turnHint:
      'Turn the body with the arrow keys or 1 to 4 (front, back, left, right) if the zones are out of view.',
    markHint3d: 'Tap the skin where you expect the pain (tap again to undo), or tick areas in the list.',
    markHintNo3d: 'Tick the areas where you expect the pain.',
    marked: 'You marked',
    markedNone: 'Nothing marked yet.',
    areaList: 'Body areas',
    areaListHint: (marked: number) =>
      marked ? `tick them instead of painting (${marked} marked)` : 'tick them instead of painting',
    filterLabel: 'Find a body area',
    noAreas: 'No body area matches those words.',
    whereNo3dMuscle: (where: string) => `It lies in the ${where}.`,
    nameHint: 'The highlighted muscle is shown in yellow. Turn or zoom the body to look at it.',
    right: 'Right!',
    wrong: 'Not quite.',
    partly: 'Partly right.',
    answerWas: (name: string) => `The answer: ${name}.`,
    youChose: (name: string) => `You chose ${name}.`,
    whyWhich: (name: string, zones: string) => `${name} sends pain mainly to ${zones}.`,
    whyWhichWrong: (name: string, zones: string) => `${name} sends pain mainly to ${zones} instead.`,
    wherePercent: (pct: number) => `Your marks match ${pct}% of the pattern.`,
    hit: (zones: string) => `Right: ${zones}.`,
    missed: (zones: string) => `Missed from the main zone: ${zones}.`,
    extra: (zones: string) => `Not part of this pattern: ${zones}.`,
    nothingMarked: 'You did not mark any area.',
    markFirst: 'Mark at least one area first.',
    whySpill: (zones: string) => `Sometimes it spreads further: ${zones}.`,
    right3d: 'Right answer',
    yourAnswer: 'Your answer',
    classroomShort: 'Classroom mode',
    patternNow: 'The body now shows the real pattern, with your marks dotted on top.',
    spilloverLevel: 'spillover',
    next: 'Next question',
    finish: 'See my score',
    summaryHeading: 'Your score',
    byKind: 'By kind of question',
    kindLine: (n: number, pct: number) =>
      `${plural(n, { one: '# question', other: '# questions' })}, ${pct}%`,
    reviewHeading: 'Worth another look',
    reviewNone: 'Nothing to review: every answer was right.',
    openInExplore: (name: string) => `Open ${name} in Explore`,
    playAgain: 'Play again (new questions)',
    replay: 'Replay the same questions',
    changeSettings: 'Change settings',
    statusHidden: 'A quiz question is open, so the muscle is not named.',
    noQuestions: 'There are no muscles to ask about here. Choose another focus.',
    learningNote: 'For learning: patterns vary from person to person.',
  },
  /** The "Tours & quizzes" tab (src/ui/TeachPanel). */
  teach: {
    toursHeading: 'Guided tours',
    quizzesHeading: 'Quizzes',
    loading: 'Loading…',
  },
  /** Chairside tools for the physiotherapist: presentation mode, reset, handout, picture, explainer (src/ui/chairside). */
  audience: {
    label: 'Who is looking',
    hint: 'The app words and shows things for who is looking. Remembered on this device.',
    patient: "I'm a patient",
    clinician: "I'm a clinician",
    short: { patient: 'Patient', clinician: 'Clinician' },
    triggerPointsPlain: (n: number) =>
      plural(n, {
        one: 'The dot on the muscle shows where its trigger point, a tender knot, usually is.',
        other: 'The dots on the muscle show where its # trigger points, tender knots, usually are.',
      }),
  },
  chairside: {
    toolsLabel: 'Chairside tools',
    presentation: 'Presentation mode',
    presentationShort: 'Present',
    presentationHint: 'Large type and plain words for talking with a patient (Alt+Shift+P)',
    explainer: 'Dry needling explained',
    explainerShort: 'Needling?',
    handout: 'Patient handout',
    handoutShort: 'Handout',
    savePicture: 'Save picture',
    savePictureHint: 'Download a picture (PNG) of the body as it is shown now',
    pictureFileName: (date: string) => `body-map-${date}.png`,
    pictureFailed:
      'The picture could not be saved on this device. The handout and everything else still work.',
    pictureRestarting:
      'The 3D view is restarting, so no picture can be taken this moment. Try again when the body is back.',
    reset: 'Next patient',
    resetLong: 'Reset for the next patient',
    resetHint:
      'Clears the selection, pain areas, drawing and the muscles discussed, turns the body to the front and cleans the link',
    cleared: 'Cleared for the next patient.',
    undo: 'Undo',
    restored: 'The previous view is back.',
    close: 'Close',
    loading: 'Loading…',
    /** Presentation mode's muscle panel. */
    peopleSay: 'People say',
    clinicalName: 'Clinical name',
    whereItIs: 'Where it is',
    clinicalDetail: 'Clinical detail (anatomy, trigger points, sources)',
    /** The dry needling explainer dialog. */
    explainerHeading: 'Dry needling, explained',
    explainerIntro: 'In reading order, to go through together.',
    /** The patient handout. */
    handoutHeading: 'Notes from your visit',
    handoutDialogLabel: 'Patient handout',
    print: 'Print or save as PDF',
    printHint: 'Opens the print window: choose a printer, or “Save as PDF”.',
    linkWithPain: 'Put the marked pain areas in the link and QR code',
    linkWithPainHint:
      'Off: the link shows the muscles, not where this patient hurts (links stay in browser history and bookmarks).',
    date: (date: string) => `Date: ${date}`,
    pictureAlt: 'The body map as shown during the visit',
    pictureKey:
      'Orange shows where pain is mainly felt; the lighter, striped colour shows where it may spread. A dot marks a trigger point.',
    noPicture: 'No picture: the 3D body is not shown on this device.',
    noPictureRestarting:
      'No picture: the 3D view was restarting when this handout opened. Close it and open it again in a moment.',
    painHeading: 'Where you said it hurts',
    musclesHeading: 'The muscles we talked about',
    noMuscles: 'No muscles yet. Choose a muscle on the body or in the list and it is added here by itself.',
    leaveOut: (name: string) => `Leave ${name} out of the handout`,
    mainArea: 'Pain is mainly felt in',
    maySpread: 'It may also spread to',
    noPattern: 'No pain pattern is recorded for this muscle.',
    selfCareHeading: 'Things you can try at home',
    aftercareHeading: 'After dry needling',
    whenToCall: 'When to call',
    urgentHeading: 'Get help straight away',
    /** Plain facts used only when the dataset has no aftercare or safety section. */
    aftercareFallback: [
      'The treated muscles often feel sore, like after a hard workout, for a day or two.',
      'Small bruises are common and fade within about a week.',
    ],
    whenToCallFallback: [
      'Call your clinic if soreness is severe, lasts more than two days or gets worse.',
      'Call your clinic if a needle spot becomes red, hot or swollen, or you get a fever.',
    ],
    linkHeading: 'Open this view again',
    linkHint:
      'Scan the code with a phone camera, or type the link below, to see the same view of the body map.',
    qrAlt: 'QR code that opens this view of the body map',
    qrFailed: 'The code could not be made for this link; the link below still works.',
    notesHeading: 'Notes from your clinician',
    details: {
      label: 'About this visit',
      condition: 'Condition',
      clinic: 'Clinic',
      clinician: 'Clinician',
      notes: 'Notes',
      notesPlaceholder: 'Type notes here, or write on the printed page.',
      remembered: 'The clinic and the clinician are remembered on this device for the next handout.',
    },
  },
  /** Comparing muscles' patterns in words, under the list of compared muscles (src/ui/CompareList). */
  compare: {
    heading: 'Where each pattern reaches',
    intro: 'Each colour on the body is one muscle, as in the key. The same, in words:',
    main: 'Main pain area',
    spreads: 'May spread to',
    nothing: 'none',
    sharedHeading: 'Areas in more than one pattern',
    sharedHint: 'Where patterns meet, the body shows the colour of the muscle listed first.',
    sharedItem: (area: string, muscles: string) => `${area}: ${muscles}`,
    level: { essential: 'main', spillover: 'spread' },
    coloursRepeat: 'Colours repeat after seven muscles: compare fewer at a time to tell them apart.',
  },
  /** Guided tours: the list, the caption bar over the body and the outline in the panel (src/ui/tours). */
  tours: {
    kinds: { condition: 'Condition tours', story: 'Everyday stories' },
    kindIntro: {
      condition: 'A common kind of pain, followed muscle by muscle.',
      story: 'People patients recognise themselves in.',
    },
    audience: { patient: 'For patients', clinician: 'For clinicians', class: 'For a class' },
    stepCount: (n: number) => plural(n, { one: '# step', other: '# steps' }),
    start: 'Start',
    startLabel: (title: string) => `Start the tour: ${title}`,
    none: 'No guided tours are available.',
    howTo:
      'A tour moves the body and shows the muscles for you. Use the buttons, the arrow keys or a presenter clicker; Escape ends it.',
    barLabel: (title: string) => `Tour: ${title}`,
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous',
    next: 'Next',
    finish: 'Finish',
    exit: 'Exit tour',
    copyLink: 'Copy link',
    linkCopied: 'The link to this step was copied. Anyone who opens it sees this step.',
    copyManually: 'Copy this link to share this step:',
    keys: '→ or Space: next · ←: back · Esc: end the tour',
    outlineHeading: 'Steps',
    goToStep: (step: number) => `Go to step ${step}`,
    onBody: 'On the body now',
    musclesShown: 'Muscles shown',
    painShown: 'Painful areas',
    nothingShown: 'The whole body, nothing selected.',
    finished: (title: string) => `You finished the tour “${title}”.`,
    calmNote: 'Tours explain common patterns. They cannot tell what is causing one person’s pain.',
  },
  disclaimer:
    'This map is for learning and conversation. It cannot diagnose you: a qualified clinician can examine you and tell you what is going on.',
}
