import { cap, count, enNum, enOrdinal, fmt, p, q, role, t, uah, type L, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/sport.json' with { type: 'json' };

/** Fictional clubs. All names are masculine singular, so verbs agree without knowing which one it is. */
const FOOTBALL_CLUBS: L[] = TEXTS.FOOTBALL_CLUBS;

const BASKETBALL_CLUBS: L[] = TEXTS.BASKETBALL_CLUBS;

/** League and medal-table places as words: "п’яте місце" / "пятое место" / "fifth". */
const PLACES: L[] = TEXTS.PLACES;

const SEEDS: L[] = TEXTS.SEEDS;

/** Two different items from a list. */
function pair<T>(pick: (items: readonly T[]) => T, items: readonly T[]): [T, T] {
  const a = pick(items);
  const b = pick(items.filter((i) => i !== a));
  return [a, b];
}

/** A European championship where Ukraine wins medals: athletics, swimming. */
function championship(key: string, tag: string, photo: string, event: L): Template {
  return {
    key,
    section: 'sport',
    tags: [tag],
    outlets: ['sport-daily', 'meridian'],
    photos: [photo],
    write(x) {
      const host = x.foreignCity;
      const g = x.int(1, 3);
      const s = x.int(0, 3);
      const b = x.int(1, 4);
      const medals = count(g + s + b, W.medal);
      const place = PLACES[x.int(2, 12)] as L;
      return {
        headline: t(
          `Збірна України здобула ${medals.uk} на ${event.uk}`,
          `Сборная Украины завоевала ${medals.ru} на ${event.ru}`,
          `Ukraine win ${medals.en} at the ${event.en}`,
        ),
        lead: t(
          `Турнір проходив ${host.uk[1]}. У медальному заліку українці посіли ${place.uk} місце.`,
          `Турнир проходил ${host.ru[1]}. В медальном зачёте украинцы заняли ${place.ru} место.`,
          `The championships were held ${host.en[1]}, and Ukraine finished ${place.en} in the medal table.`,
        ),
        body: [
          p(
            `Медальний доробок збірної: золото — ${g}, срібло — ${s}, бронза — ${b}. Найяскравіше виступили молоді спортсмени, для яких це перший дорослий чемпіонат.`,
            `Медальный итог сборной: золото — ${g}, серебро — ${s}, бронза — ${b}. Ярче всего выступили молодые спортсмены, для которых это первый взрослый чемпионат.`,
            `The team’s haul was ${enNum(g)} gold, ${enNum(s)} silver and ${enNum(b)} bronze, with some of the best performances from young athletes at their first senior championships.`,
          ),
          p(
            'Підготовка збірної ускладнена війною: частина спортсменів тренується за кордоном, а вдома тренування переривають повітряні тривоги.',
            'Подготовка сборной осложнена войной: часть спортсменов тренируется за границей, а дома тренировки прерывают воздушные тревоги.',
            'The war has made preparation difficult: some athletes train abroad, and at home sessions are interrupted by air-raid alerts.',
          ),
          q(
            t(
              'Кожна медаль тут — це перемога не лише спортсмена, а й усієї країни. Ми пишаємося командою.',
              'Каждая медаль здесь — это победа не только спортсмена, но и всей страны. Мы гордимся командой.',
              'Every medal here is a victory not just for the athlete but for the whole country. We are proud of the team.',
            ),
            x.speaker(role('головний тренер збірної', 'головна тренерка збірної', 'главный тренер сборной', 'head coach of the national team')),
          ),
          p(
            'Наступним великим стартом для збірної стане чемпіонат світу. Ліцензії на нього вже здобули кілька українців.',
            'Следующим крупным стартом для сборной станет чемпионат мира. Лицензии на него уже завоевали несколько украинцев.',
            'The team’s next big event is the world championships, for which several Ukrainians have already qualified.',
          ),
        ],
        more: [
          p(
            'Федерація просить державу збільшити фінансування дитячо-юнацьких спортивних шкіл, які готують резерв збірної.',
            'Федерация просит государство увеличить финансирование детско-юношеских спортивных школ, которые готовят резерв сборной.',
            'The federation is asking the state for more money for the youth sports schools that produce future internationals.',
          ),
          p(
            'Багато спортсменів збірної паралельно служать у війську або волонтерять, тренуючись у вільний час.',
            'Многие спортсмены сборной параллельно служат в армии или волонтёрят, тренируясь в свободное время.',
            'Many members of the team also serve in the armed forces or volunteer, training in their spare time.',
          ),
        ],
      };
    },
  };
}

const FOOTBALL_QUOTES = TEXTS.FOOTBALL_QUOTES;

export const SPORT: Template[] = [
  {
    key: 'football-result',
    section: 'sport',
    tags: ['football'],
    outlets: ['sport-daily'],
    photos: ['football-stadium'],
    write(x) {
      const c = x.city;
      const [home, away] = pair((items) => x.pick(items), FOOTBALL_CLUBS);
      const hg = x.int(0, 4);
      const ag = x.int(0, 3);
      const round = x.int(5, 28);
      const minute = x.int(52, 90);
      const [pos1, pos2] = pair((items) => x.pick(items), PLACES);
      const crowd = x.step(800, 6000, 100);
      const pause = x.chance(0.4) ? count(x.step(15, 50, 5), W.minute) : undefined;
      const when = x.weekend;
      const result = hg > ag ? 'home' : hg < ag ? 'away' : 'draw';
      const score = `${hg}:${ag}`;
      const headline = {
        home: t(
          `${round}-й тур: матч ${home.uk} — ${away.uk} завершився перемогою господарів ${score}`,
          `${round}-й тур: матч ${home.ru} — ${away.ru} завершился победой хозяев ${score}`,
          `${home.en} beat ${away.en} ${hg}-${ag} in round ${round} of the First League`,
        ),
        away: t(
          `${round}-й тур: матч ${home.uk} — ${away.uk} завершився перемогою гостей ${score}`,
          `${round}-й тур: матч ${home.ru} — ${away.ru} завершился победой гостей ${score}`,
          `${away.en} win ${ag}-${hg} away at ${home.en} in First League round ${round}`,
        ),
        draw: t(
          `${round}-й тур: матч ${home.uk} — ${away.uk} завершився внічию ${score}`,
          `${round}-й тур: матч ${home.ru} — ${away.ru} завершился вничью ${score}`,
          `${home.en} and ${away.en} draw ${hg}-${ag} in round ${round} of the First League`,
        ),
      }[result];
      const lead =
        result === 'draw'
          ? hg === 0
            ? t(
                'Команди так і не змогли розпечатати ворота одна одної, хоча мали по кілька гострих моментів.',
                'Команды так и не смогли распечатать ворота друг друга, хотя имели по несколько острых моментов.',
                'Neither side could break the deadlock, though both had chances.',
              )
            : t('Обидві команди забивали, але переможця так і не виявили.', 'Обе команды забивали, но победителя так и не выявили.', 'Both sides scored, but neither could find a winner.')
          : t(
              `Вирішальний м’яч ${result === 'home' ? 'господарі' : 'гості'} забили на ${minute}-й хвилині.`,
              `Решающий мяч ${result === 'home' ? 'хозяева' : 'гости'} забили на ${minute}-й минуте.`,
              `The decisive goal came in the ${enOrdinal(minute)} minute.`,
            );
      return {
        headline,
        lead,
        body: [
          p(
            `Матч ${round}-го туру Першої ліги відбувся ${when.uk} ${c.uk.loc}. Перший тайм минув у рівній боротьбі, а після перерви темп гри помітно зріс.`,
            `Матч ${round}-го тура Первой лиги состоялся ${when.ru} ${c.ru.loc}. Первый тайм прошёл в равной борьбе, а после перерыва темп игры заметно вырос.`,
            `The match was played ${when.en} ${c.en.loc}. The first half was evenly contested, but the pace picked up after the break.`,
          ),
          p(
            `Гру відвідали близько ${fmt(crowd, 'uk')} глядачів.${pause ? ` Через повітряну тривогу матч призупиняли на ${pause.uk}.` : ''}`,
            `Игру посетили около ${fmt(crowd, 'ru')} зрителей.${pause ? ` Из-за воздушной тревоги матч приостанавливали на ${pause.ru}.` : ''}`,
            `About ${fmt(crowd, 'en')} spectators attended.${pause ? ` Play was halted for ${pause.en} because of an air-raid alert.` : ''}`,
          ),
          p(
            `Після цього туру ${home.uk} посідає ${pos1.uk} місце в турнірній таблиці, ${away.uk} — ${pos2.uk}.`,
            `После этого тура ${home.ru} занимает ${pos1.ru} место в турнирной таблице, ${away.ru} — ${pos2.ru}.`,
            `${home.en} are now ${pos1.en} in the table and ${away.en} ${pos2.en}.`,
          ),
          q(
            FOOTBALL_QUOTES[result],
            x.speaker(role('головний тренер господарів', 'головна тренерка господарів', 'главный тренер хозяев', 'the home side’s head coach')),
          ),
        ],
        more: [
          p(
            `Наступний тур відбудеться за тиждень: ${home.uk} зіграє на виїзді, а ${away.uk} прийматиме суперника вдома.`,
            `Следующий тур пройдёт через неделю: ${home.ru} сыграет на выезде, а ${away.ru} примет соперника дома.`,
            `In the next round, a week from now, ${home.en} play away and ${away.en} are at home.`,
          ),
          p(
            'У разі повітряної тривоги матчі зупиняють, а гравці й глядачі спускаються в укриття. Через це деякі ігри тривають понад три години.',
            'В случае воздушной тревоги матчи останавливают, а игроки и зрители спускаются в укрытие. Из-за этого некоторые игры длятся более трёх часов.',
            'If an air-raid alert sounds, play stops and players and spectators go to a shelter, which means some matches last more than three hours.',
          ),
        ],
      };
    },
  },
  championship('athletics-euros', 'athletics', 'athletics-track', t('чемпіонаті Європи з легкої атлетики', 'чемпионате Европы по лёгкой атлетике', 'European Athletics Championships')),
  championship('swimming-euros', 'swimming', 'swimming-pool', t('чемпіонаті Європи з плавання', 'чемпионате Европы по плаванию', 'European Aquatics Championships')),
  {
    key: 'basketball-semi',
    section: 'sport',
    tags: ['basketball'],
    outlets: ['sport-daily'],
    photos: ['basketball-court'],
    write(x) {
      const winner = x.pick(BASKETBALL_CLUBS);
      const a = x.int(78, 96);
      const b = a - x.int(3, 14);
      const top = count(x.int(19, 34), W.point);
      const quarter = count(x.int(8, 16), W.point);
      const next = x.weekday;
      return {
        headline: t(
          `Півфінал Суперліги: ${winner.uk} виграв перший матч серії з рахунком ${a}:${b}`,
          `Полуфинал Суперлиги: ${winner.ru} выиграл первый матч серии со счётом ${a}:${b}`,
          `Superleague semi-final: ${winner.en} take game one ${a}-${b}`,
        ),
        lead: t(
          `Серія триває до трьох перемог. Другий матч відбудеться ${next.uk}.`,
          `Серия идёт до трёх побед. Второй матч состоится ${next.ru}.`,
          `The series is best of five. Game two is ${next.en}.`,
        ),
        body: [
          p(
            `Найрезультативнішим гравцем матчу став захисник переможців, який набрав ${top.uk}.`,
            `Самым результативным игроком матча стал защитник победителей, набравший ${top.ru}.`,
            `The winners’ guard was top scorer with ${top.en}.`,
          ),
          p(
            `Вирішальною стала третя чверть, яку ${winner.uk} виграв із перевагою в ${quarter.uk}.`,
            `Решающей стала третья четверть, которую ${winner.ru} выиграл с преимуществом в ${quarter.ru}.`,
            `The third quarter proved decisive, with ${winner.en} winning it by ${quarter.en}.`,
          ),
          p(
            'Матч відбувся при заповнених трибунах; глядачам довелося двічі спускатися в укриття під час повітряних тривог.',
            'Матч прошёл при заполненных трибунах; зрителям пришлось дважды спускаться в укрытие во время воздушных тревог.',
            'The game was played in front of a full house, and spectators twice had to go down to the shelter during air-raid alerts.',
          ),
          q(
            t(
              'Ми виграли лише один матч. Суперник сильний, і в наступній грі нас чекає зовсім інший баскетбол.',
              'Мы выиграли только один матч. Соперник сильный, и в следующей игре нас ждёт совсем другой баскетбол.',
              'We have only won one game. They are a strong side, and the next one will be very different.',
            ),
            x.speaker(role('тренер команди-переможниці', 'тренерка команди-переможниці', 'тренер команды-победительницы', 'the winners’ coach')),
          ),
        ],
        more: [
          p(
            'Переможець Суперліги отримає право виступити в єврокубках наступного сезону.',
            'Победитель Суперлиги получит право выступить в еврокубках в следующем сезоне.',
            'The Superleague champions will qualify for European competition next season.',
          ),
          p(
            'Ліга повернулася до формату з глядачами лише минулого сезону, і відвідуваність поступово зростає.',
            'Лига вернулась к формату со зрителями только в прошлом сезоне, и посещаемость постепенно растёт.',
            'The league only brought back spectators last season, and attendances are gradually rising.',
          ),
        ],
      };
    },
  },
  {
    key: 'junior-tennis',
    section: 'sport',
    tags: ['tennis'],
    outlets: ['sport-daily'],
    photos: ['tennis-court'],
    write(x) {
      const c = x.city;
      const host = x.foreignCity;
      const age = x.int(15, 17);
      const seed = x.pick(SEEDS);
      const set1 = x.pick(['6:4', '6:3', '7:5', '6:2']);
      const set2 = x.pick(['7:5', '6:4', '7:6', '6:3']);
      const when = x.weekend;
      return {
        headline: t(
          `${age}-річна тенісистка ${c.uk.from} вийшла у фінал юніорського турніру ${host.uk[1]}`,
          `${age}-летняя теннисистка ${c.ru.from} вышла в финал юниорского турнира ${host.ru[1]}`,
          `${age}-year-old ${c.en.nom} tennis player reaches junior final ${host.en[1]}`,
        ),
        lead: t(
          `У півфіналі українка у двох сетах обіграла ${seed.uk} сіяну тенісистку турніру.`,
          `В полуфинале украинка в двух сетах обыграла ${seed.ru} сеяную теннисистку турнира.`,
          `In the semi-final she beat the ${seed.en} seed in straight sets.`,
        ),
        body: [
          p(
            `Поєдинок завершився з рахунком ${set1}, ${set2}. Вирішальним став другий сет, у якому українка відіграла два брейки.`,
            `Поединок завершился со счётом ${set1}, ${set2}. Решающим стал второй сет, в котором украинка отыграла два брейка.`,
            `The match ended ${set1.replace(':', '-')}, ${set2.replace(':', '-')}, with the Ukrainian recovering from two breaks of serve in the second set.`,
          ),
          p(
            'Тенісистка тренується в місцевій спортивній школі із семи років. Через війну частину сезону вона проводить на зборах за кордоном.',
            'Теннисистка тренируется в местной спортивной школе с семи лет. Из-за войны часть сезона она проводит на сборах за границей.',
            'She has trained at a local sports school since the age of seven and, because of the war, spends part of each season at training camps abroad.',
          ),
          p(
            `У фіналі вона зіграє ${when.uk}. Перемога дасть їй змогу піднятися до першої двадцятки юніорського рейтингу.`,
            `В финале она сыграет ${when.ru}. Победа позволит ей подняться в первую двадцатку юниорского рейтинга.`,
            `She plays the final ${when.en}; victory would lift her into the top 20 of the junior rankings.`,
          ),
          q(
            t(
              'Вона дуже наполеглива і не боїться помилятися. Для такого віку це рідкісна якість.',
              'Она очень настойчивая и не боится ошибаться. Для такого возраста это редкое качество.',
              'She is very determined and isn’t afraid of making mistakes. That is rare at her age.',
            ),
            x.speaker(role('тренер спортсменки', 'тренерка спортсменки', 'тренер спортсменки', 'her coach')),
          ),
        ],
        more: [
          p(
            'Український жіночий теніс має давню традицію: кілька поколінь тенісисток доходили до других тижнів турнірів Великого шолома.',
            'Украинский женский теннис имеет давнюю традицию: несколько поколений теннисисток доходили до вторых недель турниров Большого шлема.',
            'Ukraine has a long tradition in women’s tennis, with several generations of players reaching the second week of Grand Slam tournaments.',
          ),
          p(
            'Федерація тенісу допомагає юніорам із поїздками на міжнародні турніри, але більшість витрат досі несуть родини.',
            'Федерация тенниса помогает юниорам с поездками на международные турниры, но большую часть расходов по-прежнему несут семьи.',
            'The tennis federation helps juniors travel to international tournaments, but families still bear most of the costs.',
          ),
        ],
      };
    },
  },
  {
    key: 'stadium-reopens',
    section: 'sport',
    tags: ['football', 'athletics', 'local-government'],
    outlets: ['sport-daily', 'regional-news'],
    photos: ['football-stadium', 'athletics-track'],
    write(x) {
      const c = x.city;
      const n = x.step(3000, 24000, 500);
      const seats = count(n, W.seat);
      const cost = uah(x.step(40, 600, 10));
      return {
        headline: t(
          `${cap(c.uk.loc)} після реконструкції відкрили стадіон на ${seats.uk}`,
          `${cap(c.ru.loc)} после реконструкции открыли стадион на ${seats.ru}`,
          `${fmt(n, 'en')}-seat stadium reopens ${c.en.loc} after renovation`,
        ),
        lead: t(
          'На арені встановили нове освітлення, штучний газон і укриття для глядачів.',
          'На арене установили новое освещение, искусственный газон и укрытие для зрителей.',
          'The ground has new floodlights, an artificial pitch and a shelter for spectators.',
        ),
        body: [
          p(
            `Реконструкція коштувала ${cost.uk}. Роботи профінансували міський бюджет і спонсори.`,
            `Реконструкция обошлась в ${cost.ru}. Работы профинансировали городской бюджет и спонсоры.`,
            `The renovation cost ${cost.en}, paid for by the city and sponsors.`,
          ),
          p(
            'Стадіон стане домашньою ареною місцевого футбольного клубу, а вдень тут тренуватимуться вихованці дитячо-юнацької спортивної школи.',
            'Стадион станет домашней ареной местного футбольного клуба, а днём здесь будут тренироваться воспитанники детско-юношеской спортивной школы.',
            'The stadium will be home to the local football club, and youngsters from the city’s sports school will train there during the day.',
          ),
          p(
            'Укриття під трибунами вміщує всіх глядачів, тож матчі з уболівальниками можна проводити навіть під час війни.',
            'Укрытие под трибунами вмещает всех зрителей, поэтому матчи с болельщиками можно проводить даже во время войны.',
            'The shelter beneath the stands can hold every spectator, so matches with fans can go ahead even in wartime.',
          ),
          q(
            t(
              'Ми хотіли, щоб стадіон був відкритий для всіх. Бігові доріжки доступні для мешканців щодня із сьомої ранку.',
              'Мы хотели, чтобы стадион был открыт для всех. Беговые дорожки доступны для жителей ежедневно с семи утра.',
              'We wanted the stadium to be open to everyone. The running track is open to the public every day from 7am.',
            ),
            x.speaker(role('директор стадіону', 'директорка стадіону', 'директор стадиона', 'the stadium’s director')),
          ),
        ],
        more: [
          p(
            'Спортивна інфраструктура в багатьох містах застаріла: більшість стадіонів збудовано ще за радянських часів.',
            'Спортивная инфраструктура во многих городах устарела: большинство стадионов построено ещё в советское время.',
            'Sports facilities in many cities are outdated, and most stadiums date from the Soviet era.',
          ),
          p(
            'Першою подією на оновленій арені стане товариський матч місцевої команди ветеранів.',
            'Первым событием на обновлённой арене станет товарищеский матч местной команды ветеранов.',
            'The first event at the renovated ground will be a friendly involving a local veterans’ team.',
          ),
        ],
      };
    },
  },
  {
    key: 'adaptive-sport',
    section: 'sport',
    tags: ['paralympic-sport', 'veterans', 'rehabilitation'],
    outlets: ['sport-daily', 'defence-review'],
    photos: ['rehab-gym', 'basketball-court'],
    write(x) {
      const c = x.city;
      const n = x.step(60, 400, 10);
      const events = x.int(4, 9);
      return {
        headline: t(
          `${cap(c.uk.loc)} пройшли змагання ветеранів з адаптивного спорту`,
          `${cap(c.ru.loc)} прошли соревнования ветеранов по адаптивному спорту`,
          `Veterans compete in adaptive sports tournament ${c.en.loc}`,
        ),
        lead: t(
          `Понад ${n} учасників змагалися в ${events} дисциплінах, зокрема у волейболі сидячи та стрільбі з лука.`,
          `Более ${n} участников соревновались в ${events} дисциплинах, в том числе в волейболе сидя и стрельбе из лука.`,
          `More than ${n} competitors took part in ${enNum(events)} events, including sitting volleyball and archery.`,
        ),
        body: [
          p(
            'Найкращі учасники увійдуть до складу національної команди на міжнародні Ігри нескорених.',
            'Лучшие участники войдут в состав национальной команды на международные Игры непокорённых.',
            'The best competitors will be selected for the national team at the international Invictus Games.',
          ),
          p(
            'Для багатьох ветеранів спорт став частиною реабілітації: він допомагає відновити фізичну форму та повернути впевненість.',
            'Для многих ветеранов спорт стал частью реабилитации: он помогает восстановить физическую форму и вернуть уверенность.',
            'For many veterans sport has become part of rehabilitation, helping them regain fitness and confidence.',
          ),
          q(
            t(
              'На майданчику ти не думаєш про поранення. Ти думаєш лише про м’яч і про команду поруч.',
              'На площадке ты не думаешь о ранении. Ты думаешь только о мяче и о команде рядом.',
              'On the court you don’t think about your injury. You only think about the ball and the team beside you.',
            ),
            x.speaker(role('учасник змагань, ветеран', 'учасниця змагань, ветеранка', 'участник соревнований, ветеран', 'competitor and veteran')),
          ),
          p(
            'Змагання організувало Міністерство у справах ветеранів разом із міською радою та волонтерськими організаціями.',
            'Соревнования организовало Министерство по делам ветеранов вместе с городским советом и волонтёрскими организациями.',
            'The veterans’ affairs ministry organised the event with the city council and volunteer groups.',
          ),
        ],
        more: [
          p(
            'В Україні з’являється дедалі більше секцій адаптивного спорту, але їм бракує тренерів і спеціального інвентарю.',
            'В Украине появляется всё больше секций адаптивного спорта, но им не хватает тренеров и специального инвентаря.',
            'Adaptive sports clubs are springing up across Ukraine, but they are short of coaches and specialist equipment.',
          ),
          p(
            'Наступні змагання заплановано на осінь в іншому обласному центрі.',
            'Следующие соревнования запланированы на осень в другом областном центре.',
            'The next event is planned for the autumn in another regional centre.',
          ),
        ],
      };
    },
  },
];
