import { cap, count, enNum, fmt, num, p, pct, q, role, t, uah, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/health.json' with { type: 'json' };

const WARDS = TEXTS.WARDS;

const DISEASES = TEXTS.DISEASES;

export const HEALTH: Template[] = [
  {
    key: 'hospital-ward',
    section: 'health',
    tags: ['hospitals', 'budget'],
    outlets: ['medical-weekly', 'regional-news'],
    citing: [t('з посиланням на міську раду', 'со ссылкой на городской совет', 'citing the city council')],
    photos: ['hospital-corridor'],
    write(x) {
      const c = x.city;
      const ward = x.pick(WARDS);
      const months = count(x.int(5, 18), W.month);
      const beds = count(x.int(18, 70), W.bed);
      const cost = uah(x.step(15, 240, 5));
      return {
        headline: t(
          `${cap(c.uk.loc)} відкрили оновлене ${ward.uk}`,
          `${cap(c.ru.loc)} открыли обновлённое ${ward.ru}`,
          `Renovated ${ward.en} opens at ${c.en.nom} hospital`,
        ),
        lead: t(
          `Ремонт тривав ${months.uk}. Відділення розраховане на ${beds.uk} і має власне укриття.`,
          `Ремонт длился ${months.ru}. Отделение рассчитано на ${beds.ru} и имеет собственное укрытие.`,
          `The refurbishment took ${months.en}. The unit has ${beds.en} and its own shelter.`,
        ),
        body: [
          p(
            `Роботи коштували ${cost.uk}: кошти виділили міський і державний бюджети.`,
            `Работы обошлись в ${cost.ru}: средства выделили городской и государственный бюджеты.`,
            `The work cost ${cost.en}, paid for by the city and the national budget.`,
          ),
          p(
            'Лікарня закупила нове обладнання, зокрема апарати УЗД і монітори пацієнта. Палати розраховані на двох людей і мають окремі санвузли.',
            'Больница закупила новое оборудование, в частности аппараты УЗИ и мониторы пациента. Палаты рассчитаны на двух человек и имеют отдельные санузлы.',
            'The hospital has bought new equipment, including ultrasound scanners and patient monitors. Rooms have two beds each and their own bathrooms.',
          ),
          q(
            t(
              'Лікарі давно чекали на такі умови. Тепер ми можемо приймати більше пацієнтів і лікувати їх за сучасними протоколами.',
              'Врачи давно ждали таких условий. Теперь мы можем принимать больше пациентов и лечить их по современным протоколам.',
              'Our doctors have waited a long time for this. Now we can take more patients and treat them according to modern protocols.',
            ),
            x.speaker(role('медичний директор лікарні', 'медична директорка лікарні', 'медицинский директор больницы', 'the hospital’s medical director')),
          ),
          p(
            'Лікування у відділенні безкоштовне для пацієнтів із направленням від сімейного лікаря.',
            'Лечение в отделении бесплатное для пациентов с направлением от семейного врача.',
            'Treatment is free for patients referred by their family doctor.',
          ),
        ],
        more: [
          p(
            'Оновлення лікарень триває по всій країні. Першочергово гроші отримують опорні заклади, які обслуговують кілька громад.',
            'Обновление больниц продолжается по всей стране. В первую очередь деньги получают опорные учреждения, которые обслуживают несколько громад.',
            'Hospitals are being upgraded across the country, with priority given to major hospitals that serve several communities.',
          ),
          p(
            'Наступного року лікарня планує відремонтувати приймальне відділення та встановити сонячну електростанцію.',
            'В следующем году больница планирует отремонтировать приёмное отделение и установить солнечную электростанцию.',
            'Next year the hospital plans to renovate its admissions unit and install a solar power plant.',
          ),
        ],
      };
    },
  },
  {
    key: 'vaccination-drive',
    section: 'health',
    tags: ['vaccination', 'hospitals', 'education'],
    outlets: ['medical-weekly', 'regional-news'],
    citing: [t('з посиланням на Центр громадського здоров’я', 'со ссылкой на Центр общественного здоровья', 'citing the Public Health Centre')],
    photos: ['vaccination'],
    write(x) {
      const c = x.city;
      const d = x.pick(DISEASES);
      const target = pct(x.step(80, 95, 5), 0);
      const last = pct(x.int(48, 79), 0);
      return {
        headline: t(
          `${cap(c.uk.loc)} стартувала кампанія вакцинації проти ${d.name.uk}`,
          `${cap(c.ru.loc)} стартовала кампания вакцинации против ${d.name.ru}`,
          `${cap(d.name.en)} vaccination campaign begins ${c.en.loc}`,
        ),
        lead: t(
          `Щеплення безкоштовні й доступні в усіх амбулаторіях міста. Мета — охопити щонайменше ${target.uk} ${d.group.uk}.`,
          `Прививки бесплатные и доступны во всех амбулаториях города. Цель — охватить как минимум ${target.ru} ${d.group.ru}.`,
          `Jabs are free at every clinic in the city. The aim is to reach at least ${target.en} of ${d.group.en}.`,
        ),
        body: [
          p(
            'Вакцину закупили за державні кошти. Записатися можна до свого сімейного лікаря або через застосунок медичної інформаційної системи.',
            'Вакцину закупили за государственные средства. Записаться можно к своему семейному врачу или через приложение медицинской информационной системы.',
            'The vaccine was bought by the state. People can book through their family doctor or a health app.',
          ),
          p(
            `За даними міського управління охорони здоров’я, торік рівень охоплення щепленнями становив лише ${last.uk}.`,
            `По данным городского управления здравоохранения, в прошлом году уровень охвата прививками составлял лишь ${last.ru}.`,
            `Last year coverage was only ${last.en}, according to the city’s health department.`,
          ),
          q(
            t(
              'Щеплення — найпростіший і найдешевший спосіб уберегтися від тяжкої хвороби. Ми готові відповісти на будь-які запитання.',
              'Прививка — самый простой и дешёвый способ уберечься от тяжёлой болезни. Мы готовы ответить на любые вопросы.',
              'Vaccination is the simplest and cheapest way to avoid serious illness. We are happy to answer any questions.',
            ),
            x.speaker(role('завідувач амбулаторії', 'завідувачка амбулаторії', 'заведующий амбулаторией', 'head of a family clinic')),
          ),
          p(
            'Кампанія триватиме до кінця наступного місяця.',
            'Кампания продлится до конца следующего месяца.',
            'The campaign runs until the end of next month.',
          ),
        ],
        more: [
          p(
            'Лікарі нагадують: для колективного імунітету щепленими мають бути щонайменше 95% людей. Через війну та переміщення мільйонів людей охоплення в країні впало.',
            'Врачи напоминают: для коллективного иммунитета привитыми должны быть как минимум 95% людей. Из-за войны и перемещения миллионов людей охват в стране упал.',
            'Doctors point out that herd immunity requires at least 95% of people to be vaccinated. Coverage has fallen because of the war and the displacement of millions.',
          ),
          p(
            'Переглянути свій календар щеплень можна в електронній медичній картці.',
            'Посмотреть свой календарь прививок можно в электронной медицинской карте.',
            'People can check their vaccination record in their electronic health record.',
          ),
        ],
      };
    },
  },
  {
    key: 'flu-season',
    section: 'health',
    tags: ['flu', 'vaccination', 'education'],
    outlets: ['medical-weekly', 'regional-news'],
    citing: [t('з посиланням на обласний центр контролю та профілактики хвороб', 'со ссылкой на областной центр контроля и профилактики болезней', 'citing the regional centre for disease control')],
    photos: ['vaccination', 'pharmacy'],
    write(x) {
      const c = x.city;
      const cases = x.dec(2.5, 19);
      const k = num(cases, 1);
      const growth = pct(x.int(8, 45), 0);
      return {
        headline: t(
          `${cap(c.uk.loc)} за тиждень на грип і ГРВІ захворіли ${k.uk} тис. людей`,
          `${cap(c.ru.loc)} за неделю гриппом и ОРВИ заболели ${k.ru} тыс. человек`,
          `Flu and cold cases ${c.en.loc} reach ${fmt(Math.round(cases * 1000), 'en')} in a week`,
        ),
        lead: t(
          `Це на ${growth.uk} більше, ніж тижнем раніше. Епідемічний поріг поки не перевищено.`,
          `Это на ${growth.ru} больше, чем неделей ранее. Эпидемический порог пока не превышен.`,
          `That is ${growth.en} more than the previous week, though the epidemic threshold has not yet been crossed.`,
        ),
        body: [
          p(
            'Найчастіше хворіють діти шкільного віку. Лабораторні дослідження підтверджують циркуляцію вірусів грипу типу А.',
            'Чаще всего болеют дети школьного возраста. Лабораторные исследования подтверждают циркуляцию вирусов гриппа типа А.',
            'School-age children account for most cases. Laboratory tests confirm that influenza A viruses are circulating.',
          ),
          p(
            'Якщо поріг буде перевищено, школи можуть перейти на дистанційне навчання на тиждень.',
            'Если порог будет превышен, школы могут перейти на дистанционное обучение на неделю.',
            'If the threshold is crossed, schools may switch to remote learning for a week.',
          ),
          q(
            t(
              'Якщо висока температура тримається понад три дні або з’являються задишка чи біль у грудях, треба негайно звертатися до лікаря, а не лікуватися самостійно.',
              'Если высокая температура держится больше трёх дней или появляются одышка либо боль в груди, нужно немедленно обращаться к врачу, а не лечиться самостоятельно.',
              'Anyone with a high temperature for more than three days, shortness of breath or chest pain should see a doctor at once rather than treat themselves.',
            ),
            x.speaker(role('лікар-інфекціоніст', 'лікарка-інфекціоністка', 'врач-инфекционист', 'infectious diseases specialist')),
          ),
          p(
            'Лікарі радять провітрювати приміщення, частіше мити руки й залишатися вдома при перших симптомах.',
            'Врачи советуют проветривать помещения, чаще мыть руки и оставаться дома при первых симптомах.',
            'Doctors advise airing rooms, washing hands often and staying at home at the first symptoms.',
          ),
        ],
        more: [
          p(
            'Пік захворюваності зазвичай припадає на кінець січня — лютий. Вакцинуватися проти грипу ще не пізно.',
            'Пик заболеваемости обычно приходится на конец января — февраль. Привиться от гриппа ещё не поздно.',
            'Cases usually peak between late January and February, and it is not too late to get a flu jab.',
          ),
          p(
            'Антибіотики не діють на віруси, тож приймати їх без призначення лікаря не можна.',
            'Антибиотики не действуют на вирусы, поэтому принимать их без назначения врача нельзя.',
            'Antibiotics do not work against viruses and should not be taken without a prescription.',
          ),
        ],
      };
    },
  },
  {
    key: 'affordable-medicines',
    section: 'health',
    tags: ['medicines', 'hospitals'],
    outlets: ['medical-weekly', 'meridian'],
    citing: [t('з посиланням на Національну службу здоров’я', 'со ссылкой на Национальную службу здоровья', 'citing the National Health Service of Ukraine')],
    photos: ['pharmacy'],
    write(x) {
      const n = x.int(8, 60);
      const added = count(n, W.medicine);
      const total = count(x.step(420, 700, 5), W.medicine);
      const rx = num(x.dec(18, 46), 1);
      return {
        headline: t(
          `Програму «Доступні ліки» розширили ще на ${added.uk}`,
          `Программу «Доступные лекарства» расширили ещё на ${added.ru}`,
          `Affordable Medicines scheme adds ${enNum(n)} more medicines to its list`,
        ),
        lead: t(
          'До переліку увійшли ліки від діабету, серцево-судинних захворювань і бронхіальної астми. Отримати їх можна безоплатно або з невеликою доплатою.',
          'В перечень вошли лекарства от диабета, сердечно-сосудистых заболеваний и бронхиальной астмы. Получить их можно бесплатно или с небольшой доплатой.',
          'The list now includes more medicines for diabetes, heart disease and asthma, available free or for a small co-payment.',
        ),
        body: [
          p(
            `Рішення ухвалила Національна служба здоров’я. Відтепер у програмі ${total.uk}.`,
            `Решение приняла Национальная служба здоровья. Теперь в программе ${total.ru}.`,
            `The National Health Service of Ukraine made the decision; the scheme now covers ${total.en}.`,
          ),
          p(
            'Для отримання ліків потрібен електронний рецепт від сімейного лікаря. Його код надходить в SMS, а ліки можна отримати в будь-якій аптеці, що має договір із НСЗУ.',
            'Для получения лекарств нужен электронный рецепт от семейного врача. Его код приходит в SMS, а лекарства можно получить в любой аптеке, у которой есть договор с НСЗУ.',
            'Patients need an e-prescription from their family doctor. The code arrives by text message, and the medicine can be collected from any pharmacy with a contract with the health service.',
          ),
          p(
            `Торік за програмою відпустили понад ${rx.uk} млн рецептів.`,
            `В прошлом году по программе отпустили более ${rx.ru} млн рецептов.`,
            `More than ${rx.en} million prescriptions were filled under the scheme last year.`,
          ),
          q(
            t(
              'Люди часто не знають, що мають право на безкоштовні ліки. Ми щодня пояснюємо, як отримати електронний рецепт.',
              'Люди часто не знают, что имеют право на бесплатные лекарства. Мы каждый день объясняем, как получить электронный рецепт.',
              'People often don’t know they are entitled to free medicine. Every day we explain how to get an e-prescription.',
            ),
            x.speaker(role('фармацевт', 'фармацевтка', 'фармацевт', 'pharmacist')),
          ),
        ],
        more: [
          p(
            'Перелік препаратів переглядають щороку на основі даних про ефективність і вартість лікування.',
            'Перечень препаратов пересматривают ежегодно на основе данных об эффективности и стоимости лечения.',
            'The list is reviewed every year on the basis of effectiveness and cost.',
          ),
          p(
            'Пацієнтські організації просять додати до програми ліки для лікування рідкісних захворювань.',
            'Пациентские организации просят добавить в программу лекарства для лечения редких заболеваний.',
            'Patient groups want medicines for rare diseases added as well.',
          ),
        ],
      };
    },
  },
  {
    key: 'rehab-centre',
    section: 'health',
    tags: ['rehabilitation', 'veterans', 'hospitals'],
    outlets: ['medical-weekly', 'defence-review'],
    photos: ['rehab-gym'],
    write(x) {
      const c = x.city;
      const capacity = x.dec(1.2, 6);
      const k = num(capacity, 1);
      const cost = uah(x.step(60, 900, 10));
      return {
        headline: t(
          `${cap(c.uk.loc)} запрацював реабілітаційний центр для ветеранів і цивільних`,
          `${cap(c.ru.loc)} заработал реабилитационный центр для ветеранов и гражданских`,
          `Rehabilitation centre for veterans and civilians opens ${c.en.loc}`,
        ),
        lead: t(
          `Тут щороку зможуть проходити лікування до ${k.uk} тис. пацієнтів. Послуги безкоштовні за направленням лікаря.`,
          `Здесь ежегодно смогут проходить лечение до ${k.ru} тыс. пациентов. Услуги бесплатны по направлению врача.`,
          `It will be able to treat up to ${fmt(Math.round(capacity * 1000), 'en')} patients a year, free of charge with a doctor’s referral.`,
        ),
        body: [
          p(
            'У центрі працюють фізичні терапевти й ерготерапевти, психологи та логопеди. Є басейн, тренажерна зала та кабінети для відновлення після інсульту.',
            'В центре работают физические терапевты и эрготерапевты, психологи и логопеды. Есть бассейн, тренажёрный зал и кабинеты для восстановления после инсульта.',
            'Staff include physiotherapists, occupational therapists, psychologists and speech therapists. There is a pool, a gym and rooms for stroke rehabilitation.',
          ),
          p(
            `Будівництво профінансували державний бюджет і міжнародні донори; загальна вартість — ${cost.uk}.`,
            `Строительство профинансировали государственный бюджет и международные доноры; общая стоимость — ${cost.ru}.`,
            `The state budget and international donors paid for the centre, which cost ${cost.en}.`,
          ),
          q(
            t(
              'Реабілітація має починатися якомога раніше. Що швидше пацієнт потрапить до нас, то більше шансів повернутися до звичного життя.',
              'Реабилитация должна начинаться как можно раньше. Чем быстрее пациент попадёт к нам, тем больше шансов вернуться к привычной жизни.',
              'Rehabilitation should start as early as possible. The sooner a patient comes to us, the better their chances of getting back to normal life.',
            ),
            x.speaker(role('фізичний терапевт', 'фізична терапевтка', 'физический терапевт', 'physiotherapist')),
          ),
          p(
            'Центр також навчатиме фахівців для лікарень області.',
            'Центр также будет обучать специалистов для больниц области.',
            'The centre will also train specialists for hospitals across the region.',
          ),
        ],
        more: [
          p(
            'Потреба в реабілітації в країні значно перевищує можливості закладів: черги в окремих центрах сягають кількох місяців.',
            'Потребность в реабилитации в стране значительно превышает возможности учреждений: очереди в отдельных центрах достигают нескольких месяцев.',
            'Demand for rehabilitation far outstrips capacity, with waiting lists at some centres stretching to several months.',
          ),
          p(
            'Записатися на реабілітацію можна через сімейного лікаря або лікаря, який виписує пацієнта зі стаціонару.',
            'Записаться на реабилитацию можно через семейного врача или врача, который выписывает пациента из стационара.',
            'Patients can be referred by their family doctor or by the hospital doctor who discharges them.',
          ),
        ],
      };
    },
  },
  {
    key: 'mental-health-line',
    section: 'health',
    tags: ['mental-health', 'veterans'],
    outlets: ['medical-weekly', 'meridian'],
    photos: ['rehab-gym', 'hospital-corridor'],
    write(x) {
      const calls = x.int(6, 48);
      const growth = pct(x.int(9, 40), 0);
      const staff = x.step(60, 300, 10);
      return {
        headline: t(
          `На гарячу лінію психологічної підтримки за місяць звернулися ${calls} тис. людей`,
          `На горячую линию психологической поддержки за месяц обратились ${calls} тыс. человек`,
          `Mental health helpline takes ${calls},000 calls in a month`,
        ),
        lead: t(
          'Найчастіше люди скаржаться на тривогу, безсоння та виснаження. Лінія працює цілодобово й анонімно.',
          'Чаще всего люди жалуются на тревогу, бессонницу и истощение. Линия работает круглосуточно и анонимно.',
          'Anxiety, insomnia and exhaustion are the most common complaints. The line is open around the clock and is anonymous.',
        ),
        body: [
          p(
            `Порівняно з минулим роком кількість звернень зросла на ${growth.uk}. Майже третина абонентів телефонує вперше.`,
            `По сравнению с прошлым годом количество обращений выросло на ${growth.ru}. Почти треть абонентов звонит впервые.`,
            `Calls are up ${growth.en} on last year, and almost a third of callers are ringing for the first time.`,
          ),
          p(
            `На дзвінки відповідають понад ${staff} психологів і консультантів, які пройшли спеціальне навчання.`,
            `На звонки отвечают более ${staff} психологов и консультантов, прошедших специальное обучение.`,
            `More than ${staff} trained psychologists and counsellors answer the calls.`,
          ),
          q(
            t(
              'Звернутися по допомогу — це не слабкість. Часто однієї розмови досить, щоб людині стало легше і вона побачила, що робити далі.',
              'Обратиться за помощью — это не слабость. Часто одного разговора достаточно, чтобы человеку стало легче и он увидел, что делать дальше.',
              'Asking for help is not a weakness. Often a single conversation is enough for someone to feel better and see what to do next.',
            ),
            x.speaker(role('клінічний психолог', 'клінічна психологиня', 'клинический психолог', 'clinical psychologist')),
          ),
        ],
        more: [
          p(
            'Безоплатну психологічну допомогу можна отримати також у сімейного лікаря: багато з них пройшли навчання з базової психологічної підтримки.',
            'Бесплатную психологическую помощь можно получить также у семейного врача: многие из них прошли обучение базовой психологической поддержке.',
            'Free psychological help is also available from family doctors, many of whom have been trained in basic mental health support.',
          ),
          p(
            'Для військових і їхніх родин діє окрема лінія, де працюють фахівці з бойовим досвідом.',
            'Для военных и их семей действует отдельная линия, где работают специалисты с боевым опытом.',
            'There is a separate line for service personnel and their families, staffed by people with combat experience.',
          ),
        ],
      };
    },
  },
];
