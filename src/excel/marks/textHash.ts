/**
 * FNV-1a (32 bit) of a text, as 8 hex digits. The ledger keeps this instead of our note texts: enough to
 * recognise a note as ours (and not one the user wrote or edited since), at a tenth of the size.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
