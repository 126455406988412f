/** Word stock for generated archives: enough variety that search indexes look like real news. */

const split = (text: string): readonly string[] => text.trim().split(/\s+/);

export const COMMON_WORDS = split(`
the the the the of of of to to to and and and a a a in in in that is was for on with as
by at from it its be has have had were are not but which will would could after before over
under about into between against during while than also more most some any other new last
first two three four many several officials government ministry minister president leaders
talks talks agreement deal plan proposal report statement meeting week weeks month months
year years day today yesterday morning evening city country region border capital people
workers families residents students police forces troops army security council committee
parliament court judge lawyers election vote voters campaign party opposition coalition
economy prices inflation markets growth budget taxes bank banks exports imports trade oil
gas energy power water food health hospital doctors schools teachers roads bridges rail port
airport flights weather storm flood drought fire heat winter summer spring autumn crops
farmers fishermen factory company companies investors shares jobs wages strike union union
protest protesters crowd square street streets district villages province provinces north
south east west coast island mountains river valley desert sea gulf harbour
said says told according added warned announced confirmed denied expected planned agreed
rejected called urged asked reported estimated described noted promised launched opened
closed signed approved blocked delayed resumed continued began ended reached held returned
visited met spoke criticised welcomed praised questioned insisted argued suggested
significant major minor serious difficult important possible likely unlikely recent early
late long short large small high low strong weak public private national local regional
international foreign domestic official independent senior former current future previous
further final initial key main central full partial rapid slow sharp steady clear
progress pressure support concern concerns risk risks crisis conflict ceasefire peace
negotiations envoy delegation mediator sanctions programme programmes investigation inquiry
evidence documents data figures survey analysis experts analysts sources spokesperson
`);

export const SURNAMES = split(`
Ahmadi Baker Chen Duarte Eriksen Farouk Garcia Haddad Ivanova Jensen Kowalski Lindqvist
Moreau Nakamura Okafor Petrov Quintero Rahimi Santos Tanaka Usman Valdez Weber Xu Yilmaz
Zhang Novak Mensah Karimi Costa Schmidt Rossi Dubois Ali Hussein Kim Park Nguyen Silva
`);

export const GIVEN_NAMES = split(`
Amir Anna Carlos Dina Elena Farid Grace Hassan Ines Jonas Leila Marco Nadia Omar Priya
Rosa Samir Tomas Yara Zainab David Sara Reza Maryam Peter Lucia Kofi Mei Ivan Hana
`);

export const PLACES = split(`
Geneva Vienna Muscat Doha Cairo Nairobi Lagos Lima Quito Manila Jakarta Hanoi Seoul Oslo
Helsinki Lisbon Madrid Rome Athens Ankara Baku Tbilisi Yerevan Amman Beirut Baghdad Kabul
Islamabad Dhaka Colombo Kathmandu Bogota Santiago Montevideo Dakar Accra Addis Kigali
`);

export const HEADLINE_SUBJECTS = split(`
Officials Negotiators Ministers Lawmakers Regulators Farmers Workers Investors Protesters
Mediators Diplomats Scientists Judges Voters Residents Engineers Doctors Teachers Analysts
`);

export const HEADLINE_VERBS = [
  "report progress on",
  "reject",
  "agree on",
  "warn over",
  "call for",
  "delay",
  "resume talks on",
  "weigh",
  "back",
  "question",
  "push for",
  "brace for",
];

/** Two lists whose pairs make hundreds of plausible topic tags: "Water rights", "Rail safety". */
export const TOPIC_HEADS = split(`
Water Rail Port Grain Housing Pension Fishing Mining Copper Cotton Coffee Rice Wheat
Textile Shipping Aviation Tourism Banking Insurance Broadband Vaccine Hospital School
University Drought Flood Wildfire Coastal Forest River Desert Border Customs Currency
Labour Tax Budget Debt Bond Media Press Court Police Prison Election Refugee Satellite
Nuclear Solar Wind Hydro Battery Chip Software Cyber Space Ocean Arctic Urban Rural
`);

export const TOPIC_TAILS = [
  "rights",
  "safety",
  "reform",
  "prices",
  "subsidies",
  "exports",
  "strikes",
  "policy",
  "funding",
  "regulation",
  "security",
  "shortages",
  "investment",
  "disputes",
];

export const PERSIAN_WORDS = split(`
گفت‌وگو ایران ژنو عمان دولت وزیر مذاکرات توافق پیشرفت هفته روز سال مردم شهر کشور اقتصاد
نفت گاز تحریم‌ها امنیت شورا مجلس دادگاه انتخابات بازار قیمت کارگران کشاورزان آب برق
گزارش بیانیه نشست هیئت میانجی صلح آتش‌بس مرز پایتخت استان خبرگزاری سخنگو کارشناسان
گفت اعلام کرد ادامه دارد حاصل شده است پذیرفت رد کرد خواستار شد بررسی می‌کند
`);

export const PERSIAN_HEADLINE_WORDS = split(`
گفت‌وگوهای ژنو ادامه دارد توافق تازه میان دو طرف نشست شورا درباره تحریم‌ها پیشرفت در مذاکرات
`);
