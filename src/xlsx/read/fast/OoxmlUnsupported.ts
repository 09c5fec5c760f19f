/**
 * Thrown by the fast OOXML reader when a package holds something it does not reproduce exactly as SheetJS
 * reads it (an odd layout, a quirk SheetJS trips over). The caller then reads the file with SheetJS.
 */
export class OoxmlUnsupported extends Error {
  override readonly name = "OoxmlUnsupported";
}

export function unsupported(reason: string): never {
  throw new OoxmlUnsupported(reason);
}
