// The detector: finds the Safe Harbor identifiers in free text.
//
// One view of the text (see normalize.ts), a fixed set of precompiled regular expressions for the
// identifiers that have a shape (dates, phones, e-mails, labelled numbers...), and one tokenizing
// pass with Set lookups for names and places. Candidates carry a priority; overlaps are resolved
// by priority, then length. Offsets reported are always into the original text.
//
// The rules live in ./detect/, one module per family of identifiers or per recall round (see docs/deid.md, "Where the
// rules live"). This module is their only entry: it imports the modules in an order under which every module's
// top-level values are evaluated before another module's top-level code reads them (the word lists, patterns and
// label words are leaf modules that import no rule), and it runs the tagger's configuration.
export { detect, detectMany, taggerInput, type DetectOptions } from './detect/engine.js';
export { CandIndex } from './detect/detector.js';
export { setScaleThresholds } from './detect/text.js';
export type { Cand } from './detect/words.js';
import './detect/tagger-config.js';
