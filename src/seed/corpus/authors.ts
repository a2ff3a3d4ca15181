import type { Localized } from '../../domain/locale.js';
import type { CorpusAuthor } from './types.js';

/** The demo newsroom: fictional journalists. English names follow the official Ukrainian transliteration. */

type Person = [name: string, slug: string, title: string, bio: string];

interface Staffer extends CorpusAuthor {
  /** Sections the author writes for, most often first. */
  beats: string[];
}

function author(key: string, beats: string[], columnist: boolean, uk: Person, ru: Person, en: Person): Staffer {
  const of = (i: 0 | 1 | 2 | 3): Localized<string> => ({ uk: uk[i], ru: ru[i], en: en[i] });
  return { key, name: of(0), slug: of(1), title: of(2), bio: of(3), columnist, beats };
}

const STAFF: Staffer[] = [
  author('olena-shevchuk', ['politics', 'world'], false,
    ['Олена Шевчук', 'olena-shevchuk', 'Політична кореспондентка', 'Пише про парламент, уряд і місцеве самоврядування з 2013 року. До Masthead працювала в регіональній газеті в Полтаві. Закінчила факультет журналістики.'],
    ['Елена Шевчук', 'elena-shevchuk', 'Политический корреспондент', 'Пишет о парламенте, правительстве и местном самоуправлении с 2013 года. До Masthead работала в региональной газете в Полтаве. Окончила факультет журналистики.'],
    ['Olena Shevchuk', 'olena-shevchuk', 'Political correspondent', 'Has covered parliament, the government and local politics since 2013. Before joining Masthead she worked for a regional paper in Poltava. She studied journalism in Kyiv.']),
  author('andrii-kovalchuk', ['economy', 'regions'], false,
    ['Андрій Ковальчук', 'andrii-kovalchuk', 'Редактор відділу економіки', 'Стежить за енергетикою, бюджетом і ринками. Десять років працював фінансовим аналітиком, перш ніж прийти в журналістику. Веде щотижневу розсилку про економіку.'],
    ['Андрей Ковальчук', 'andrey-kovalchuk', 'Редактор отдела экономики', 'Следит за энергетикой, бюджетом и рынками. Десять лет работал финансовым аналитиком, прежде чем прийти в журналистику. Ведёт еженедельную рассылку об экономике.'],
    ['Andrii Kovalchuk', 'andrii-kovalchuk', 'Economics editor', 'Covers energy, the budget and markets. He spent ten years as a financial analyst before moving into journalism, and writes the weekly economy newsletter.']),
  author('iryna-melnyk', ['health', 'society'], false,
    ['Ірина Мельник', 'iryna-melnyk', 'Кореспондентка з питань охорони здоров’я', 'Пише про лікарні, ліки та громадське здоров’я. За освітою біологиня, має сертифікат із наукової журналістики. Її розслідування про закупівлі ліків відзначене журналістською премією.'],
    ['Ирина Мельник', 'irina-melnik', 'Корреспондент по вопросам здравоохранения', 'Пишет о больницах, лекарствах и общественном здоровье. По образованию биолог, имеет сертификат по научной журналистике. Её расследование о закупках лекарств отмечено журналистской премией.'],
    ['Iryna Melnyk', 'iryna-melnyk', 'Health correspondent', 'Writes about hospitals, medicines and public health. A biologist by training, she holds a certificate in science journalism. Her investigation into drug procurement won a journalism award.']),
  author('taras-bondarenko', ['defence', 'regions'], false,
    ['Тарас Бондаренко', 'taras-bondarenko', 'Військовий кореспондент', 'Висвітлює оборону, оборонну промисловість і життя ветеранів. Працює у прифронтових регіонах з 2014 року. Має підготовку з тактичної медицини.'],
    ['Тарас Бондаренко', 'taras-bondarenko', 'Военный корреспондент', 'Освещает оборону, оборонную промышленность и жизнь ветеранов. Работает в прифронтовых регионах с 2014 года. Прошёл подготовку по тактической медицине.'],
    ['Taras Bondarenko', 'taras-bondarenko', 'Defence correspondent', 'Covers defence, the arms industry and the lives of veterans. He has reported from frontline regions since 2014 and is trained in battlefield first aid.']),
  author('nataliia-tkachenko', ['society', 'regions', 'health'], false,
    ['Наталія Ткаченко', 'nataliia-tkachenko', 'Кореспондентка відділу суспільства', 'Пише про освіту, житло і переселенців. Починала на міському радіо в Дніпрі. Переконана, що найкращі історії — про сусідів.'],
    ['Наталья Ткаченко', 'natalya-tkachenko', 'Корреспондент отдела общества', 'Пишет об образовании, жилье и переселенцах. Начинала на городском радио в Днепре. Уверена, что лучшие истории — о соседях.'],
    ['Nataliia Tkachenko', 'nataliia-tkachenko', 'Social affairs reporter', 'Writes about schools, housing and displaced families. She started out at a city radio station in Dnipro and believes the best stories are about the people next door.']),
  author('dmytro-savchuk', ['sport'], false,
    ['Дмитро Савчук', 'dmytro-savchuk', 'Спортивний оглядач', 'Пише про футбол, баскетбол і легку атлетику. Коментував матчі регіональних ліг, працював на трьох Олімпіадах. Сам грає в аматорській футбольній команді.'],
    ['Дмитрий Савчук', 'dmitriy-savchuk', 'Спортивный обозреватель', 'Пишет о футболе, баскетболе и лёгкой атлетике. Комментировал матчи региональных лиг, работал на трёх Олимпиадах. Сам играет в любительской футбольной команде.'],
    ['Dmytro Savchuk', 'dmytro-savchuk', 'Sports writer', 'Writes about football, basketball and athletics. He has commentated on regional league matches, covered three Olympic Games and still turns out for an amateur football side.']),
  author('yuliia-kravets', ['culture'], false,
    ['Юлія Кравець', 'yuliia-kravets', 'Редакторка відділу культури', 'Пише про театр, кіно і книжки. Кураторка літературних читань у Львові. Вважає, що рецензія має бути чесною і короткою.'],
    ['Юлия Кравец', 'yuliya-kravets', 'Редактор отдела культуры', 'Пишет о театре, кино и книгах. Куратор литературных чтений во Львове. Считает, что рецензия должна быть честной и короткой.'],
    ['Yuliia Kravets', 'yuliia-kravets', 'Culture editor', 'Writes about theatre, film and books. She curates a literary reading series in Lviv and believes a review should be honest and short.']),
  author('maksym-lytvynenko', ['technology', 'economy'], false,
    ['Максим Литвиненко', 'maksym-lytvynenko', 'Технологічний оглядач', 'Стежить за стартапами, кібербезпекою та цифровими послугами. Колишній програміст, досі пише код для власних проєктів. Пояснює складні технології простими словами.'],
    ['Максим Литвиненко', 'maksim-litvinenko', 'Технологический обозреватель', 'Следит за стартапами, кибербезопасностью и цифровыми услугами. Бывший программист, до сих пор пишет код для собственных проектов. Объясняет сложные технологии простыми словами.'],
    ['Maksym Lytvynenko', 'maksym-lytvynenko', 'Technology reporter', 'Follows start-ups, cybersecurity and digital public services. A former programmer who still writes code for his own projects, he explains complex technology in plain words.']),
  author('sofiia-hnatiuk', ['world', 'politics'], false,
    ['Софія Гнатюк', 'sofiia-hnatiuk', 'Міжнародна оглядачка', 'Пише про Європейський Союз, дипломатію та міжнародну допомогу. Працювала в Брюсселі та Варшаві. Говорить п’ятьма мовами.'],
    ['София Гнатюк', 'sofiya-gnatyuk', 'Международный обозреватель', 'Пишет о Европейском союзе, дипломатии и международной помощи. Работала в Брюсселе и Варшаве. Говорит на пяти языках.'],
    ['Sofiia Hnatiuk', 'sofiia-hnatiuk', 'World affairs correspondent', 'Writes about the European Union, diplomacy and international aid. She has worked in Brussels and Warsaw and speaks five languages.']),
  author('bohdan-marchenko', ['regions', 'economy', 'society'], false,
    ['Богдан Марченко', 'bohdan-marchenko', 'Регіональний кореспондент', 'Їздить громадами й пише про дороги, мости, комунальні послуги та місцеві бюджети. Живе у Вінниці. За рік проїжджає понад 30 тисяч кілометрів.'],
    ['Богдан Марченко', 'bogdan-marchenko', 'Региональный корреспондент', 'Ездит по громадам и пишет о дорогах, мостах, коммунальных услугах и местных бюджетах. Живёт в Виннице. За год проезжает более 30 тысяч километров.'],
    ['Bohdan Marchenko', 'bohdan-marchenko', 'Regional correspondent', 'Travels the country’s communities writing about roads, bridges, utilities and local budgets. Based in Vinnytsia, he drives more than 30,000 kilometres a year.']),
  author('viktor-hordiienko', ['politics', 'world', 'sport'], true,
    ['Віктор Гордієнко', 'viktor-hordiienko', 'Колумніст', 'Політичний оглядач і колумніст Masthead. Двадцять років працював парламентським кореспондентом. Пише про те, як ухвалюються рішення і хто за них платить.'],
    ['Виктор Гордиенко', 'viktor-gordienko', 'Колумнист', 'Политический обозреватель и колумнист Masthead. Двадцать лет работал парламентским корреспондентом. Пишет о том, как принимаются решения и кто за них платит.'],
    ['Viktor Hordiienko', 'viktor-hordiienko', 'Columnist', 'Masthead’s political columnist. He spent twenty years as a parliamentary correspondent and writes about how decisions are made and who pays for them.']),
  author('oksana-levytska', ['society', 'culture', 'regions'], true,
    ['Оксана Левицька', 'oksana-levytska', 'Письменниця, колумністка', 'Авторка двох романів і збірки есеїв. Пише про міста, книжки й людей, які змінюють свої громади. Живе в Ужгороді.'],
    ['Оксана Левицкая', 'oksana-levitskaya', 'Писательница, колумнист', 'Автор двух романов и сборника эссе. Пишет о городах, книгах и людях, которые меняют свои громады. Живёт в Ужгороде.'],
    ['Oksana Levytska', 'oksana-levytska', 'Novelist and columnist', 'The author of two novels and a collection of essays. She writes about cities, books and the people who change their communities. She lives in Uzhhorod.']),
  author('yaroslav-polishchuk', ['economy', 'technology', 'defence'], true,
    ['Ярослав Поліщук', 'yaroslav-polishchuk', 'Економіст, колумніст', 'Викладає економіку в університеті в Києві. Понад десять років консультував громади щодо бюджетів. У колонках рахує гроші — державні й приватні.'],
    ['Ярослав Полищук', 'yaroslav-polishchuk', 'Экономист, колумнист', 'Преподаёт экономику в университете в Киеве. Более десяти лет консультировал громады по бюджетам. В колонках считает деньги — государственные и частные.'],
    ['Yaroslav Polishchuk', 'yaroslav-polishchuk', 'Economist and columnist', 'Teaches economics at a university in Kyiv. He spent more than a decade advising communities on their budgets; his columns follow the money, public and private.']),
  author('halyna-sydorenko', ['health', 'society'], true,
    ['Галина Сидоренко', 'halyna-sydorenko', 'Лікарка, колумністка', 'Сімейна лікарка з двадцятирічним стажем. Пише про здоров’я, медицину і довіру між пацієнтом і лікарем. Живе в Полтаві.'],
    ['Галина Сидоренко', 'galina-sidorenko', 'Врач, колумнист', 'Семейный врач с двадцатилетним стажем. Пишет о здоровье, медицине и доверии между пациентом и врачом. Живёт в Полтаве.'],
    ['Halyna Sydorenko', 'halyna-sydorenko', 'Doctor and columnist', 'A family doctor with twenty years’ experience. She writes about health, medicine and the trust between patients and doctors. She lives in Poltava.']),
];

export const AUTHORS: CorpusAuthor[] = STAFF.map(({ beats: _beats, ...a }) => a);

/** Which sections each author writes for: the generator picks bylines that fit the story. */
export const AUTHOR_BEATS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  STAFF.map((a) => [a.key, a.beats]),
);
