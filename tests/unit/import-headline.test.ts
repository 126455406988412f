import { describe, expect, it } from "vitest";
import { drawHeadline, firstSentence, headlineLine, slugForHeadline, splitDateline } from "../../src/import/headline.ts";
import { detectLanguage, languageToWrite } from "../../src/import/language.ts";
import { sourceDate } from "../../src/import/front-matter.ts";
import { expandPermalink } from "../../src/import/static-site.ts";

describe("a dispatch's own headline line", () => {
  it("is a short first line that ends no sentence, with the story after it", () => {
    expect(headlineLine(["Harbour pilots end their strike", "The pilots went back to work."])).toBe("Harbour pilots end their strike");
    expect(headlineLine(["港口恢复运营", "新华网鹿特丹3月5日电 港口引航员周四结束罢工。"])).toBe("港口恢复运营");
    expect(headlineLine(["خلبانان بندر به کار بازگشتند", "خلبانان روز پنجشنبه به کار بازگشتند."])).toBe("خلبانان بندر به کار بازگشتند");
  });

  it("is not a lede, a dateline, a paragraph of several lines, a long line, or the whole dispatch", () => {
    expect(headlineLine(["The pilots went back to work.", "More."])).toBeUndefined();
    expect(headlineLine(["She said:", "More."])).toBeUndefined();
    expect(headlineLine(["GENEVA (Example Wire) — Talks resumed", "More."])).toBeUndefined();
    expect(headlineLine(["Harbour pilots\nend their strike", "More."])).toBeUndefined();
    expect(headlineLine([Array.from({ length: 21 }, (_, i) => `word${i}`).join(" "), "More."])).toBeUndefined();
    expect(headlineLine(["Harbour pilots end their strike"])).toBeUndefined();
  });
});

describe("headlines drawn from a lede", () => {
  it("never ends at an abbreviation", () => {
    expect(firstSentence("The U.S. Treasury acted. More follows.")).toBe("The U.S. Treasury acted.");
    expect(drawHeadline("Dr. Rafael Grossi arrived in Vienna. He spoke.").headline).toBe("Dr. Rafael Grossi arrived in Vienna");
  });

  it("is at most twelve words, cut at a clause or marked with an ellipsis, never on a function word", () => {
    const { headline } = drawHeadline("Officials from both governments met for eleven hours on Thursday in the old town hall of the city to agree a plan.");
    expect(headline.replace("…", "").split(" ").length).toBeLessThanOrEqual(12);
    expect(headline).toMatch(/…$/);
    expect(headline).not.toMatch(/\s(the|of|in|on)…$/);
  });

  it("moves a leading dateline out of the headline", () => {
    expect(drawHeadline("GENEVA (Example Wire) — Talks resumed on Monday.")).toEqual({ headline: "Talks resumed on Monday", dateline: "GENEVA (Example Wire)" });
    expect(drawHeadline("МОСКВА, 4 авг - РИА Новости. Переговоры возобновились.")).toEqual({ headline: "Переговоры возобновились", dateline: "МОСКВА, 4 авг - РИА Новости" });
    expect(splitDateline("WASHINGTON, Feb 26 (Reuters) - The Fed held rates.")?.dateline).toBe("WASHINGTON, Feb 26 (Reuters)");
    expect(splitDateline("The UN said so - again.")).toBeUndefined();
  });

  it("accepts a lede that starts with punctuation", () => {
    expect(drawHeadline("!Kung hunters won their case. The court ruled.").headline).toBe("!Kung hunters won their case");
  });
});

describe("slugs", () => {
  it("are at most eight meaningful words and 80 characters, abbreviations kept whole", () => {
    expect(slugForHeadline("The U.S. Treasury imposes sanctions")).toBe("the-us-treasury-imposes-sanctions");
    const slug = slugForHeadline("one two three four five six seven eight nine ten eleven twelve")!;
    expect(slug).toBe("one-two-three-four-five-six-seven-eight");
    expect(slugForHeadline("word ".repeat(40).replace(/word/g, "extraordinarily"))!.length).toBeLessThanOrEqual(80);
  });

  it("romanise every script, keeping each part of a mixed-script headline", () => {
    expect(slugForHeadline("Россия и Китай")).toBe("rossiya-i-kitay");
    expect(slugForHeadline("2019年2月1日 TV 新闻")).toBe("2019-nian-2-yue-1-ri-tv-xinwen");
    expect(slugForHeadline("伊朗外交部长")).toMatch(/^yilang/);
    expect(slugForHeadline("2019 2 1")).toBeUndefined();
  });
});

describe("language detection", () => {
  it("names Persian, Arabic, Chinese and Russian text in BCP 47, and nothing for short text", () => {
    expect(detectLanguage("وزیر امور خارجه ایران روز پنجشنبه گفت که گفت‌وگوها با عمان درباره کشتیرانی ادامه خواهد یافت.")).toBe("fa");
    expect(detectLanguage("قال مسؤولون إن المحادثات بين إيران والولايات المتحدة ستستأنف الأسبوع المقبل في جنيف.")).toBe("ar");
    expect(detectLanguage("伊朗外交部长表示，伊朗愿意在日内瓦与美国恢复谈判，双方代表团将于下周再次会面。")).toBe("zh");
    expect(detectLanguage("Представители России и Ирана встретятся в Женеве на следующей неделе, сообщили в министерстве.")).toBe("ru");
    expect(detectLanguage("Hi")).toBeUndefined();
  });

  it("writes no lang for the site's own language, and obeys --lang", () => {
    const english = "The harbour reopened on Thursday after three weeks of repairs to the storm wall.";
    expect(languageToWrite(english, "en")).toBeUndefined();
    expect(languageToWrite(english, "en", "en-GB")).toBe("en-GB");
  });

  it("keeps a short text in the site's language when that is a near second (franc guesses French for these)", () => {
    expect(languageToWrite("Template: Paginated\n\nPost Page 1\n\nPost Page 2\n\nPost Page 3", "en")).toBeUndefined();
    expect(languageToWrite("Post Format: Video\n\nLearn more about [WordPress Embeds](https://example.com/embeds).", "en")).toBeUndefined();
    // Text in another language still says so, short or long.
    expect(languageToWrite("Der Hafen wurde am Donnerstag nach drei Wochen Reparaturen an der Sturmmauer wieder geöffnet.", "en")).toBe("de");
    expect(languageToWrite("Le port a rouvert jeudi après trois semaines de travaux sur la digue.", "en")).toBe("fr");
  });
});

describe("generator dates and permalinks", () => {
  it("reads Jekyll's dates with offsets, TOML-style dates, and times in the site's zone", () => {
    expect(sourceDate("2016-10-06 11:10:38 -0700")?.written).toBe("2016-10-06T11:10:38-07:00");
    expect(sourceDate("2016-10-06")?.written).toBe("2016-10-06");
    expect(sourceDate("2016-10-06 11:10", "Europe/London")?.written).toBe("2016-10-06T11:10:00+01:00");
    expect(sourceDate("2023-01-29 18:30:22 2023 -0800")).toBeUndefined();
  });

  it("expands Jekyll's and Hugo's placeholders, and refuses unknown ones", () => {
    const date = sourceDate("2016-10-06")!;
    const parts = { date, fileSlug: "harbour-reopens", title: "Harbour", categories: ["Local News"], section: "posts" };
    expect(expandPermalink("/:categories/:year/:month/:day/:title:output_ext", parts)).toBe("/local-news/2016/10/06/harbour-reopens.html");
    expect(expandPermalink("/:section/:filename/", parts)).toBe("/posts/harbour-reopens/");
    expect(expandPermalink("/:nonsense/", parts)).toBeUndefined();
  });
});
