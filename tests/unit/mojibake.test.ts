import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/import/mojibake.ts";

describe("text garbled by a wrong encoding, as old WordPress exports hold it", () => {
  it("is read back as UTF-8: quotes, dashes, accents, a no-break space, control characters included", () => {
    const { text, repairs } = repairMojibake("a photoâ€™s creator â€“ â€œnamed fieldâ€\u009d, SÃ£o Paulo,Â\u00a0end, costs â‚¬5 ðŸ™‚");
    expect(text).toBe("a photo’s creator – “named field”, São Paulo,\u00a0end, costs €5 🙂");
    expect([...repairs.values()]).toEqual(["’", "–", "“", "”", "ã", "\u00a0", "€", "🙂"]);
  });

  it("leaves correct text alone, in any script", () => {
    for (const text of [
      "Café à la française — «très» élevé; Straße; Ångström; Ñandú; naïve; Größe; œuvre; 5×3; €10; ½ kg; Žluťoučký kůň",
      "Переговоры в Женеве; مذاکرات در ژنو; 日内瓦会谈; Ελληνικά",
      // French spacing: a no-break space before » ! ; after an accented letter.
      "« Il a été\u00a0» dit-il\u00a0; CAFÉ\u00a0! à\u00a0«\u00a0été\u00a0»",
      "SÃO PAULO, CÂMARA, pâte, âge, români, ðú",
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repairs: new Map() });
    }
  });

  it("reads only whole runs: a lead character without its continuation is left as it is", () => {
    expect(repairMojibake("Ã€x").text).toBe("Àx");
    expect(repairMojibake("â€ x").text).toBe("â€ x");
  });
});
