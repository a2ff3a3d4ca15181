import { cap, countGen, h, num, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on the economy, in the columnists’ first-person voice (rules in index.ts). */
export const ECONOMY_COLUMNS: Template[] = [
  {
    key: 'column-inflation-basket',
    section: 'economy',
    tags: ['inflation', 'prices', 'pensions'],
    outlets: ['economic-herald', 'stat-service'],
    photos: ['market'],
    write(x) {
      const rate = pct(x.dec(4, 14));
      return {
        headline: t(
          `Інфляція ${rate.uk} — це не цифра, а ваш кошик у супермаркеті`,
          `Инфляция ${rate.ru} — это не цифра, а ваша корзина в супермаркете`,
          `Inflation of ${rate.en} is not a statistic. It is your shopping basket`,
        ),
        lead: t(
          'Офіційна статистика й відчуття покупця часто розходяться. Пояснюю, чому праві обидва.',
          'Официальная статистика и ощущения покупателя часто расходятся. Объясняю, почему правы оба.',
          'Official figures and shoppers’ experience often diverge. Here is why both are right.',
        ),
        body: [
          p(
            `Щоразу, коли статистики повідомляють про інфляцію на рівні ${rate.uk}, я отримую листи від читачів: «У мене ціни зросли вдвічі!» І це не перебільшення — для конкретної родини так і є.`,
            `Каждый раз, когда статистики сообщают об инфляции на уровне ${rate.ru}, я получаю письма от читателей: «У меня цены выросли вдвое!» И это не преувеличение — для конкретной семьи так и есть.`,
            `Whenever the statisticians report inflation of ${rate.en}, I get letters from readers saying their prices have doubled. That is no exaggeration: for a particular family, it can be true.`,
          ),
          p(
            'Індекс споживчих цін — це середнє по всій країні й по всьому кошику товарів. Пенсіонерка, яка витрачає більшість грошей на ліки й продукти, живе зовсім з іншою інфляцією, ніж молодий програміст.',
            'Индекс потребительских цен — это среднее по всей стране и по всей корзине товаров. Пенсионерка, которая тратит большую часть денег на лекарства и продукты, живёт совсем с другой инфляцией, чем молодой программист.',
            'The consumer price index is an average across the whole country and a whole basket of goods. A pensioner who spends most of her money on medicine and food lives with very different inflation from a young software developer.',
          ),
          h('Що з цим робити', 'Что с этим делать', 'What to do about it'),
          p(
            'Мені здається, державі варто публікувати кілька індексів: для пенсіонерів, для родин із дітьми, для мешканців сіл. Технічно це нескладно, а політично — чесніше.',
            'Мне кажется, государству стоит публиковать несколько индексов: для пенсионеров, для семей с детьми, для жителей сёл. Технически это несложно, а политически — честнее.',
            'I think the state should publish several indices: for pensioners, for families with children, for people in villages. It is technically easy and politically more honest.',
          ),
          p(
            'А поки що раджу кожному хоча б раз на місяць записувати свої основні витрати. Власна статистика — найкращий захист від чужих середніх цифр.',
            'А пока советую каждому хотя бы раз в месяц записывать свои основные расходы. Собственная статистика — лучшая защита от чужих средних цифр.',
            'In the meantime, I suggest everyone write down their main spending at least once a month. Your own statistics are the best defence against other people’s averages.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-rooftops',
    section: 'economy',
    tags: ['energy', 'environment'],
    outlets: ['energy-monitor'],
    photos: ['solar-roof'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Кожен дах може стати електростанцією. Чому держава досі цього не помітила',
          'Каждая крыша может стать электростанцией. Почему государство до сих пор этого не заметило',
          'Every roof could be a power station. Why has the state not noticed?',
        ),
        lead: t(
          'Децентралізована енергетика — це не мода, а питання національної безпеки.',
          'Децентрализованная энергетика — это не мода, а вопрос национальной безопасности.',
          'Decentralised energy is not a fad. It is a matter of national security.',
        ),
        body: [
          p(
            'Після кожної масованої атаки на енергосистему я рахую, скільки домівок залишилися без світла, а скільки — ні. Ті, в кого на даху сонячні панелі, а в коридорі акумулятор, часто навіть не помічають відключень.',
            'После каждой массированной атаки на энергосистему я считаю, сколько домов остались без света, а сколько — нет. Те, у кого на крыше солнечные панели, а в коридоре аккумулятор, часто даже не замечают отключений.',
            'After every mass attack on the grid I count how many homes lost power and how many did not. Those with solar panels on the roof and a battery in the hall often do not even notice the outages.',
          ),
          p(
            `${cap(c.uk.loc)} таких домівок уже сотні, але здебільшого це ініціатива самих мешканців. Державні програми існують, проте розібратися в них без юриста майже неможливо.`,
            `${cap(c.ru.loc)} таких домов уже сотни, но в основном это инициатива самих жителей. Государственные программы существуют, однако разобраться в них без юриста почти невозможно.`,
            `${cap(c.en.loc)} there are already hundreds of such homes, mostly thanks to residents’ own initiative. State schemes exist, but they are almost impossible to navigate without a lawyer.`,
          ),
          q(
            t(
              'Найдешевша кіловат-година — та, яку не треба передавати за сотні кілометрів.',
              'Самый дешёвый киловатт-час — тот, который не нужно передавать за сотни километров.',
              'The cheapest kilowatt-hour is the one that doesn’t have to travel hundreds of kilometres.',
            ),
            t('Стара приказка енергетиків', 'Старая поговорка энергетиков', 'An old saying among power engineers'),
          ),
          p(
            'Я пропоную просте правило: одна заява, один місяць, одна зрозуміла компенсація. Решту ринок зробить сам.',
            'Я предлагаю простое правило: одно заявление, один месяц, одна понятная компенсация. Остальное рынок сделает сам.',
            'I propose a simple rule: one application, one month, one clear subsidy. The market will do the rest.',
          ),
          p(
            'Енергосистема, що складається з мільйона маленьких джерел, не має єдиної точки, яку можна вразити. У цьому її головна сила.',
            'Энергосистема, состоящая из миллиона маленьких источников, не имеет единой точки, которую можно поразить. В этом её главная сила.',
            'A grid made of a million small sources has no single point that can be hit. That is its great strength.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-stable-rules',
    section: 'economy',
    tags: ['small-business', 'reforms', 'jobs'],
    outlets: ['economic-herald'],
    photos: ['market', 'banknotes'],
    write(x) {
      const c = x.city;
      const share = pct(x.step(30, 55, 5), 0);
      return {
        headline: t(
          'Малий бізнес не просить пільг. Він просить, щоб правила не змінювалися щопівроку',
          'Малый бизнес не просит льгот. Он просит, чтобы правила не менялись каждые полгода',
          'Small businesses are not asking for tax breaks, just for rules that last longer than six months',
        ),
        lead: t(
          'Податки можна спланувати. Несподіванки — ні. Саме вони вбивають підприємництво найшвидше.',
          'Налоги можно спланировать. Неожиданности — нет. Именно они убивают предпринимательство быстрее всего.',
          'Taxes can be planned for. Surprises cannot, and they are what kill enterprise fastest.',
        ),
        body: [
          p(
            `Днями мені довелося довго говорити з власницею невеликої пекарні ${c.uk.loc}. Вона не скаржилася ні на податки, ні на конкурентів. Її головна проблема — за останні два роки правила для таких, як вона, змінювалися кілька разів, і щоразу з попередженням за місяць.`,
            `На днях мне довелось долго говорить с владелицей небольшой пекарни ${c.ru.loc}. Она не жаловалась ни на налоги, ни на конкурентов. Её главная проблема — за последние два года правила для таких, как она, менялись несколько раз, и каждый раз с предупреждением за месяц.`,
            `I recently had a long conversation with the owner of a small bakery ${c.en.loc}. She did not complain about taxes or competitors. Her main problem is that in the past two years the rules for businesses like hers have changed several times, each time with a month’s notice.`,
          ),
          p(
            'Для великої компанії з юридичним відділом це незручність. Для підприємця, який веде облік увечері після роботи, це ризик штрафу, заблокованого рахунку й безсонних ночей.',
            'Для крупной компании с юридическим отделом это неудобство. Для предпринимателя, который ведёт учёт вечером после работы, это риск штрафа, заблокированного счёта и бессонных ночей.',
            'For a big company with a legal department this is an inconvenience. For a sole trader doing the books in the evening after work, it means the risk of fines, a frozen bank account and sleepless nights.',
          ),
          p(
            `За опитуваннями, ${share.uk} малих підприємців називають непередбачуваність правил більшою проблемою, ніж розмір податків.`,
            `По опросам, ${share.ru} малых предпринимателей называют непредсказуемость правил большей проблемой, чем размер налогов.`,
            `In surveys, ${share.en} of small business owners say unpredictable rules are a bigger problem than the level of tax.`,
          ),
          h('Моя пропозиція', 'Моё предложение', 'My proposal'),
          p(
            'Будь-яка зміна, що стосується малого бізнесу, має набувати чинності не раніше ніж через рік після ухвалення. Жодних винятків, окрім справжніх надзвичайних ситуацій. Держава від цього нічого не втратить, а підприємці отримають головне — можливість планувати.',
            'Любое изменение, касающееся малого бизнеса, должно вступать в силу не раньше чем через год после принятия. Никаких исключений, кроме настоящих чрезвычайных ситуаций. Государство от этого ничего не потеряет, а предприниматели получат главное — возможность планировать.',
            'Any change affecting small businesses should take effect no sooner than a year after it is passed, with no exceptions except genuine emergencies. The state would lose nothing, and business owners would gain what matters most: the ability to plan.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-grain-value',
    section: 'economy',
    tags: ['grain', 'exports', 'agriculture'],
    outlets: ['agro-news', 'economic-herald'],
    photos: ['grain-port', 'wheat-field'],
    write(x) {
      const tonnes = num(x.int(38, 52));
      return {
        headline: t(
          'Продавати зерно добре, а продавати борошно, олію й корми — ще краще',
          'Продавать зерно хорошо, а продавать муку, масло и корма — ещё лучше',
          'Selling grain is good. Selling flour, oil and animal feed would be even better',
        ),
        lead: t(
          'Україна годує світ сировиною. Настав час заробляти на тому, що з неї роблять.',
          'Украина кормит мир сырьём. Пора зарабатывать на том, что из него делают.',
          'Ukraine feeds the world with raw crops. It is time to earn from what is made of them.',
        ),
        body: [
          p(
            `Цього сезону країна, за прогнозами, експортує близько ${tonnes.uk} млн тонн зерна. За цією цифрою стоїть праця аграріїв під обстрілами. Але щоразу, коли я бачу її в новинах, мені хочеться спитати: а скільки з цього ми могли б переробити вдома?`,
            `В этом сезоне страна, по прогнозам, экспортирует около ${tonnes.ru} млн тонн зерна. За этой цифрой стоит труд аграриев под обстрелами. Но каждый раз, когда я вижу её в новостях, мне хочется спросить: а сколько из этого мы могли бы переработать дома?`,
            `This season the country is expected to export some ${tonnes.en} million tonnes of grain. Behind that figure is the work of farmers under fire. But every time I see it in the news I want to ask: how much of it could we process at home?`,
          ),
          p(
            'Тонна кукурудзи, відвантажена в порту, приносить країні одні гроші. Та сама тонна, перетворена на корм для птиці чи крохмаль, — у кілька разів більше, а ще робочі місця, податки й замовлення для місцевих перевізників.',
            'Тонна кукурузы, отгруженная в порту, приносит стране одни деньги. Та же тонна, превращённая в корм для птицы или крахмал, — в несколько раз больше, а ещё рабочие места, налоги и заказы для местных перевозчиков.',
            'A tonne of maize loaded at the port earns the country one sum. The same tonne turned into poultry feed or starch earns several times as much, plus jobs, taxes and orders for local hauliers.',
          ),
          p(
            'Перешкоди відомі: дорогі кредити, ризики для заводів поблизу фронту, нестабільна енергетика. Усі вони розв’язні, якщо держава перестане вважати переробку справою самого бізнесу.',
            'Препятствия известны: дорогие кредиты, риски для заводов вблизи фронта, нестабильная энергетика. Все они решаемы, если государство перестанет считать переработку делом самого бизнеса.',
            'The obstacles are well known: expensive credit, the risks to plants near the front, an unreliable power supply. All of them can be overcome if the state stops treating processing as business’s problem alone.',
          ),
          h('Що варто зробити', 'Что стоит сделать', 'What should be done'),
          ul(
            t('страхування воєнних ризиків для нових переробних заводів', 'страхование военных рисков для новых перерабатывающих заводов', 'war-risk insurance for new processing plants'),
            t('дешеві кредити під обладнання, а не лише під посівну', 'дешёвые кредиты на оборудование, а не только на посевную', 'cheap loans for equipment, not just for sowing'),
            t('переговори з ЄС про квоти на готову продукцію', 'переговоры с ЕС о квотах на готовую продукцию', 'talks with the EU on quotas for processed goods'),
          ),
          p(
            'Аграрна країна — це не вирок. Це можливість, якою ми поки що користуємося наполовину.',
            'Аграрная страна — это не приговор. Это возможность, которой мы пока пользуемся наполовину.',
            'Being an agricultural country is not a life sentence. It is an opportunity we are only half using.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-labour-market',
    section: 'economy',
    tags: ['jobs', 'small-business', 'veterans'],
    outlets: ['economic-herald', 'stat-service'],
    write(x) {
      const c = x.city;
      const vacancies = countGen(x.step(2000, 9000, 500), W.vacancy);
      return {
        headline: t(
          'Ринок праці змінився назавжди: тепер роботодавці змагаються за людей',
          'Рынок труда изменился навсегда: теперь работодатели борются за людей',
          'The jobs market has changed for good: now employers compete for workers',
        ),
        lead: t(
          'Нестача працівників — не тимчасова проблема. Виграють ті, хто першим це визнає.',
          'Нехватка работников — не временная проблема. Выиграют те, кто первым это признает.',
          'The shortage of workers is not a passing problem. Those who admit it first will come out ahead.',
        ),
        body: [
          p(
            `Тільки ${c.uk.loc} на сайтах пошуку роботи зараз понад ${vacancies.uk}: водії, зварювальники, медсестри, кухарі. Причини всі знають — мобілізація, виїзд за кордон, старіння населення. Жодна з них не зникне за рік чи два.`,
            `Только ${c.ru.loc} на сайтах поиска работы сейчас более ${vacancies.ru}: водители, сварщики, медсёстры, повара. Причины все знают — мобилизация, выезд за границу, старение населения. Ни одна из них не исчезнет за год или два.`,
            `${cap(c.en.loc)} alone, job sites list more than ${vacancies.en}: drivers, welders, nurses, cooks. Everyone knows why: mobilisation, emigration, an ageing population. None of these will go away in a year or two.`,
          ),
          p(
            'Тож роботодавцям доведеться робити те, чого багато хто уникав роками: платити більше, навчати людей самотужки, пропонувати гнучкий графік батькам і людям старшого віку, облаштовувати робочі місця для ветеранів з інвалідністю.',
            'Так что работодателям придётся делать то, чего многие избегали годами: платить больше, обучать людей своими силами, предлагать гибкий график родителям и людям старшего возраста, обустраивать рабочие места для ветеранов с инвалидностью.',
            'So employers will have to do what many have avoided for years: pay more, train people themselves, offer flexible hours to parents and older workers, and adapt workplaces for disabled veterans.',
          ),
          q(
            t(
              'Колись ми обирали з десяти кандидатів. Тепер кандидат обирає з десяти роботодавців.',
              'Когда-то мы выбирали из десяти кандидатов. Теперь кандидат выбирает из десяти работодателей.',
              'We used to choose from ten candidates. Now the candidate chooses from ten employers.',
            ),
            x.speaker(role('директор виробничої компанії', 'директорка виробничої компанії', 'директор производственной компании', 'managing director of a manufacturer')),
          ),
          p(
            'Держава теж може допомогти: дешевше професійне навчання, зрозумілі правила для іноземних працівників, податкові стимули для тих, хто наймає людей після довгої перерви. Але головне рішення за бізнесом.',
            'Государство тоже может помочь: более дешёвое профессиональное обучение, понятные правила для иностранных работников, налоговые стимулы для тех, кто нанимает людей после долгого перерыва. Но главное решение за бизнесом.',
            'The state can help too: cheaper vocational training, clear rules for foreign workers, tax incentives for hiring people after a long break. But the main decision rests with business.',
          ),
          p(
            'Компанії, які сьогодні вчаться втримувати людей, завтра матимуть найкращих працівників. Решта вічно шукатиме.',
            'Компании, которые сегодня учатся удерживать людей, завтра получат лучших работников. Остальные будут вечно искать.',
            'The companies learning to keep their people today will have the best staff tomorrow. The rest will be advertising for ever.',
          ),
        ],
        more: [],
      };
    },
  },
];
