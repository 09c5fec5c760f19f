import { WorkbookReadError } from "../WorkbookReadError";

const NAME = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An encrypted OOXML file is a compound file holding an `EncryptedPackage` stream (name in UTF-16LE). */
export function isEncrypted(data: Uint8Array): boolean {
  const first = NAME[0];
  for (
    let i = data.indexOf(first ?? 0);
    i !== -1 && i + NAME.length <= data.length;
    i = data.indexOf(first ?? 0, i + 1)
  ) {
    let j = 1;
    while (j < NAME.length && data[i + j] === NAME[j]) j++;
    if (j === NAME.length) return true;
  }
  return false;
}

export function encryptedError(): WorkbookReadError {
  return new WorkbookReadError(
    "encrypted",
    "The workbook is password-protected (encrypted); remove the password in Excel (File › Info › Protect Workbook) and try again.",
  );
}
