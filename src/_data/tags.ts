/**
 * EDITORS' SETTINGS — the tag vocabulary. Edited by the desk's editors when a new person,
 * place or organisation starts appearing, or an alias needs resolving: add an entry below.
 * An article's tags resolve through it: a canonical name, any alias and any case variant all
 * mean the same tag, with one page. A tag that is not here is a topic tag, named as the
 * article writes it. Developers never need to touch it; the build checks it (src/model/taxonomy.ts).
 */
export type TagKind = "topic" | "person" | "place" | "organisation";

export const TAG_KINDS: readonly TagKind[] = ["topic", "person", "place", "organisation"];

export interface TagDefinition {
  /** The canonical name, shown on every page. */
  name: string;
  kind: TagKind;
  /** Other spellings that mean this tag (abbreviations, transliterations). */
  aliases?: readonly string[];
  description?: string;
}

export const vocabulary: readonly TagDefinition[] = [
  // Topics
  { name: "Nuclear talks", kind: "topic", aliases: ["Nuclear negotiations", "Nuclear deal"], description: "Negotiations over nuclear programmes and their limits." },
  { name: "Nuclear programme", kind: "topic", aliases: ["Nuclear program", "Uranium enrichment", "Enrichment"] },
  { name: "Diplomacy", kind: "topic", aliases: ["Foreign policy", "Negotiations"] },
  { name: "Sanctions", kind: "topic", aliases: ["Sanctions relief", "Economic sanctions"] },
  { name: "Military", kind: "topic", aliases: ["Defence", "Defense", "Armed forces"] },
  { name: "Conflict", kind: "topic", aliases: ["War", "Armed conflict"] },
  { name: "Missiles", kind: "topic", aliases: ["Missile program", "Missile programme", "Ballistic missiles"] },
  { name: "Intelligence", kind: "topic", aliases: ["Espionage"] },
  { name: "Elections", kind: "topic", aliases: ["Election", "Vote"] },
  { name: "Economy", kind: "topic", aliases: ["Economics", "Markets"] },
  { name: "Energy", kind: "topic", aliases: ["Oil", "Gas"] },
  { name: "Climate", kind: "topic", aliases: ["Climate change", "Global warming"] },
  { name: "Human rights", kind: "topic" },
  { name: "Trade", kind: "topic", aliases: ["Tariffs"] },
  { name: "Technology", kind: "topic", aliases: ["Tech"] },
  { name: "Health", kind: "topic", aliases: ["Public health"] },
  { name: "Migration", kind: "topic", aliases: ["Refugees", "Immigration"] },
  { name: "Satellite imagery", kind: "topic" },
  // People
  { name: "Donald Trump", kind: "person", aliases: ["Trump", "President Trump", "President Donald Trump", "ترامپ", "ترامب", "Трамп", "特朗普"] },
  { name: "Jared Kushner", kind: "person", aliases: ["Kushner"] },
  { name: "Steve Witkoff", kind: "person", aliases: ["Witkoff", "Steven Witkoff"] },
  { name: "Badr al-Busaidi", kind: "person", aliases: ["Badr al\u2011Busaidi", "Badr Albusaidi", "al-Busaidi", "al\u2011Busaidi"], description: "Foreign Minister of Oman." },
  { name: "Esmail Baghaei", kind: "person", aliases: ["Baghaei", "Ismail Baghaei"], description: "Spokesperson of Iran's Foreign Ministry." },
  { name: "Abbas Araghchi", kind: "person", aliases: ["Araghchi", "عراقچی", "عراقجي", "Аракчи", "阿拉格齐"], description: "Foreign Minister of Iran." },
  { name: "Ali Khamenei", kind: "person", aliases: ["Khamenei", "Ayatollah Ali Khamenei", "خامنه‌ای", "خامنئي", "Хаменеи", "哈梅内伊"] },
  { name: "Masoud Pezeshkian", kind: "person", aliases: ["Pezeshkian"] },
  { name: "Benjamin Netanyahu", kind: "person", aliases: ["Netanyahu", "نتانیاهو", "نتنياهو", "Нетаньяху", "内塔尼亚胡"] },
  { name: "Marco Rubio", kind: "person", aliases: ["Rubio"] },
  { name: "Rafael Grossi", kind: "person", aliases: ["Grossi", "گروسی", "غروسي", "Гросси", "格罗西"], description: "Director General of the IAEA." },
  { name: "Vladimir Putin", kind: "person", aliases: ["Putin", "پوتین", "بوتين", "Путин", "普京"] },
  { name: "Xi Jinping", kind: "person" },
  // Places
  { name: "United States", kind: "place", aliases: ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "Washington", "ایالات متحده", "آمریکا", "امریکا", "الولايات المتحدة", "أمريكا", "واشنطن", "США", "Соединённые Штаты", "Соединенные Штаты", "Вашингтон", "美国", "华盛顿"] },
  { name: "Iran", kind: "place", aliases: ["Islamic Republic of Iran", "Tehran", "ایران", "تهران", "إيران", "طهران", "Иран", "Тегеран", "伊朗", "德黑兰"] },
  { name: "Oman", kind: "place", aliases: ["Muscat", "عمان", "عُمان", "مسقط", "Оман", "阿曼"] },
  { name: "Israel", kind: "place", aliases: ["اسرائیل", "إسرائيل", "Израиль", "Израиля", "Израилю", "以色列"] },
  { name: "Switzerland", kind: "place" },
  { name: "Geneva", kind: "place", aliases: ["Genève", "Genf", "ژنو", "جنيف", "Женева", "Женеве", "Женевы", "日内瓦"] },
  { name: "Vienna", kind: "place", aliases: ["Wien", "وین", "فيينا", "Вена", "Вене", "Вены", "维也纳"] },
  { name: "Middle East", kind: "place", aliases: ["Mideast"] },
  { name: "Gulf", kind: "place", aliases: ["Persian Gulf", "Gulf region"] },
  { name: "Russia", kind: "place", aliases: ["Moscow", "روسیه", "روسيا", "Россия", "России", "Россию", "Россией", "Москва", "Москве", "Москвы", "Москву", "俄罗斯", "莫斯科"] },
  { name: "China", kind: "place", aliases: ["Beijing", "چین", "الصين", "Китай", "Китая", "Китаю", "Китаем", "Пекин", "中国", "北京"] },
  { name: "Ukraine", kind: "place", aliases: ["Kyiv", "اوکراین", "أوكرانيا", "Украина", "Украины", "Украине", "Украину", "Киев", "乌克兰"] },
  { name: "Europe", kind: "place", aliases: ["اروپا", "أوروبا", "Европа", "Европы", "Европе", "欧洲"] },
  { name: "United Kingdom", kind: "place", aliases: ["UK", "U.K.", "Britain", "Great Britain", "London"] },
  { name: "France", kind: "place", aliases: ["Paris"] },
  { name: "Germany", kind: "place", aliases: ["Berlin"] },
  { name: "Saudi Arabia", kind: "place", aliases: ["Riyadh"] },
  { name: "Qatar", kind: "place", aliases: ["Doha"] },
  { name: "Iraq", kind: "place", aliases: ["Baghdad"] },
  { name: "Lebanon", kind: "place", aliases: ["Beirut"] },
  { name: "Syria", kind: "place", aliases: ["Damascus"] },
  { name: "Gaza", kind: "place", aliases: ["Gaza Strip"] },
  // Organisations
  { name: "International Atomic Energy Agency", kind: "organisation", aliases: ["IAEA", "آژانس بین‌المللی انرژی اتمی", "الوكالة الدولية للطاقة الذرية", "МАГАТЭ", "国际原子能机构"], description: "The UN's nuclear watchdog, based in Vienna." },
  { name: "United Nations", kind: "organisation", aliases: ["UN", "U.N.", "سازمان ملل", "الأمم المتحدة", "ООН", "联合国"] },
  { name: "UN Security Council", kind: "organisation", aliases: ["Security Council", "UNSC"] },
  { name: "European Union", kind: "organisation", aliases: ["EU", "E.U.", "اتحادیه اروپا", "الاتحاد الأوروبي", "Евросоюз", "欧盟"] },
  { name: "NATO", kind: "organisation", aliases: ["North Atlantic Treaty Organization"] },
  { name: "Associated Press", kind: "organisation", aliases: ["AP", "The Associated Press"] },
  { name: "Axios", kind: "organisation" },
  { name: "Reuters", kind: "organisation" },
  { name: "Iranian Foreign Ministry", kind: "organisation", aliases: ["Iran's Foreign Ministry", "Iran’s Foreign Ministry", "Foreign Ministry of Iran"] },
  { name: "US State Department", kind: "organisation", aliases: ["State Department", "U.S. State Department"] },
  { name: "Pentagon", kind: "organisation", aliases: ["US Department of Defense", "Department of Defense"] },
  { name: "Islamic Revolutionary Guard Corps", kind: "organisation", aliases: ["IRGC", "Revolutionary Guards"] },
  { name: "OPEC", kind: "organisation" },
];

