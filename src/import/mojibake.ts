/**
 * Text garbled by a wrong encoding, as old WordPress databases hold it: UTF-8 bytes read as
 * Windows-1252 and stored again ("photoâ€™s" for "photo’s", "â€œ" for "“"). Each run of the
 * shapes below whose Windows-1252 bytes form one valid UTF-8 character is read back as that
 * character; anything else, correct text included, is left as it is.
 */
export interface Repaired {
  text: string;
  /** Each garbled run and what it was read as, once. */
  repairs: Map<string, string>;
}

/** Windows-1252 at 0x80–0x9F; its five undefined bytes stay the C1 controls Latin-1 gives them. */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Characters that are UTF-8 continuation bytes in Windows-1252: 0x80–0x9F (LOW), 0x80–0xBF (CONTINUATION). */
const LOW = `[${CP1252}\\u0080-\\u009F]`;
const CONTINUATION = `[${CP1252}\\u0080-\\u009F\\u00A0-\\u00BF]`;
/**
 * Only runs that garbling leaves and correct text almost never holds: "Â"/"Ã" and a Latin-1 sign (é as
 * "Ã©", a no-break space as "Â "); "â" and a Windows-1252 punctuation byte (’ as "â€™", “ as
 * "â€œ", € as "â‚¬"); "ð" and one (emoji). Other leads are left, since French writes "é »"
 * (é, a no-break space, a guillemet), which would read as one CJK character.
 */
const GARBLED = new RegExp(`[\\u00C2\\u00C3]${CONTINUATION}|\\u00E2${LOW}${CONTINUATION}|\\u00F0${LOW}${CONTINUATION}{2}`, "g");

function byteOf(char: string): number {
  const at = CP1252.indexOf(char);
  return at >= 0 ? 0x80 + at : char.charCodeAt(0);
}

const decoder = new TextDecoder("utf-8", { fatal: true });

export function repairMojibake(text: string, repairs: Map<string, string> = new Map()): Repaired {
  // Most text holds none of the lead characters: nothing to look at.
  if (!/[\u00C2\u00C3\u00E2\u00F0]/.test(text)) return { text, repairs };
  const repaired = text.replace(GARBLED, (run) => {
    try {
      const read = decoder.decode(Uint8Array.from([...run].map(byteOf)));
      repairs.set(run, read);
      return read;
    } catch {
      return run;
    }
  });
  return { text: repaired, repairs };
}
