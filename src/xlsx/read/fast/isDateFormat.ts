/**
 * SheetJS's date-format test (`SSF.is_date`), reproduced character for character so that the fast reader
 * turns exactly the same numbers into dates: quoted text, escapes and fill characters are skipped, any
 * b/d/m/y/h/s/e/g letter (either case), AM/PM or an elapsed-time bracket means a date.
 */
const ELAPSED = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;

function isGeneral(fmt: string, i: number): boolean {
  if (fmt.length < 7 + i) return false;
  const word = "general";
  for (let k = 0; k < 7; k++) if ((fmt.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

export function isDateFormat(fmt: string): boolean {
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
        if (ELAPSED.test(o)) return true;
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
        ++i;
        break;
    }
  }
  return false;
}
