/** A label (or its last part, under a group label) that names the start of a period: "Start", "Початок", "От". */
const START =
  /^(?:start|starting|start date|begin|beginning|from|початок|дата початку|початку|начало|начална дата|дата на започване|от|з|від|с)(?![\p{L}])/iu;
/** … or its end: "End", "Completion", "Закінчення", "Краен срок". */
const END =
  /^(?:end|end date|ending|finish|completion|to|до|по|кінець|закінчення|завершення|край|краен|крайна|окончание|конец)(?![\p{L}])/iu;

/** True for a label that names the start of a period ("Start", "Start date", "Початок", "Начало"). */
export function namesPeriodStart(label: string): boolean {
  return START.test(label.trim());
}

/** True for a label that names the end of a period ("End", "End date", "Закінчення", "Краен срок"). */
export function namesPeriodEnd(label: string): boolean {
  return END.test(label.trim());
}
