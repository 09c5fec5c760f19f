/**
 * Does an Excel number format show a number as a date or time? The test is SheetJS's `SSF.is_date`,
 * reproduced character for character (tests compare it with SheetJS on its whole format table), so that the
 * .xlsx reader, the SheetJS fallback and the Excel host turn the same cells into dates: quoted text, escapes
 * (`\x`), padding (`_x`), fills (`*x`), "General" and bracketed parts (colours, conditions, locale tags) do not
 * count; a b/d/m/y/h/s/e/g letter (either case), AM/PM, A/P or an elapsed-time bracket (`[h]`, `[mm]`) does.
 *
 * `localized`: the code may come in the account's regional format, which is what Excel for the web returns
 * from `Range.numberFormat` (OfficeDev/office-js#2824, #1553): Ukrainian "ДД.ММ.РРРР", Bulgarian
 * "дд.мм.гггг", "Загальний"/"Общ" for General. Then the Cyrillic date and time letters of those locales
 * (Д, М, Р, Г, Ч, С — day, month, year (рік, година), hour (година, час), second) count as date letters too:
 * in a format code an unquoted Cyrillic letter can only be a format code. Files always hold invariant codes.
 */
export function isDateFormat(fmt: string, localized = false): boolean {
  let i = 0;
  let c = "";
  while (i < fmt.length) {
    switch ((c = fmt.charAt(i))) {
      case "G":
        if (isGeneral(fmt, i)) i += 6;
        i++;
        break;
      case '"':
        while (fmt.charCodeAt(++i) !== 34 && i < fmt.length);
        ++i;
        break;
      case "\\":
      case "_":
        i += 2;
        break;
      case "@":
        ++i;
        break;
      case "B":
      case "b":
      case "M":
      case "D":
      case "Y":
      case "H":
      case "S":
      case "E":
      case "m":
      case "d":
      case "y":
      case "h":
      case "s":
      case "e":
      case "g":
        return true;
      case "A":
      case "a":
      case "上":
        if (fmt.substr(i, 3).toUpperCase() === "A/P") return true;
        if (fmt.substr(i, 5).toUpperCase() === "AM/PM") return true;
        if (fmt.substr(i, 5).toUpperCase() === "上午/下午") return true;
        ++i;
        break;
      case "[": {
        let o = c;
        while (fmt.charAt(i++) !== "]" && i < fmt.length) o += fmt.charAt(i);
        if ((localized ? ELAPSED_LOCALIZED : ELAPSED).test(o)) return true;
        break;
      }
      case ".":
      case "0":
      case "#":
        while (
          i < fmt.length &&
          ("0#?.,E+-%".indexOf((c = fmt.charAt(++i))) > -1 ||
            (c === "\\" && fmt.charAt(i + 1) === "-" && "0#".indexOf(fmt.charAt(i + 2)) > -1))
        );
        break;
      case "?":
        while (fmt.charAt(++i) === c);
        break;
      case "*":
        ++i;
        if (fmt.charAt(i) === " " || fmt.charAt(i) === "*") ++i;
        break;
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        while (i < fmt.length && "0123456789".indexOf(fmt.charAt(++i)) > -1);
        break;
      default:
        if (localized) {
          const general = LOCAL_GENERAL.find((word) => fmt.slice(i, i + word.length).toLowerCase() === word);
          if (general !== undefined) {
            i += general.length;
            break;
          }
          if (LOCAL_DATE_LETTERS.includes(c)) return true;
        }
        ++i;
        break;
    }
  }
  return false;
}

const ELAPSED = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;
const ELAPSED_LOCALIZED = /\[[HhMmSs\u0E0A\u0E19\u0E17ГгЧчМмСс]*\]/;
/** "General" as Excel for the web names it in Ukrainian, Russian and Bulgarian (longest first). */
const LOCAL_GENERAL = ["загальний", "общий", "общ"];
const LOCAL_DATE_LETTERS = "ДдМмРрГгЧчСс";

/** "General" at `i` in any case of its ASCII letters, compared as SheetJS does. */
function isGeneral(fmt: string, i: number): boolean {
  if (fmt.length < 7 + i) return false;
  const word = "general";
  for (let k = 0; k < 7; k++) if ((fmt.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
