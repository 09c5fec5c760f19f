/** Words and signs that make an indicator countable: a number, a share, a count, in uk, bg, en and ru. */
const MEASURABLE =
  /\d|%|кільк|чисельн|охоплен|відсот|частк|питома вага|коефіцієнт|обсяг|сума|брой|бр\.|дял|процент|число|стойност|количеств|численност|доля|count|number of|share|percent|rate|ratio|amount|total|\bno\. of|# of/iu;

/** True when an indicator names something that can be counted or measured. */
export function isMeasurable(text: string): boolean {
  return MEASURABLE.test(text);
}
