// Names of bodies: folding, official transliteration, composite names ("A, B"), acronym-dash-place patterns.
export { slug, transliterate } from "./transliterate";
export { deletionNeighbourhood, foldName, foldedKey, occursAt, wordStarts } from "./foldName";
export { matchPatterns } from "./matchPatterns";
export { compositeNames } from "./compositeNames";
