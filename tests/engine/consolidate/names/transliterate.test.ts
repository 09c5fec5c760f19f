import { slug, transliterate } from "../../../../src/engine/consolidate/names/transliterate";
import { safeFileName } from "../../../../src/report/safeFileName";

/**
 * The examples of the official Ukrainian table (Cabinet of Ministers resolution No. 55 of 27 January 2010),
 * letter by letter as the resolution lists them.
 */
const UKRAINIAN_2010: readonly (readonly [string, string])[] = [
  ["Алушта", "Alushta"],
  ["Андрій", "Andrii"],
  ["Борщагівка", "Borshchahivka"],
  ["Борисенко", "Borysenko"],
  ["Вінниця", "Vinnytsia"],
  ["Володимир", "Volodymyr"],
  ["Гадяч", "Hadiach"],
  ["Богдан", "Bohdan"],
  ["Згурський", "Zghurskyi"],
  ["Ґалаґан", "Galagan"],
  ["Ґорґани", "Gorgany"],
  ["Донецьк", "Donetsk"],
  ["Дмитро", "Dmytro"],
  ["Рівне", "Rivne"],
  ["Олег", "Oleh"],
  ["Есмань", "Esman"],
  ["Єнакієве", "Yenakiieve"],
  ["Гаєвич", "Haievych"],
  ["Короп’є", "Koropie"],
  ["Житомир", "Zhytomyr"],
  ["Жанна", "Zhanna"],
  ["Жежелів", "Zhezheliv"],
  ["Закарпаття", "Zakarpattia"],
  ["Казимирчук", "Kazymyrchuk"],
  ["Медвин", "Medvyn"],
  ["Михайленко", "Mykhailenko"],
  ["Іванків", "Ivankiv"],
  ["Іващенко", "Ivashchenko"],
  ["Їжакевич", "Yizhakevych"],
  ["Кадиївка", "Kadyivka"],
  ["Мар’їне", "Marine"],
  ["Йосипівка", "Yosypivka"],
  ["Стрий", "Stryi"],
  ["Олексій", "Oleksii"],
  ["Київ", "Kyiv"],
  ["Коваленко", "Kovalenko"],
  ["Лебедин", "Lebedyn"],
  ["Леонід", "Leonid"],
  ["Миколаїв", "Mykolaiv"],
  ["Маринич", "Marynych"],
  ["Ніжин", "Nizhyn"],
  ["Наталія", "Nataliia"],
  ["Одеса", "Odesa"],
  ["Онищенко", "Onyshchenko"],
  ["Полтава", "Poltava"],
  ["Петро", "Petro"],
  ["Решетилівка", "Reshetylivka"],
  ["Рибчинський", "Rybchynskyi"],
  ["Суми", "Sumy"],
  ["Соломія", "Solomiia"],
  ["Тернопіль", "Ternopil"],
  ["Троць", "Trots"],
  ["Ужгород", "Uzhhorod"],
  ["Уляна", "Uliana"],
  ["Фастів", "Fastiv"],
  ["Філіпчук", "Filipchuk"],
  ["Харків", "Kharkiv"],
  ["Христина", "Khrystyna"],
  ["Біла Церква", "Bila Tserkva"],
  ["Стеценко", "Stetsenko"],
  ["Чернівці", "Chernivtsi"],
  ["Шевченко", "Shevchenko"],
  ["Шостка", "Shostka"],
  ["Кишеньки", "Kyshenky"],
  ["Щербухи", "Shcherbukhy"],
  ["Гоща", "Hoshcha"],
  ["Гаращенко", "Harashchenko"],
  ["Юрій", "Yurii"],
  ["Корюківка", "Koriukivka"],
  ["Яготин", "Yahotyn"],
  ["Ярошенко", "Yaroshenko"],
  ["Костянтин", "Kostiantyn"],
  ["Знам’янка", "Znamianka"],
  ["Феодосія", "Feodosiia"],
  // "зг" is "zgh", unlike "ж" = "zh"
  ["Згорани", "Zghorany"],
  ["Розгон", "Rozghon"],
];

/** The Bulgarian table of the Transliteration Act (2009, art. 4), capital and small letter. */
const BULGARIAN_2009: readonly (readonly [string, string])[] = [
  ["А", "A"],
  ["Б", "B"],
  ["В", "V"],
  ["Г", "G"],
  ["Д", "D"],
  ["Е", "E"],
  ["Ж", "Zh"],
  ["З", "Z"],
  ["И", "I"],
  ["Й", "Y"],
  ["К", "K"],
  ["Л", "L"],
  ["М", "M"],
  ["Н", "N"],
  ["О", "O"],
  ["П", "P"],
  ["Р", "R"],
  ["С", "S"],
  ["Т", "T"],
  ["У", "U"],
  ["Ф", "F"],
  ["Х", "H"],
  ["Ц", "Ts"],
  ["Ч", "Ch"],
  ["Ш", "Sh"],
  ["Щ", "Sht"],
  ["Ъ", "A"],
  ["Ь", "Y"],
  ["Ю", "Yu"],
  ["Я", "Ya"],
];

describe("the official Ukrainian table (2010)", () => {
  it.each(UKRAINIAN_2010)("%s → %s", (cyrillic, latin) => {
    expect(transliterate(cyrillic, "uk")).toBe(latin);
  });

  it("writes the word-initial forms at the start of every word, also after a hyphen or a quote", () => {
    expect(transliterate("Ярославська область", "uk")).toBe("Yaroslavska oblast");
    expect(transliterate("Управління «Юридичний відділ»", "uk")).toBe("Upravlinnia «Yurydychnyi viddil»");
    expect(transliterate("Біла-Їжакова", "uk")).toBe("Bila-Yizhakova");
  });

  it("keeps words in capitals in capitals", () => {
    expect(transliterate("ЦНАП Щасливого", "uk")).toBe("TSNAP Shchaslyvoho");
    expect(transliterate("ЗГОРАНИ ЯР", "uk")).toBe("ZGHORANY YAR");
  });
});

describe("the official Bulgarian table (2009)", () => {
  it.each(BULGARIAN_2009)("%s → %s", (capital, latin) => {
    expect(transliterate(capital, "bg")).toBe(latin);
    expect(transliterate(capital.toLowerCase(), "bg")).toBe(latin.toLowerCase());
  });

  it("writes “ия” at the end of a word as “ia”, and only there", () => {
    expect(transliterate("София", "bg")).toBe("Sofia");
    expect(transliterate("Мария", "bg")).toBe("Maria");
    expect(transliterate("Мизия", "bg")).toBe("Mizia");
    expect(transliterate("Марияна", "bg")).toBe("Mariyana");
    expect(transliterate("Областна администрация София", "bg")).toBe("Oblastna administratsia Sofia");
    expect(transliterate("СОФИЯ", "bg")).toBe("SOFIA");
  });

  it("follows the letter combinations of art. 4 and the country's traditional name (art. 6)", () => {
    expect(transliterate("Кърджали", "bg")).toBe("Kardzhali");
    expect(transliterate("Йордан", "bg")).toBe("Yordan");
    expect(transliterate("шофьор", "bg")).toBe("shofyor");
    expect(transliterate("Република България", "bg")).toBe("Republika Bulgaria");
    expect(transliterate("Община Русе", "bg")).toBe("Obshtina Ruse");
    expect(transliterate("Търговище", "bg")).toBe("Targovishte");
  });
});

describe("transliterate and file names", () => {
  it.each([
    { text: "Община Русе", latin: "Obshtina Ruse" },
    { text: "РУО-Русе", latin: "RUO-Ruse" },
    { text: "Департамент освіти і науки", latin: "Departament osvity i nauky" },
    { text: "Луганській області", latin: "Luhanskii oblasti" },
    { text: "здоров’я", latin: "zdorovia" },
  ])("“$text” → “$latin”", ({ text, latin }) => {
    expect(transliterate(text, /[ъщ]/.test(text) ? "bg" : "uk")).toBe(latin);
  });

  it("reads the alphabet from the text: Ukrainian letters win over the preference", () => {
    expect(transliterate("Ящик Київ", "bg")).toBe("Yashchyk Kyiv");
    expect(transliterate("Търговище ям", "uk")).toBe("Targovishte yam");
  });

  it("makes short ASCII slugs of whole words", () => {
    expect(slug("ОД МВР-Русе", "bg")).toBe("od-mvr-ruse");
    expect(slug("Департамент будівництва, енергозбереження, архітектури та містобудування", "uk")).toBe(
      "departament-budivnytstva-enerhozberezhennia",
    );
    expect(slug("Ярославська РДА", "uk")).toBe("yaroslavska-rda");
  });

  it("keeps file names safe and distinct", () => {
    const taken = new Set<string>();
    expect(safeFileName("a/b\\c:d*?", taken)).toBe("a-b-c-d-.xlsx");
    expect(safeFileName("Община Русе", taken)).toBe("Община Русе.xlsx");
    expect(safeFileName("община русе", taken)).toBe("община русе-2.xlsx");
    expect(safeFileName("..", taken)).toBe("_.xlsx");
    expect(safeFileName("CON", taken)).toBe("_CON.xlsx");
  });
});
