// SPDX-License-Identifier: EUPL-1.2
/**
 * Translations of the sample feed's texts (scripts/build/make-sample-feed.mjs): district names,
 * category labels, point descriptions and offer titles in Easy German (`de-x-ls`), Arabic,
 * Ukrainian, Farsi, Turkish and Russian, with the terms of docs/i18n/glossary.md (المنطقة,
 * منطقه with Persian digits, Округ; "Welcome Point" in Latin letters; names of quarters as on
 * the street signs). Written by the project's (AI) i18n helper, not yet reviewed by native
 * speakers (see docs/i18n.md).
 *
 * Kept apart from the generator so translators edit one file of texts, not the generator's
 * logic. Each point description is keyed by the German text it translates: when the German text
 * changes, `translate()` throws, so a stale translation cannot ship silently.
 */

/** Persian digits for a number, as the Persian UI writes numbers (Intl `fa`). */
export const persianDigits = value => String(value).replace(/\d/g, d => '۰۱۲۳۴۵۶۷۸۹'[d]);

/** District names per language, the same term as the UI's district filter. */
export const districtName = number => ({
  'de-x-ls': `Stadt-Bezirk ${number}`,
  ar: `المنطقة ${number}`,
  fa: `منطقه ${persianDigits(number)}`,
});

/**
 * Category label corrections (the data file has the rest): Easy German "Geflüchtete" as in the UI,
 * no subordinate clause and no avoidable "nicht"; Persian پناهندگان as in the UI (not پناهجویان,
 * "asylum seekers"); Arabic مركز is the noun of "مركز Welcome Point", so a hub for initiatives is a
 * نقطة تواصل, not another "centre"; "Ausbildung" is vocational training, not any "навчання".
 */
export const CATEGORY_LABELS = {
  counselling: { 'de-x-ls': 'Beratung für geflüchtete Menschen und für Menschen aus anderen Ländern', fa: 'مشاوره برای پناهندگان و مهاجران' },
  initiatives: { 'de-x-ls': 'Treff-Punkt für Gruppen im Stadt-Teil', ar: 'نقطة تواصل للمبادرات المحلية' },
  stay: { 'de-x-ls': 'Einfach da sein. Das kostet nichts.' },
  work: { uk: 'Робота і професійне навчання', ru: 'Работа и профессиональное обучение' },
};

const SAMPLE = {
  'de-x-ls': 'Achtung: Das sind Beispiel-Daten.',
  ar: 'بيانات تجريبية:',
  uk: 'Зразкові дані:',
  fa: 'داده‌های نمونه:',
  tr: 'Örnek veri:',
  ru: 'Пример данных:',
};

/** Texts shared by several points, keyed by their German original. */
const SHARED = {
  'Heiligabend: geschlossen': { 'de-x-ls': 'Am 24. Dezember ist geschlossen.', fa: 'شب کریسمس: بسته', tr: 'Noel arifesi: kapalı', ru: 'Сочельник: закрыто' },
  'Silvester: geschlossen': { 'de-x-ls': 'Am 31. Dezember ist geschlossen.', fa: 'شب سال نو: بسته', tr: 'Yılbaşı gecesi: kapalı', ru: 'Канун Нового года: закрыто' },
  Weihnachtspause: { 'de-x-ls': 'Pause an Weihnachten', fa: 'تعطیلات کریسمس', tr: 'Noel tatili', ru: 'Рождественский перерыв' },
  'Teamtag, geschlossen': { 'de-x-ls': 'Das Team hat einen Team-Tag. Der Welcome Point ist geschlossen.', ar: 'يوم الفريق: مغلق', uk: 'День команди: зачинено', fa: 'روز تیم: بسته', tr: 'Ekip günü: kapalı', ru: 'День команды: закрыто' },
  'Beispieldaten: Öffnungszeiten erfunden.': {
    'de-x-ls': `${SAMPLE['de-x-ls']} Die Öffnungs-Zeiten sind ausgedacht.`,
    ar: `${SAMPLE.ar} مواعيد العمل غير حقيقية.`,
    uk: `${SAMPLE.uk} години роботи вигадано.`,
    fa: `${SAMPLE.fa} ساعات کاری ساختگی است.`,
    tr: `${SAMPLE.tr} çalışma saatleri uydurmadır.`,
    ru: `${SAMPLE.ru} часы работы вымышлены.`,
  },
  'Beispieldaten: Standort und Angaben erfunden, damit jeder Stadtbezirk einen Welcome Point hat.': {
    'de-x-ls': `${SAMPLE['de-x-ls']} Den Ort und die Angaben haben wir ausgedacht. So hat jeder Stadt-Bezirk einen Welcome Point.`,
    ar: `${SAMPLE.ar} الموقع والتفاصيل غير حقيقية، كي يكون في كل منطقة مركز Welcome Point.`,
    uk: `${SAMPLE.uk} місце й відомості вигадано, щоб у кожному окрузі був пункт Welcome Point.`,
    fa: `${SAMPLE.fa} مکان و جزئیات ساختگی است تا هر منطقه یک مرکز Welcome Point داشته باشد.`,
    tr: `${SAMPLE.tr} her ilçede bir Welcome Point olsun diye yer ve bilgiler uydurmadır.`,
    ru: `${SAMPLE.ru} место и сведения вымышлены, чтобы в каждом округе был пункт Welcome Point.`,
  },
  'Seit 2023/24 als „Urbanes Zentrum für interkulturelles Zusammenleben“ weitergeführt.': {
    'de-x-ls': 'Der Welcome Point hat jetzt auch einen neuen Namen: Urbanes Zentrum für interkulturelles Zusammen-Leben. Das heißt: Hier treffen sich Menschen aus vielen Ländern.',
    ar: 'ويستمر منذ 2023/2024 باسم «المركز الحضري للعيش المشترك بين الثقافات».',
    uk: 'З 2023/24 року працює як «Міський центр міжкультурного співжиття».',
    fa: `از ${persianDigits(2023)}/${persianDigits(24)} با نام «مرکز شهری همزیستی میان‌فرهنگی» ادامه می‌دهد.`,
    tr: '2023/24’ten bu yana “Kültürlerarası Birlikte Yaşam Kent Merkezi” olarak sürdürülüyor.',
    ru: 'С 2023/24 года работает как «Городской центр межкультурного сосуществования».',
  },
};

const closedPoint = (quarter, opened, closed) => ({
  'de-x-ls': `Welcome Point im Stadt-Teil ${quarter}. Er war von ${opened.de} bis ${closed} offen. Jetzt ist er für immer geschlossen. ${SAMPLE['de-x-ls']} Der genaue Tag der Schließung ist ausgedacht.`,
  ar: `مركز Welcome Point في حيّ ${quarter}، افتُتح في ${opened.ar} وأُغلق في ${closed}. ${SAMPLE.ar} تاريخ الإغلاق الدقيق غير حقيقي.`,
  uk: `Пункт Welcome Point у районі ${quarter}, відкритий у ${opened.uk}, зачинений у ${closed} році. ${SAMPLE.uk} точну дату закриття вигадано.`,
  fa: `مرکز Welcome Point در محله ${quarter}، افتتاح در ${opened.fa}، بسته‌شده در ${persianDigits(closed)}. ${SAMPLE.fa} تاریخ دقیق بسته شدن ساختگی است.`,
  tr: `${quarter} semtinde Welcome Point; ${opened.tr} açıldı, ${closed} yılında kapandı. ${SAMPLE.tr} kesin kapanış tarihi uydurmadır.`,
  ru: `Пункт Welcome Point в районе ${quarter}, открыт в ${opened.ru}, закрыт в ${closed} году. ${SAMPLE.ru} точная дата закрытия вымышлена.`,
});
const invented = {
  'de-x-ls': `${SAMPLE['de-x-ls']} Die Adresse ist ausgedacht.`,
  ar: `${SAMPLE.ar} العنوان غير حقيقي.`,
  uk: `${SAMPLE.uk} адресу вигадано.`,
  fa: `${SAMPLE.fa} نشانی ساختگی است.`,
  tr: `${SAMPLE.tr} adres uydurmadır.`,
  ru: `${SAMPLE.ru} адрес вымышлен.`,
};
const withInvented = texts => Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, `${text} ${invented[lang]}`]));

/** Short practical notes (access, registration, cost, a closure), keyed by their German text. */
const NOTES = {
  'Beispieldaten: wegen Umbau vorübergehend geschlossen; Beratung im Welcome Point Süd.': {
    'de-x-ls': `${SAMPLE['de-x-ls']} Das Haus wird umgebaut. Darum ist der Welcome Point zurzeit geschlossen. Beratung bekommen Sie im Welcome Point Süd.`,
    ar: `${SAMPLE.ar} مغلق مؤقتًا بسبب أعمال التجديد؛ الاستشارة متاحة في مركز Welcome Point Süd.`,
    uk: `${SAMPLE.uk} тимчасово зачинено через ремонт; консультації — у пункті Welcome Point Süd.`,
    fa: `${SAMPLE.fa} به دلیل بازسازی موقتاً بسته است؛ مشاوره در مرکز Welcome Point Süd.`,
    tr: `${SAMPLE.tr} tadilat nedeniyle geçici olarak kapalı; danışmanlık Welcome Point Süd'de.`,
    ru: `${SAMPLE.ru} временно закрыто на ремонт; консультации — в пункте Welcome Point Süd.`,
  },
  'Eine Stufe am Eingang, Rampe auf Nachfrage.': {
    'de-x-ls': 'Am Eingang ist eine Stufe. Sie brauchen eine Rampe? Dann fragen Sie bitte.',
    ar: 'درجة واحدة عند المدخل، ويتوفر منحدر عند الطلب.',
    uk: 'Одна сходинка біля входу, пандус — на прохання.',
    fa: 'یک پله در ورودی؛ سطح شیب‌دار در صورت درخواست.',
    tr: 'Girişte bir basamak var; istek üzerine rampa konur.',
    ru: 'Одна ступенька у входа, пандус — по запросу.',
  },
  'Beratung im Erdgeschoss des Nachbarhauses möglich.': {
    'de-x-ls': 'Beratung ist auch im Haus neben-an möglich. Dort ist die Beratung im Erd-Geschoss.',
    ar: 'الاستشارة ممكنة في الطابق الأرضي من المبنى المجاور.',
    uk: 'Консультація можлива на першому поверсі сусіднього будинку.',
    fa: 'مشاوره در طبقه همکف ساختمان کناری هم ممکن است.',
    tr: 'Danışmanlık yan binanın zemin katında da yapılabilir.',
    ru: 'Консультация возможна на первом этаже соседнего дома.',
  },
  'Vertraulich, Termin nach Absprache': {
    'de-x-ls': 'Das Gespräch bleibt geheim. Den Termin machen wir mit Ihnen aus.',
    ar: 'سرّي، والموعد بالاتفاق',
    uk: 'Конфіденційно, час за домовленістю',
    fa: 'محرمانه، وقت با هماهنگی',
    tr: 'Gizli; randevu görüşülerek belirlenir',
    ru: 'Конфиденциально, время по договорённости',
  },
  'Termin telefonisch': { 'de-x-ls': 'Bitte rufen Sie an. Dann bekommen Sie einen Termin.', ar: 'حجز الموعد بالهاتف', uk: 'Запис телефоном', fa: 'نوبت‌گیری تلفنی', tr: 'Randevu telefonla', ru: 'Запись по телефону' },
  'Einstufung vor Ort': {
    'de-x-ls': 'Vor dem Kurs gibt es hier einen kleinen Test. Der Test zeigt: Welcher Kurs passt zu Ihnen?',
    ar: 'تحديد المستوى في المكان',
    uk: 'Визначення рівня на місці',
    fa: 'تعیین سطح در محل',
    tr: 'Seviye belirleme yerinde yapılır',
    ru: 'Определение уровня на месте',
  },
  'Bitte per E-Mail anmelden': { 'de-x-ls': 'Bitte melden Sie sich mit einer E-Mail an.', ar: 'التسجيل بالبريد الإلكتروني', uk: 'Реєстрація електронною поштою', fa: 'لطفاً با ایمیل ثبت‌نام کنید', tr: 'Lütfen e-postayla kaydolun', ru: 'Запись по электронной почте' },
  'Begrenzte Plätze': { 'de-x-ls': 'Es gibt nur wenige Plätze.', ar: 'الأماكن محدودة', uk: 'Кількість місць обмежена', fa: 'ظرفیت محدود', tr: 'Kontenjan sınırlı', ru: 'Количество мест ограничено' },
  'Anfrage per E-Mail': { 'de-x-ls': 'Bitte fragen Sie mit einer E-Mail.', ar: 'الطلب بالبريد الإلكتروني', uk: 'Запит електронною поштою', fa: 'درخواست با ایمیل', tr: 'Başvuru e-postayla', ru: 'Запрос по электронной почте' },
  '40 € für 10 Abende': { 'de-x-ls': '40 Euro für 10 Abende', ar: '40 يورو مقابل 10 أمسيات', uk: '40 € за 10 вечорів', fa: `${persianDigits(40)} یورو برای ${persianDigits(10)} جلسه عصر`, tr: '10 akşam için 40 €', ru: '40 € за 10 вечеров' },
  '3 € Kostenbeitrag': { 'de-x-ls': 'Sie bezahlen 3 Euro.', ar: 'مساهمة في التكاليف: 3 يورو', uk: 'Внесок: 3 €', fa: `سهم هزینه: ${persianDigits(3)} یورو`, tr: 'Katkı payı: 3 €', ru: 'Взнос: 3 €' },
  '2 € pro Termin': { 'de-x-ls': '2 Euro für jeden Termin', ar: '2 يورو لكل موعد', uk: '2 € за заняття', fa: `هر جلسه ${persianDigits(2)} یورو`, tr: 'Her buluşma için 2 €', ru: '2 € за занятие' },
  '1 € für Material': { 'de-x-ls': '1 Euro für das Material', ar: '1 يورو للمواد', uk: '1 € за матеріали', fa: `${persianDigits(1)} یورو برای مواد`, tr: 'Malzeme için 1 €', ru: '1 € за материалы' },
};

/** Point descriptions, keyed by the German text they translate. */
const DESCRIPTIONS = {
  'Der erste Welcome Point der Stadt, eröffnet am 2. September 2015. Beratung, Begegnung und Raum für Initiativen im Düsseldorfer Norden.': {
    'de-x-ls': 'Das ist der erste Welcome Point in Düsseldorf. Er ist seit dem 2. September 2015 offen. Hier bekommen Sie Beratung. Beratung heißt: Sie können Fragen stellen. Jemand hilft Ihnen. Hier können Sie andere Menschen treffen. Gruppen können hier Räume nutzen. Der Welcome Point ist im Norden von Düsseldorf.',
    ar: 'أول مركز Welcome Point في المدينة، افتُتح في 2 سبتمبر 2015. يقدّم الاستشارة واللقاءات ومساحة للمبادرات في شمال دوسلدورف.',
    uk: 'Перший пункт Welcome Point у місті, відкритий 2 вересня 2015 року. Консультації, зустрічі та простір для ініціатив на півночі Дюссельдорфа.',
    fa: `نخستین مرکز Welcome Point شهر که در ${persianDigits(2)} سپتامبر ${persianDigits(2015)} افتتاح شد. مشاوره، دیدار و فضایی برای ابتکارهای محلی در شمال دوسلدورف.`,
    tr: 'Şehrin ilk Welcome Point’i, 2 Eylül 2015’te açıldı. Düsseldorf’un kuzeyinde danışmanlık, buluşma ve girişimler için alan.',
    ru: 'Первый пункт Welcome Point в городе, открыт 2 сентября 2015 года. Консультации, встречи и пространство для инициатив на севере Дюссельдорфа.',
  },
  'Welcome Point in Flingern. Beispieldaten: Adresse erfunden.': withInvented({
    'de-x-ls': 'Welcome Point im Stadt-Teil Flingern.',
    ar: 'مركز Welcome Point في حيّ Flingern.',
    uk: 'Пункт Welcome Point у районі Flingern.',
    fa: 'مرکز Welcome Point در محله Flingern.',
    tr: 'Flingern semtinde Welcome Point.',
    ru: 'Пункт Welcome Point в районе Flingern.',
  }),
  'Welcome Point in Bilk, eröffnet im Januar 2016, 2024 geschlossen. Beispieldaten: genaues Schließdatum erfunden.': closedPoint(
    'Bilk',
    { de: 'Januar 2016', ar: 'يناير 2016', uk: 'січні 2016 року', fa: `ژانویه ${persianDigits(2016)}`, tr: 'Ocak 2016’da', ru: 'январе 2016 года' },
    2024,
  ),
  'Welcome Point in Pempelfort, eröffnet im Mai 2017, 2024 geschlossen. Beispieldaten: genaues Schließdatum erfunden.': closedPoint(
    'Pempelfort',
    { de: 'Mai 2017', ar: 'مايو 2017', uk: 'травні 2017 року', fa: `مه ${persianDigits(2017)}`, tr: 'Mayıs 2017’de', ru: 'мае 2017 года' },
    2024,
  ),
  'Welcome Point in Eller, eröffnet im März 2016.': {
    'de-x-ls': 'Welcome Point im Stadt-Teil Eller. Er ist seit März 2016 offen.',
    ar: 'مركز Welcome Point في حيّ Eller، افتُتح في مارس 2016.',
    uk: 'Пункт Welcome Point у районі Eller, відкритий у березні 2016 року.',
    fa: `مرکز Welcome Point در محله Eller، افتتاح در مارس ${persianDigits(2016)}.`,
    tr: 'Eller semtinde Welcome Point, Mart 2016’da açıldı.',
    ru: 'Пункт Welcome Point в районе Eller, открыт в марте 2016 года.',
  },
  'Welcome Point in Benrath. 2024 auf dem Weg zu einem neuen interkulturellen Zentrum in Garath. Beispieldaten: Adresse erfunden.': withInvented({
    'de-x-ls': 'Welcome Point im Stadt-Teil Benrath. Seit 2024 gibt es einen Plan: ein neues Zentrum für Menschen aus vielen Ländern im Stadt-Teil Garath.',
    ar: 'مركز Welcome Point في حيّ Benrath. في 2024 بدأ التحوّل إلى مركز جديد متعدد الثقافات في Garath.',
    uk: 'Пункт Welcome Point у районі Benrath. У 2024 році — на шляху до нового міжкультурного центру в Garath.',
    fa: `مرکز Welcome Point در محله Benrath. در ${persianDigits(2024)} در مسیر تبدیل شدن به یک مرکز میان‌فرهنگی تازه در Garath.`,
    tr: 'Benrath semtinde Welcome Point. 2024’te Garath’ta yeni bir kültürlerarası merkeze dönüşme yolunda.',
    ru: 'Пункт Welcome Point в районе Benrath. В 2024 году — на пути к новому межкультурному центру в Garath.',
  }),
  'Welcome Point im Familienzentrum in Rath. Beispieldaten: Adresse erfunden.': withInvented({
    'de-x-ls': 'Welcome Point im Familien-Zentrum im Stadt-Teil Rath.',
    ar: 'مركز Welcome Point في مركز الأسرة في حيّ Rath.',
    uk: 'Пункт Welcome Point у сімейному центрі в районі Rath.',
    fa: 'مرکز Welcome Point در مرکز خانواده در محله Rath.',
    tr: 'Rath semtindeki aile merkezinde Welcome Point.',
    ru: 'Пункт Welcome Point в семейном центре в районе Rath.',
  }),
  'Welcome Point auf der linken Rheinseite. Beispieldaten: Träger und Adresse erfunden (laut Presse ein Wohlfahrtsverband).': {
    'de-x-ls': `Welcome Point auf der linken Seite vom Rhein. ${SAMPLE['de-x-ls']} Die Adresse ist ausgedacht. Auch der Träger ist ausgedacht. Der Träger leitet den Welcome Point.`,
    ar: `مركز Welcome Point على الضفة اليسرى لنهر الراين. ${SAMPLE.ar} الجهة المسؤولة والعنوان غير حقيقيين (بحسب الصحافة هي جمعية خيرية).`,
    uk: `Пункт Welcome Point на лівому березі Рейну. ${SAMPLE.uk} організатора й адресу вигадано (за даними преси, це благодійна організація).`,
    fa: `مرکز Welcome Point در سمت چپ رود راین. ${SAMPLE.fa} اداره‌کننده و نشانی ساختگی است (به گزارش مطبوعات، یک سازمان خیریه).`,
    tr: `Ren’in sol yakasında Welcome Point. ${SAMPLE.tr} yürüten kurum ve adres uydurmadır (basına göre bir yardım kuruluşu).`,
    ru: `Пункт Welcome Point на левом берегу Рейна. ${SAMPLE.ru} организатор и адрес вымышлены (по данным прессы — благотворительная организация).`,
  },
  'Der erste Welcome Point in Trägerschaft der Stadt, eröffnet 2021. Beispieldaten: Adresse und Eröffnungstag erfunden.': {
    'de-x-ls': `Diesen Welcome Point leitet die Stadt Düsseldorf selbst. Das ist der erste Welcome Point von der Stadt. Er ist seit 2021 offen. ${SAMPLE['de-x-ls']} Die Adresse und der Tag der Eröffnung sind ausgedacht.`,
    ar: `أول مركز Welcome Point تديره المدينة نفسها، افتُتح في 2021. ${SAMPLE.ar} العنوان ويوم الافتتاح غير حقيقيين.`,
    uk: `Перший пункт Welcome Point, яким опікується саме місто, відкритий у 2021 році. ${SAMPLE.uk} адресу й день відкриття вигадано.`,
    fa: `نخستین مرکز Welcome Point که خود شهر آن را اداره می‌کند، افتتاح در ${persianDigits(2021)}. ${SAMPLE.fa} نشانی و روز افتتاح ساختگی است.`,
    tr: `Belediyenin kendisinin yürüttüğü ilk Welcome Point, 2021’de açıldı. ${SAMPLE.tr} adres ve açılış günü uydurmadır.`,
    ru: `Первый пункт Welcome Point, которым управляет сам город, открыт в 2021 году. ${SAMPLE.ru} адрес и день открытия вымышлены.`,
  },
  ...SHARED,
  ...NOTES,
};

/**
 * A feed text `{ de, en, … }` with our translations added (ours win: they fix wrong ones). A
 * German text we have no translation for is an error, so new sample texts get translated.
 */
export function translate(text) {
  const extra = DESCRIPTIONS[text.de];
  if (!extra) throw new Error(`sample-feed-texts.mjs has no translation of "${text.de}"`);
  return { ...text, ...extra };
}

/** {@link translate} for texts that may have no translation here (notes): unknown ones stay as they are. */
export const translateKnown = text => (DESCRIPTIONS[text.de] ? translate(text) : text);

/** Offer titles by offer key: Easy German, Arabic and Ukrainian for every offer, Farsi, Turkish and Russian too. */
export const OFFER_TITLES = {
  asyl: { 'de-x-ls': 'Beratung zum Asyl-Verfahren', uk: 'Консультація щодо процедури надання притулку', tr: 'İltica süreci danışmanlığı', ru: 'Консультация по процедуре предоставления убежища' },
  migration: { 'de-x-ls': 'Beratung für Erwachsene aus anderen Ländern', ar: 'استشارة الهجرة للبالغين', uk: 'Міграційна консультація для дорослих', fa: 'مشاوره مهاجرت برای بزرگسالان' },
  ukraine: { 'de-x-ls': 'Beratung für geflüchtete Menschen aus der Ukraine', ar: 'استشارة للاجئين من أوكرانيا', fa: 'مشاوره برای پناهندگان از اوکراین', tr: 'Ukrayna’dan gelen mültecilere danışmanlık' },
  sprachcafe: { 'de-x-ls': 'Sprach-Café: Deutsch sprechen üben', tr: 'Dil kafesi', ru: 'Языковое кафе' },
  deutschkurs: { 'de-x-ls': 'Deutsch-Kurs für Anfänger (A1) am Vormittag', uk: 'Курс німецької мови A1 (зранку)', fa: 'کلاس زبان آلمانی A1 (صبح)', tr: 'Almanca kursu A1 (sabah)', ru: 'Курс немецкого языка A1 (утром)' },
  'deutsch-abend': { 'de-x-ls': 'Deutsch-Kurs für Menschen mit Arbeit (B1) am Abend', ar: 'اللغة الألمانية للعاملين (B1، مساءً)', uk: 'Німецька для працюючих (B1, увечері)', fa: 'آلمانی برای شاغلان (B1، عصر)', tr: 'Çalışanlar için Almanca (B1, akşam)', ru: 'Немецкий для работающих (B1, вечером)' },
  'arabisch-lesen': { de: 'Arabische Vorlesestunde für Kinder', 'de-x-ls': 'Vorlesen auf Arabisch für Kinder', uk: 'Читання арабською для дітей', fa: 'کتاب‌خوانی عربی برای کودکان', tr: 'Çocuklar için Arapça okuma saati', ru: 'Чтение на арабском для детей' },
  'turkce-sohbet': { 'de-x-ls': 'Gesprächs-Runde auf Türkisch', ar: 'حلقة حوار باللغة التركية', uk: 'Розмовне коло турецькою', fa: 'گفت‌وگوی ترکی‌زبانان', ru: 'Разговорный кружок на турецком' },
  'ukr-club': { 'de-x-ls': 'Gesprächs-Runde auf Ukrainisch', ar: 'نادي المحادثة للأوكرانيين', fa: 'باشگاه گفت‌وگو برای اوکراینی‌ها', tr: 'Ukraynalılar için sohbet kulübü', ru: 'Разговорный клуб для украинцев' },
  farsi: { 'de-x-ls': 'Treffen auf Farsi', ar: 'لقاء الناطقين بالفارسية', uk: 'Зустріч для тих, хто говорить на фарсі', tr: 'Farsça konuşanlar buluşması', ru: 'Встреча для говорящих на фарси' },
  'ru-senioren': { 'de-x-ls': 'Treffen für alte Menschen auf Russisch', ar: 'لقاء كبار السن باللغة الروسية', uk: 'Клуб для людей похилого віку російською', fa: 'دورهمی سالمندان به زبان روسی', tr: 'Rusça yaşlılar buluşması' },
  frauencafe: { 'de-x-ls': 'Café für Frauen', uk: 'Жіноче кафе', tr: 'Kadın kafesi', ru: 'Женское кафе' },
  'offener-treff': { 'de-x-ls': 'Offener Treff: Sie können einfach kommen', fa: 'دیدار آزاد', tr: 'Açık buluşma', ru: 'Открытые встречи' },
  hausaufgaben: { 'de-x-ls': 'Hilfe bei den Haus-Aufgaben', uk: 'Допомога з домашніми завданнями', fa: 'کمک در تکالیف مدرسه', ru: 'Помощь с домашними заданиями' },
  jugendtreff: { 'de-x-ls': 'Treff für junge Menschen: Musik und Medien', ar: 'نادي الشباب: موسيقى وإعلام', uk: 'Молодіжний клуб: музика й медіа', fa: 'باشگاه نوجوانان و جوانان: موسیقی و رسانه', tr: 'Gençlik kulübü: müzik ve medya', ru: 'Молодёжный клуб: музыка и медиа' },
  bewerbung: { 'de-x-ls': 'Hilfe bei der Bewerbung für eine Arbeit', uk: 'Майстерня: резюме та заявки на роботу', fa: 'کارگاه درخواست کار', tr: 'İş başvurusu atölyesi', ru: 'Мастерская: резюме и заявки на работу' },
  anerkennung: { 'de-x-ls': 'Beratung zu Zeugnissen aus anderen Ländern', ar: 'ساعات استشارة: الاعتراف بالشهادات الأجنبية', uk: 'Консультація: визнання іноземних дипломів', fa: 'مشاوره: به رسمیت شناختن مدارک تحصیلی خارجی', tr: 'Danışma saati: yabancı diplomaların tanınması', ru: 'Консультация: признание иностранных дипломов' },
  wohnung: { 'de-x-ls': 'Hilfe bei der Suche nach einer Wohnung', fa: 'جستجوی خانه: مشاوره', tr: 'Ev arama: danışma saati', ru: 'Поиск жилья: консультация' },
  vermieter: { 'de-x-ls': 'Beratung für Vermieter', ar: 'استشارة للمؤجّرين', uk: 'Консультація для орендодавців', fa: 'مشاوره برای صاحبخانه‌ها', tr: 'Ev sahipleri için danışmanlık', ru: 'Консультация для арендодателей' },
  // "Börse" is a stock exchange in Arabic (بورصة): say what it is.
  ehrenamt: { 'de-x-ls': 'Freiwillig helfen: Wir finden eine Aufgabe für Sie', ar: 'منصة فرص التطوع', uk: 'Пошук волонтерських завдань', fa: 'فرصت‌های کار داوطلبانه', tr: 'Gönüllülük fırsatları', ru: 'Волонтёрство: подбор заданий' },
  netzwerk: { 'de-x-ls': 'Treffen der Gruppen im Stadt-Teil', ar: 'لقاء شبكة المبادرات في الحي', uk: 'Зустріч мережі ініціатив району', fa: 'نشست شبکه ابتکارهای محله', tr: 'Semtteki girişimlerin ağ toplantısı', ru: 'Встреча сети инициатив района' },
  raum: { 'de-x-ls': 'Ein Raum für Ihre Gruppe', fa: 'فضایی برای ابتکار شما', tr: 'Girişiminiz için bir oda', ru: 'Помещение для вашей инициативы' },
  // Both halves: who (health guides) and what (office hours).
  gesundheit: { 'de-x-ls': 'Gesundheits-Lotsen: Hilfe bei Fragen zur Gesundheit', ar: 'مرشدو الصحة: ساعات الاستشارة', uk: 'Провідники у сфері здоров’я: консультація', fa: 'راهنمایان سلامت: ساعت مشاوره', tr: 'Sağlık rehberleri: danışma saati', ru: 'Гиды по здоровью: приёмные часы' },
  psycho: { 'de-x-ls': 'Erste Beratung bei seelischen Problemen', uk: 'Первинна психосоціальна консультація', fa: 'مشاوره روانی-اجتماعی اولیه', tr: 'İlk psikososyal danışmanlık', ru: 'Первичная психосоциальная консультация' },
  'eltern-kind': { 'de-x-ls': 'Gruppe für Eltern und kleine Kinder', fa: 'گروه والدین و کودکان', tr: 'Ebeveyn-çocuk grubu', ru: 'Группа для родителей с малышами' },
  familienberatung: { 'de-x-ls': 'Beratung für Familien: Kinder-Garten, Schule, Kinder-Geld', ar: 'استشارة عائلية: الحضانة والمدرسة وإعانة الأطفال', uk: 'Консультація для сімей: дитсадок, школа, допомога на дітей', fa: 'مشاوره خانواده: مهدکودک، مدرسه، کمک‌هزینه فرزند', tr: 'Aile danışmanlığı: kreş, okul, çocuk parası', ru: 'Консультация для семей: детский сад, школа, пособие на детей' },
  naehen: { 'de-x-ls': 'Näh-Café', ar: 'مقهى الخياطة', uk: 'Швейне кафе', tr: 'Dikiş kafesi', ru: 'Швейное кафе' },
  fahrrad: { 'de-x-ls': 'Fahrrad-Werkstatt', uk: 'Велосипедна майстерня', fa: 'کارگاه تعمیر دوچرخه', tr: 'Bisiklet tamir atölyesi', ru: 'Велосипедная мастерская' },
  // Russian lacked the online appointments.
  digital: { 'de-x-ls': 'Hilfe mit Handy, Apps und Terminen im Internet', ar: 'مساعدة رقمية: الهاتف والتطبيقات والمواعيد عبر الإنترنت', uk: 'Цифрова допомога: телефон, застосунки, онлайн-запис', fa: 'کمک دیجیتال: تلفن همراه، اپلیکیشن‌ها، نوبت‌گیری آنلاین', tr: 'Dijital yardım: telefon, uygulamalar, online randevular', ru: 'Цифровая помощь: телефон, приложения, онлайн-запись' },
  laternen: { 'de-x-ls': 'Laternen basteln und Sankt-Martin-Umzug', fa: 'ساخت فانوس و راهپیمایی سنت مارتین', tr: 'Fener yapımı ve Aziz Martin yürüyüşü', ru: 'Изготовление фонариков и шествие Святого Мартина' },
  // "Ankommen" is settling in, not arriving physically.
  infoabend: { 'de-x-ls': 'Abend mit Informationen: Neu in Düsseldorf', ar: 'أمسية معلومات: الاستقرار في دوسلدورف', fa: 'شب اطلاع‌رسانی: استقرار در دوسلدورف', tr: 'Bilgi akşamı: Düsseldorf’a yerleşmek', ru: 'Информационный вечер: как обустроиться в Дюссельдорфе' },
  kochabend: { 'de-x-ls': 'Zusammen kochen: Essen aus vielen Ländern', ar: 'أمسية طبخ متعددة الثقافات', uk: 'Міжкультурний кулінарний вечір', ru: 'Межкультурный кулинарный вечер' },
  advent: { 'de-x-ls': 'Advents-Café', ar: 'مقهى زمن المجيء', fa: 'کافه ادونت', tr: 'Advent kafesi', ru: 'Адвент-кафе' },
  jobmesse: { 'de-x-ls': 'Arbeit finden: Firmen aus dem Stadt-Teil stellen sich vor', ar: 'معرض توظيف صغير مع شركات من الحي', uk: 'Міні-ярмарок вакансій з місцевими роботодавцями', fa: 'نمایشگاه کوچک کار با شرکت‌های محله', tr: 'Semtteki işletmelerle mini iş fuarı', ru: 'Мини-ярмарка вакансий с местными работодателями' },
};

/** An offer's title with our translations (ours win). An offer we have no titles for is an error. */
export function offerTitle(key, title) {
  if (!OFFER_TITLES[key]) throw new Error(`sample-feed-texts.mjs has no titles for the offer "${key}"`);
  return { ...title, ...OFFER_TITLES[key] };
}
