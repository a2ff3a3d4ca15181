import { cap, count, fmt, num, p, pct, q, role, t, uah, ul, type L, type Template } from '../kit.js';
import { W } from '../nouns.js';
import TEXTS from '../data/economy.json' with { type: 'json' };

const OUTAGE_CAUSES = TEXTS.OUTAGE_CAUSES;

const PRICE_RISERS = TEXTS.PRICE_RISERS;

/** Prices in hryvnias keep two decimals: "56,40 грн" / "UAH 56.40". */
const price = (v: number): L => {
  const s = v.toFixed(2);
  return t(`${s.replace('.', ',')} грн`, `${s.replace('.', ',')} грн`, `UAH ${s}`);
};

export const ECONOMY: Template[] = [
  {
    key: 'power-restored',
    section: 'economy',
    tags: ['energy', 'utilities'],
    outlets: ['energy-monitor', 'regional-news'],
    citing: [t('з посиланням на обленерго', 'со ссылкой на облэнерго', 'citing the regional power company')],
    photos: ['power-lines'],
    write(x) {
      const c = x.city;
      const cause = x.pick(OUTAGE_CAUSES);
      const restored = x.int(8, 95);
      const left = x.int(2, 18);
      const crews = count(x.int(20, 90), W.crew);
      return {
        headline: t(
          `Енергетики відновили електропостачання для ${restored} тис. домогосподарств ${c.uk.regionLoc}`,
          `Энергетики восстановили электроснабжение для ${restored} тыс. домохозяйств ${c.ru.regionLoc}`,
          `Power restored to ${restored},000 households ${c.en.regionLoc}`,
        ),
        lead: t(
          `Ремонтні бригади працювали цілодобово ${cause.cause.uk}. Без світла залишаються ще ${left} тис. споживачів.`,
          `Ремонтные бригады работали круглосуточно ${cause.cause.ru}. Без света остаются ещё ${left} тыс. потребителей.`,
          `Repair crews worked round the clock ${cause.cause.en}. About ${left},000 customers are still without power.`,
        ),
        body: [
          p(
            `${cause.detail.uk} До робіт залучили ${crews.uk}, зокрема із сусідніх областей.`,
            `${cause.detail.ru} К работам привлекли ${crews.ru}, в том числе из соседних областей.`,
            `${cause.detail.en} Some ${crews.en}, including teams from neighbouring regions, were called in.`,
          ),
          q(
            t(
              'Ми відновлюємо живлення поетапно: спершу лікарні, водоканал і котельні, далі — житлові будинки.',
              'Мы восстанавливаем питание поэтапно: сначала больницы, водоканал и котельные, затем — жилые дома.',
              'We restore supply in stages: hospitals, water works and boiler houses first, then homes.',
            ),
            x.speaker(role('головний інженер обленерго', 'головна інженерка обленерго', 'главный инженер облэнерго', 'chief engineer at the regional power company')),
          ),
          p(
            'Енергетики просять споживачів ощадливо користуватися електроприладами у вечірні години пік, з 18:00 до 22:00.',
            'Энергетики просят потребителей экономно пользоваться электроприборами в вечерние часы пик, с 18:00 до 22:00.',
            'The power company has asked customers to use electrical appliances sparingly during the evening peak, from 6pm to 10pm.',
          ),
          p(
            'Повністю завершити відновлювальні роботи планують до кінця тижня, якщо дозволить погода.',
            'Полностью завершить восстановительные работы планируют до конца недели, если позволит погода.',
            'Repairs should be finished by the end of the week, weather permitting.',
          ),
        ],
        more: [
          p(
            'Енергосистема країни працює з дефіцитом потужності, тому в окремих регіонах можуть застосовувати графіки погодинних відключень. Актуальні графіки публікують на сайтах обленерго.',
            'Энергосистема страны работает с дефицитом мощности, поэтому в отдельных регионах могут применяться графики почасовых отключений. Актуальные графики публикуют на сайтах облэнерго.',
            'The national grid is short of capacity, so some regions may see scheduled hourly outages. Regional power companies publish the latest schedules on their websites.',
          ),
          p(
            'Громади тим часом встановлюють когенераційні установки й сонячні станції, щоб лікарні та котельні могли працювати автономно.',
            'Громады тем временем устанавливают когенерационные установки и солнечные станции, чтобы больницы и котельные могли работать автономно.',
            'Communities, meanwhile, are installing combined heat and power units and solar plants so that hospitals and boiler houses can run independently.',
          ),
        ],
      };
    },
  },
  {
    key: 'grain-exports',
    section: 'economy',
    tags: ['grain', 'exports', 'agriculture'],
    outlets: ['agro-news', 'economic-herald'],
    citing: [t('з посиланням на Мінекономіки', 'со ссылкой на Минэкономики', 'citing the economy ministry')],
    photos: ['grain-port', 'wheat-field'],
    write(x) {
      const mt = num(x.dec(2.6, 6.8), 1);
      const up = x.chance(0.65);
      const change = pct(x.int(3, 24), 0);
      const corn = x.int(44, 60);
      const wheat = x.int(25, 40);
      const more = up ? t('більше', 'больше', 'up') : t('менше', 'меньше', 'down');
      return {
        headline: t(
          `Україна за місяць експортувала ${mt.uk} млн т зерна — на ${change.uk} ${more.uk}, ніж торік`,
          `Украина за месяц экспортировала ${mt.ru} млн т зерна — на ${change.ru} ${more.ru}, чем год назад`,
          `Ukraine’s monthly grain exports reach ${mt.en}m tonnes, ${more.en} ${change.en} on last year`,
        ),
        lead: t(
          'Основу поставок склали кукурудза й пшениця. Більшість вантажів вийшла з портів Великої Одеси.',
          'Основу поставок составили кукуруза и пшеница. Большая часть грузов вышла из портов Большой Одессы.',
          'Maize and wheat made up most of the shipments, the bulk of which left from the ports around Odesa.',
        ),
        body: [
          p(
            `Кукурудза забезпечила ${corn}% експорту, пшениця — ${wheat}%, решту склали ячмінь та інші культури.`,
            `Кукуруза обеспечила ${corn}% экспорта, пшеница — ${wheat}%, остальное пришлось на ячмень и другие культуры.`,
            `Maize accounted for ${corn}% of exports and wheat for ${wheat}%, with barley and other crops making up the rest.`,
          ),
          p(
            'Морський коридор працює стабільно, хоча страхування суден залишається дорогим. Частина зерна їде залізницею до кордонів із сусідніми країнами ЄС.',
            'Морской коридор работает стабильно, хотя страхование судов остаётся дорогим. Часть зерна едет по железной дороге к границам с соседними странами ЕС.',
            'The sea corridor is operating steadily, though insuring ships remains expensive. Some grain goes by rail to the borders with neighbouring EU countries.',
          ),
          p(
            'Найбільшими покупцями українського зерна залишаються країни Північної Африки, Близького Сходу та Азії.',
            'Крупнейшими покупателями украинского зерна остаются страны Северной Африки, Ближнего Востока и Азии.',
            'The biggest buyers of Ukrainian grain remain countries in North Africa, the Middle East and Asia.',
          ),
          q(
            t(
              'Логістика стала передбачуванішою, і це одразу видно в цінах для фермерів. Але маржа все ще низька.',
              'Логистика стала более предсказуемой, и это сразу видно по ценам для фермеров. Но маржа всё ещё низкая.',
              'Logistics have become more predictable, and you can see it straight away in farm-gate prices. But margins are still thin.',
            ),
            x.speaker(role('аналітик аграрного ринку', 'аналітикиня аграрного ринку', 'аналитик аграрного рынка', 'agricultural market analyst')),
          ),
        ],
        more: [
          p(
            'Аграрії побоюються, що витрати на пальне й добрива знову зростуть до посівної. Уряд обіцяє продовжити програму доступних кредитів для фермерів.',
            'Аграрии опасаются, что расходы на топливо и удобрения снова вырастут к посевной. Правительство обещает продлить программу доступных кредитов для фермеров.',
            'Farmers fear that fuel and fertiliser costs will rise again before sowing. The government has promised to extend its cheap-credit scheme for farmers.',
          ),
          p(
            'За прогнозом аналітиків, до кінця маркетингового року експорт може перевищити торішній показник.',
            'По прогнозу аналитиков, до конца маркетингового года экспорт может превысить прошлогодний показатель.',
            'Analysts expect exports for the full marketing year to exceed last year’s total.',
          ),
        ],
      };
    },
  },
  {
    key: 'inflation',
    section: 'economy',
    tags: ['inflation', 'prices', 'banking'],
    outlets: ['economic-herald', 'stat-service'],
    citing: [t('з посиланням на Національну службу статистики', 'со ссылкой на Национальную службу статистики', 'citing the National Statistics Service')],
    photos: ['market', 'banknotes'],
    write(x) {
      const rate = x.dec(3.5, 14.9);
      const slowed = x.chance(0.55);
      const prev = Math.round((slowed ? rate + x.dec(0.2, 1.4) : rate - x.dec(0.2, 1.4)) * 10) / 10;
      const core = pct(Math.max(2, rate - x.dec(0.3, 2)));
      const now = pct(rate);
      const before = pct(prev);
      const risers = x.pick(PRICE_RISERS);
      const verb = slowed ? t('сповільнилася', 'замедлилась', 'slows') : t('прискорилася', 'ускорилась', 'quickens');
      return {
        headline: t(
          `Споживча інфляція в Україні ${verb.uk} до ${now.uk} у річному вимірі`,
          `Потребительская инфляция в Украине ${verb.ru} до ${now.ru} в годовом выражении`,
          `Consumer price inflation in Ukraine ${verb.en} to ${now.en}`,
        ),
        lead: t(
          `Місяцем раніше показник становив ${before.uk}. Найбільше подорожчали ${risers.uk}.`,
          `Месяцем ранее показатель составлял ${before.ru}. Сильнее всего подорожали ${risers.ru}.`,
          `The rate was ${before.en} a month earlier. Prices rose fastest for ${risers.en}.`,
        ),
        body: [
          p(
            `За даними Національної служби статистики, у річному вимірі споживчі ціни зросли на ${now.uk}. Місяцем раніше інфляція становила ${before.uk}.`,
            `По данным Национальной службы статистики, в годовом выражении потребительские цены выросли на ${now.ru}. Месяцем ранее инфляция составляла ${before.ru}.`,
            `Consumer prices were ${now.en} higher than a year earlier, according to the National Statistics Service, compared with ${before.en} a month before.`,
          ),
          p(
            `Базова інфляція, без урахування найбільш мінливих цін на продукти та пальне, становила ${core.uk}.`,
            `Базовая инфляция, без учёта наиболее изменчивых цен на продукты и топливо, составила ${core.ru}.`,
            `Core inflation, which strips out volatile food and fuel prices, was ${core.en}.`,
          ),
          p(
            'Національний банк прогнозує повернення інфляції до цільового рівня 5% протягом наступних двох років.',
            'Национальный банк прогнозирует возвращение инфляции к целевому уровню 5% в течение следующих двух лет.',
            'The National Bank expects inflation to return to its 5% target within the next two years.',
          ),
          q(
            slowed
              ? t(
                  'Ціни на продукти стабілізувалися після хорошого врожаю. Але тиск із боку зарплат і тарифів нікуди не зник.',
                  'Цены на продукты стабилизировались после хорошего урожая. Но давление со стороны зарплат и тарифов никуда не исчезло.',
                  'Food prices have settled after a good harvest. But pressure from wages and utility tariffs has not gone away.',
                )
              : t(
                  'Подорожчання продуктів і комунальних послуг знову тисне на ціни. Навряд чи ця тенденція швидко зміниться.',
                  'Подорожание продуктов и коммунальных услуг снова давит на цены. Вряд ли эта тенденция быстро изменится.',
                  'Rising food and utility costs are pushing prices up again. This trend is unlikely to change quickly.',
                ),
            x.speaker(role('економіст інвестиційної компанії', 'економістка інвестиційної компанії', 'экономист инвестиционной компании', 'economist at an investment firm')),
          ),
        ],
        more: [
          p(
            'Інфляція безпосередньо впливає на реальні доходи: пенсії та зарплати в бюджетній сфері індексують повільніше, ніж зростають ціни.',
            'Инфляция напрямую влияет на реальные доходы: пенсии и зарплаты в бюджетной сфере индексируют медленнее, чем растут цены.',
            'Inflation bites directly into real incomes, as pensions and public-sector pay rise more slowly than prices.',
          ),
          p(
            'Наступні дані про інфляцію статистики оприлюднять через місяць.',
            'Следующие данные об инфляции статистики обнародуют через месяц.',
            'The next inflation figures are due in a month.',
          ),
        ],
      };
    },
  },
  {
    key: 'key-rate',
    section: 'economy',
    tags: ['banking', 'inflation'],
    outlets: ['economic-herald', 'meridian'],
    citing: [t('з посиланням на Національний банк', 'со ссылкой на Национальный банк', 'citing the National Bank')],
    photos: ['banknotes'],
    write(x) {
      const rate = x.step(11, 16.5, 0.5);
      const move = x.pick(['hold', 'hold', 'cut', 'raise'] as const);
      const r = pct(rate);
      const gdp = pct(x.dec(1.8, 4.5));
      const day = x.weekday;
      const headline = {
        hold: t(`Національний банк зберіг облікову ставку на рівні ${r.uk}`, `Национальный банк сохранил учётную ставку на уровне ${r.ru}`, `National Bank holds key interest rate at ${r.en}`),
        cut: t(`Національний банк знизив облікову ставку до ${r.uk}`, `Национальный банк снизил учётную ставку до ${r.ru}`, `National Bank cuts key interest rate to ${r.en}`),
        raise: t(`Національний банк підвищив облікову ставку до ${r.uk}`, `Национальный банк повысил учётную ставку до ${r.ru}`, `National Bank raises key interest rate to ${r.en}`),
      }[move];
      const why = {
        hold: t(
          'Рішення відповідало очікуванням ринку. Регулятор пояснює його стійким інфляційним тиском.',
          'Решение соответствовало ожиданиям рынка. Регулятор объясняет его устойчивым инфляционным давлением.',
          'The decision was in line with market expectations. The central bank cited persistent inflationary pressure.',
        ),
        cut: t(
          'Регулятор пояснив рішення уповільненням інфляції та стабільною ситуацією на валютному ринку.',
          'Регулятор объяснил решение замедлением инфляции и стабильной ситуацией на валютном рынке.',
          'The central bank pointed to slowing inflation and a stable currency market.',
        ),
        raise: t(
          'Регулятор пояснив рішення прискоренням інфляції та погіршенням інфляційних очікувань.',
          'Регулятор объяснил решение ускорением инфляции и ухудшением инфляционных ожиданий.',
          'The central bank pointed to faster inflation and worsening inflation expectations.',
        ),
      }[move];
      return {
        headline,
        lead: why,
        body: [
          p(
            `Рішення ухвалило правління Національного банку ${day.uk}. Наступне засідання з монетарної політики відбудеться за шість тижнів.`,
            `Решение приняло правление Национального банка ${day.ru}. Следующее заседание по монетарной политике состоится через шесть недель.`,
            `The National Bank’s board made the decision ${day.en}. The next monetary policy meeting is in six weeks.`,
          ),
          p(
            'Облікова ставка впливає на вартість кредитів і дохідність депозитів. Банки зазвичай переглядають свої ставки протягом кількох тижнів після рішення регулятора.',
            'Учётная ставка влияет на стоимость кредитов и доходность депозитов. Банки обычно пересматривают свои ставки в течение нескольких недель после решения регулятора.',
            'The key rate affects the cost of loans and the returns on deposits. Banks usually adjust their own rates within a few weeks of the central bank’s decision.',
          ),
          p(
            `Регулятор також оновив макроекономічний прогноз: зростання економіки цього року очікують на рівні ${gdp.uk}.`,
            `Регулятор также обновил макроэкономический прогноз: рост экономики в этом году ожидается на уровне ${gdp.ru}.`,
            `The central bank also updated its forecast and now expects the economy to grow by ${gdp.en} this year.`,
          ),
        ],
        more: [
          p('Серед головних ризиків у Нацбанку називають:', 'Среди главных рисков в Нацбанке называют:', 'The main risks, according to the central bank, are:'),
          ul(
            t('тривалу повномасштабну війну', 'затяжную полномасштабную войну', 'a prolonged full-scale war'),
            t('пошкодження енергетичної інфраструктури', 'повреждение энергетической инфраструктуры', 'damage to energy infrastructure'),
            t('затримки міжнародної фінансової допомоги', 'задержки международной финансовой помощи', 'delays in international financial aid'),
          ),
          q(
            t(
              'Ринок сприйняв рішення спокійно. Для позичальників це сигнал, що дешевих кредитів найближчим часом не буде.',
              'Рынок воспринял решение спокойно. Для заёмщиков это сигнал, что дешёвых кредитов в ближайшее время не будет.',
              'The market took the decision calmly. For borrowers it is a sign that cheap credit is not coming any time soon.',
            ),
            x.speaker(role('банківський аналітик', 'банківська аналітикиня', 'банковский аналитик', 'banking analyst')),
          ),
        ],
      };
    },
  },
  {
    key: 'business-grants',
    section: 'economy',
    tags: ['small-business', 'jobs', 'budget'],
    outlets: ['economic-herald', 'regional-news'],
    citing: [t('з посиланням на обласну військову адміністрацію', 'со ссылкой на областную военную администрацию', 'citing the regional administration')],
    photos: ['market', 'startup-office'],
    write(x) {
      const c = x.city;
      const grants = count(x.int(40, 640), W.grant);
      const total = uah(x.step(20, 480, 5));
      const apps = count(x.step(300, 4000, 10), W.application);
      return {
        headline: t(
          `Малий бізнес ${c.uk.regionGen} отримав ${grants.uk} на розвиток`,
          `Малый бизнес ${c.ru.regionGen} получил ${grants.ru} на развитие`,
          `Small firms ${c.en.regionLoc} win ${grants.en} to expand`,
        ),
        lead: t(
          `Загальна сума допомоги становить ${total.uk}. Найбільше заявок подали виробники харчових продуктів і майстерні.`,
          `Общая сумма помощи составляет ${total.ru}. Больше всего заявок подали производители продуктов питания и мастерские.`,
          `The grants total ${total.en}. Food producers and workshops submitted the most applications.`,
        ),
        body: [
          p(
            'Гранти надали в межах державної програми, яка компенсує до половини вартості нового обладнання.',
            'Гранты предоставили в рамках государственной программы, которая компенсирует до половины стоимости нового оборудования.',
            'The grants come from a state scheme that covers up to half the cost of new equipment.',
          ),
          p(
            `Загалом надійшло ${apps.uk}. Обов’язковою умовою було створення щонайменше двох нових робочих місць.`,
            `Всего поступило ${apps.ru}. Обязательным условием было создание как минимум двух новых рабочих мест.`,
            `There were ${apps.en} in all. Each recipient must create at least two new jobs.`,
          ),
          q(
            t(
              'Грант дозволив купити новий холодильник і пакувальну машину. Тепер ми можемо постачати сир у мережі супермаркетів.',
              'Грант позволил купить новый холодильник и упаковочную машину. Теперь мы можем поставлять сыр в сети супермаркетов.',
              'The grant let us buy a new cold store and a packing machine. Now we can supply supermarket chains.',
            ),
            x.speaker(role('власник сироварні', 'власниця сироварні', 'владелец сыроварни', 'owner of a cheese dairy')),
          ),
          p(
            'Наступний конкурс оголосять восени, заявки прийматимуть онлайн.',
            'Следующий конкурс объявят осенью, заявки будут принимать онлайн.',
            'The next round opens in the autumn, with applications accepted online.',
          ),
        ],
        more: [
          p(
            'Малий і середній бізнес дає понад половину робочих місць у країні. Під час війни багато підприємців перенесли виробництво з прифронтових регіонів на захід і в центр.',
            'Малый и средний бизнес даёт более половины рабочих мест в стране. Во время войны многие предприниматели перенесли производство из прифронтовых регионов на запад и в центр.',
            'Small and medium-sized firms provide more than half the country’s jobs. During the war many owners have moved production from frontline regions to the west and centre.',
          ),
          p(
            'Отримувачі грантів мають звітувати про використання коштів упродовж трьох років.',
            'Получатели грантов должны отчитываться об использовании средств в течение трёх лет.',
            'Recipients must report on how they spend the money for three years.',
          ),
        ],
      };
    },
  },
  {
    key: 'fuel-prices',
    section: 'economy',
    tags: ['prices', 'inflation'],
    outlets: ['economic-herald', 'energy-monitor'],
    photos: ['banknotes', 'market'],
    write(x) {
      const petrol = x.dec(51.5, 63.9, 2);
      const up = x.chance(0.6);
      const delta = price(x.dec(0.3, 2.4, 2));
      const diesel = price(petrol - x.dec(0.5, 3, 2));
      const lpg = price(x.dec(27, 34.5, 2));
      const a95 = price(petrol);
      const verb = up ? t('подорожчав', 'подорожал', 'rises') : t('подешевшав', 'подешевел', 'falls');
      const changed = up ? t('зросла', 'выросла', 'rose') : t('знизилася', 'снизилась', 'fell');
      return {
        headline: t(
          `Бензин А-95 ${verb.uk} до ${a95.uk} за літр`,
          `Бензин А-95 ${verb.ru} до ${a95.ru} за литр`,
          `Price of A-95 petrol ${verb.en} to ${a95.en} a litre`,
        ),
        lead: t(
          `За тиждень середня ціна ${changed.uk} на ${delta.uk}. Дизельне пальне коштує в середньому ${diesel.uk}.`,
          `За неделю средняя цена ${changed.ru} на ${delta.ru}. Дизельное топливо стоит в среднем ${diesel.ru}.`,
          `The average price ${changed.en} by ${delta.en} in a week. Diesel costs ${diesel.en} on average.`,
        ),
        body: [
          p(
            'Такі дані наводить консалтингова група, яка щодня відстежує ціни на АЗС великих мереж.',
            'Такие данные приводит консалтинговая группа, которая ежедневно отслеживает цены на АЗС крупных сетей.',
            'The figures come from a consultancy that tracks prices at the big filling-station chains every day.',
          ),
          up
            ? p(
                'Аналітики пояснюють подорожчання зростанням світових цін на нафту та слабшою гривнею.',
                'Аналитики объясняют подорожание ростом мировых цен на нефть и более слабой гривной.',
                'Analysts attribute the rise to higher world oil prices and a weaker hryvnia.',
              )
            : p(
                'Аналітики пояснюють здешевлення падінням світових цін на нафту та стабільним курсом гривні.',
                'Аналитики объясняют удешевление падением мировых цен на нефть и стабильным курсом гривны.',
                'Analysts attribute the fall to lower world oil prices and a stable hryvnia.',
              ),
          p(
            `Автогаз залишається найдешевшим видом пального: літр коштує близько ${lpg.uk}.`,
            `Автогаз остаётся самым дешёвым видом топлива: литр стоит около ${lpg.ru}.`,
            `Autogas remains the cheapest fuel at about ${lpg.en} a litre.`,
          ),
        ],
        more: [
          p(
            'Пальне — один із ключових чинників інфляції: його ціна позначається на вартості перевезень і зрештою продуктів.',
            'Топливо — один из ключевых факторов инфляции: его цена сказывается на стоимости перевозок и в итоге продуктов.',
            'Fuel is a key driver of inflation, feeding into transport costs and ultimately food prices.',
          ),
          p(
            'Найближчими тижнями експерти не очікують різких змін цін, якщо ситуація на світовому ринку залишиться спокійною.',
            'В ближайшие недели эксперты не ожидают резких изменений цен, если ситуация на мировом рынке останется спокойной.',
            'Analysts do not expect sharp price changes in the coming weeks if world markets stay calm.',
          ),
        ],
      };
    },
  },
  {
    key: 'job-vacancies',
    section: 'economy',
    tags: ['jobs', 'small-business', 'veterans'],
    outlets: ['economic-herald', 'regional-news'],
    photos: ['startup-office', 'market'],
    write(x) {
      const c = x.city;
      const growth = pct(x.int(6, 34), 0);
      const pay = x.step(14000, 32000, 500);
      const wage = fmt(pay, 'uk');
      const wageEn = fmt(pay, 'en');
      const vacancies = count(x.int(900, 14000), W.vacancy);
      return {
        headline: t(
          `${cap(c.uk.loc)} кількість вакансій за рік зросла на ${growth.uk}`,
          `${cap(c.ru.loc)} количество вакансий за год выросло на ${growth.ru}`,
          `Job vacancies ${c.en.loc} up ${growth.en} on a year earlier`,
        ),
        lead: t(
          `Роботодавці найчастіше шукають водіїв, будівельників і кухарів. Середня запропонована зарплата — ${wage} грн.`,
          `Работодатели чаще всего ищут водителей, строителей и поваров. Средняя предлагаемая зарплата — ${wage} грн.`,
          `Employers are most often looking for drivers, builders and cooks, offering an average of UAH ${wageEn} a month.`,
        ),
        body: [
          p(
            `Такі дані наводить один із найбільших сайтів пошуку роботи. Загалом на ньому розміщено ${vacancies.uk} у місті.`,
            `Такие данные приводит один из крупнейших сайтов поиска работы. Всего на нём размещено ${vacancies.ru} в городе.`,
            `The figures come from one of the largest job sites, which lists ${vacancies.en} in the city.`,
          ),
          p(
            'Роботодавці дедалі частіше готові навчати працівників без досвіду та брати на роботу ветеранів і переселенців.',
            'Работодатели всё чаще готовы обучать сотрудников без опыта и брать на работу ветеранов и переселенцев.',
            'Employers are increasingly willing to train staff with no experience and to hire veterans and displaced people.',
          ),
          p(
            'Водночас кандидатів бракує: на одну вакансію в середньому припадає менше ніж два резюме.',
            'Вместе с тем кандидатов не хватает: на одну вакансию в среднем приходится меньше двух резюме.',
            'Candidates are scarce, though: there are on average fewer than two CVs for each vacancy.',
          ),
          q(
            t(
              'Ми піднімаємо зарплати щопівроку й усе одно не можемо закрити всі позиції. Найважче знайти зварювальників і електриків.',
              'Мы поднимаем зарплаты каждые полгода и всё равно не можем закрыть все позиции. Труднее всего найти сварщиков и электриков.',
              'We raise pay every six months and still cannot fill every post. Welders and electricians are the hardest to find.',
            ),
            x.speaker(role('HR-директор будівельної компанії', 'HR-директорка будівельної компанії', 'HR-директор строительной компании', 'HR director at a construction firm')),
          ),
        ],
        more: [
          p(
            'Дефіцит кадрів відчувається в усіх регіонах: частина працівників мобілізована, частина виїхала за кордон.',
            'Дефицит кадров ощущается во всех регионах: часть работников мобилизована, часть уехала за границу.',
            'Staff shortages are felt in every region, as some workers have been mobilised and others have moved abroad.',
          ),
          p(
            'Державна служба зайнятості пропонує роботодавцям компенсацію витрат на навчання нових працівників.',
            'Государственная служба занятости предлагает работодателям компенсацию затрат на обучение новых сотрудников.',
            'The state employment service offers employers compensation for the cost of training new staff.',
          ),
        ],
      };
    },
  },
  {
    key: 'rooftop-solar',
    section: 'economy',
    tags: ['energy', 'banking', 'environment'],
    outlets: ['energy-monitor', 'economic-herald'],
    photos: ['solar-roof'],
    write(x) {
      const c = x.city;
      const mw = x.int(12, 140);
      const homes = x.step(800, 9000, 10);
      return {
        headline: t(
          `Мешканці ${c.uk.regionGen} встановили сонячні станції загальною потужністю ${mw} МВт`,
          `Жители ${c.ru.regionGen} установили солнечные станции общей мощностью ${mw} МВт`,
          `Households ${c.en.regionLoc} add ${mw} MW of rooftop solar power`,
        ),
        lead: t(
          `З початку року станції змонтували понад ${fmt(homes, 'uk')} домогосподарств. Частина з них скористалася пільговими кредитами.`,
          `С начала года станции смонтировали более ${fmt(homes, 'ru')} домохозяйств. Часть из них воспользовалась льготными кредитами.`,
          `More than ${fmt(homes, 'en')} households have installed panels since the start of the year, some of them with cheap loans.`,
        ),
        body: [
          p(
            'Такі дані наводить обласне енергопостачальне підприємство. Більшість установок мають потужність від 5 до 30 кВт і працюють разом з акумуляторами.',
            'Такие данные приводит областное энергоснабжающее предприятие. Большинство установок имеют мощность от 5 до 30 кВт и работают вместе с аккумуляторами.',
            'The figures come from the regional power company. Most systems are between 5 and 30 kW and come with batteries.',
          ),
          p(
            'Попит на сонячні панелі різко зріс після масованих атак на енергосистему: люди хочуть мати світло під час відключень.',
            'Спрос на солнечные панели резко вырос после массированных атак на энергосистему: люди хотят иметь свет во время отключений.',
            'Demand for solar panels soared after mass attacks on the grid, as people want power during outages.',
          ),
          p(
            'Банки видають кредити на домашні станції під 0% за державною програмою: відсотки компенсує держава, а позичальник повертає лише тіло кредиту.',
            'Банки выдают кредиты на домашние станции под 0% по государственной программе: проценты компенсирует государство, а заёмщик возвращает только тело кредита.',
            'Banks offer interest-free loans for home systems under a state scheme: the state pays the interest and borrowers repay only the principal.',
          ),
        ],
        more: [
          q(
            t(
              'Розподілена генерація робить енергосистему стійкішою. Тисячу дахів неможливо вивести з ладу одним ударом.',
              'Распределённая генерация делает энергосистему устойчивее. Тысячу крыш невозможно вывести из строя одним ударом.',
              'Distributed generation makes the grid more resilient. You cannot knock out a thousand rooftops with one strike.',
            ),
            x.speaker(role('експерт з енергетики', 'експертка з енергетики', 'эксперт по энергетике', 'energy expert')),
          ),
          p(
            'Надлишки електроенергії власники станцій можуть продавати в мережу за ринковою ціною.',
            'Излишки электроэнергии владельцы станций могут продавать в сеть по рыночной цене.',
            'Owners can sell surplus power to the grid at market prices.',
          ),
        ],
      };
    },
  },
];
