import { cap, count, fmt, h, p, pct, q, role, t, ul, type Template } from '../kit.js';
import { W } from '../nouns.js';

/** Columns on defence, in the columnists’ first-person voice (rules in index.ts). */
export const DEFENCE_COLUMNS: Template[] = [
  {
    key: 'column-veterans-home',
    section: 'defence',
    tags: ['veterans', 'jobs', 'local-government'],
    outlets: ['defence-review', 'regional-news'],
    photos: ['veterans-hub'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Ветерани повертаються додому. Чи готові до цього наші громади?',
          'Ветераны возвращаются домой. Готовы ли к этому наши громады?',
          'Veterans are coming home. Are our communities ready?',
        ),
        lead: t(
          'Повернення з війни — це не подія, а процес. І він залежить від сусідів не менше, ніж від держави.',
          'Возвращение с войны — это не событие, а процесс. И он зависит от соседей не меньше, чем от государства.',
          'Coming back from war is not an event but a process, and it depends on neighbours as much as on the state.',
        ),
        body: [
          p(
            `За оцінками, після війни в Україні будуть мільйони ветеранів і ветеранок — приблизно кожен десятий дорослий. ${cap(c.uk.loc)}, як і всюди, їх уже тисячі.`,
            `По оценкам, после войны в Украине будут миллионы ветеранов — примерно каждый десятый взрослый. ${cap(c.ru.loc)}, как и везде, их уже тысячи.`,
            `By some estimates there will be millions of veterans in Ukraine after the war, roughly one adult in ten. ${cap(c.en.loc)}, as everywhere, there are already thousands.`,
          ),
          p(
            'Держава робить чимало: виплати, реабілітація, гранти на власну справу. Але жодна програма не замінить роботодавця, який не боїться взяти ветерана на роботу, чи сусіда, який просто запросить на каву.',
            'Государство делает немало: выплаты, реабилитация, гранты на собственное дело. Но никакая программа не заменит работодателя, который не боится взять ветерана на работу, или соседа, который просто пригласит на кофе.',
            'The state does a lot: payments, rehabilitation, start-up grants. But no programme can replace an employer who is not afraid to hire a veteran, or a neighbour who simply asks them round for coffee.',
          ),
          h('Що може зробити громада', 'Что может сделать громада', 'What a community can do'),
          ul(
            t('створити ветеранський простір із психологом і юристом', 'создать ветеранское пространство с психологом и юристом', 'open a veterans’ centre with a psychologist and a lawyer'),
            t('навчити працівників ЦНАПів говорити з ветеранами', 'научить сотрудников ЦПАУ общаться с ветеранами', 'train council service staff to talk to veterans'),
            t('залучати ветеранів до ухвалення місцевих рішень', 'привлекать ветеранов к принятию местных решений', 'involve veterans in local decision-making'),
          ),
          p(
            'Ветерани — не проблема, яку треба розв’язати. Це люди, які вже довели, що здатні брати на себе відповідальність. Громади, які це зрозуміють, стануть сильнішими.',
            'Ветераны — не проблема, которую нужно решить. Это люди, которые уже доказали, что способны брать на себя ответственность. Громады, которые это поймут, станут сильнее.',
            'Veterans are not a problem to be solved. They are people who have already shown they can take responsibility. Communities that understand this will be stronger for it.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-defence-twice',
    section: 'defence',
    tags: ['defence-industry', 'drones', 'budget'],
    outlets: ['defence-review', 'economic-herald'],
    photos: ['drone-workshop'],
    write(x) {
      const load = pct(x.step(30, 60, 5), 0);
      return {
        headline: t(
          'Гроші, вкладені в оборонну промисловість, повертаються в економіку двічі',
          'Деньги, вложенные в оборонную промышленность, возвращаются в экономику дважды',
          'Money invested in the defence industry comes back to the economy twice',
        ),
        lead: t(
          'Кожна гривня, витрачена на зброю вдома, а не за кордоном, — це зарплати, податки й технології, що залишаються в країні.',
          'Каждая гривна, потраченная на оружие дома, а не за рубежом, — это зарплаты, налоги и технологии, которые остаются в стране.',
          'Every hryvnia spent on weapons at home rather than abroad means wages, taxes and technology that stay in the country.',
        ),
        body: [
          p(
            `Мене часто питають, чи не забагато країна витрачає на оборону. Моя відповідь: питання не в тому, скільки ми витрачаємо, а в тому, де саме. За оцінками галузі, вітчизняні виробники завантажені лише приблизно на ${load.uk}.`,
            `Меня часто спрашивают, не слишком ли много страна тратит на оборону. Мой ответ: вопрос не в том, сколько мы тратим, а в том, где именно. По оценкам отрасли, отечественные производители загружены лишь примерно на ${load.ru}.`,
            `People often ask me whether the country spends too much on defence. My answer is that the question is not how much we spend but where. Industry estimates suggest domestic manufacturers are working at only about ${load.en} of capacity.`,
          ),
          p(
            'Коли дрон чи снаряд купують за кордоном, гроші йдуть туди разом із робочими місцями й податками. Коли їх виготовляють удома, держава повертає частину витрат через податки, а інженери, зварювальники й програмісти отримують роботу.',
            'Когда дрон или снаряд покупают за рубежом, деньги уходят туда вместе с рабочими местами и налогами. Когда их производят дома, государство возвращает часть расходов через налоги, а инженеры, сварщики и программисты получают работу.',
            'When a drone or a shell is bought abroad, the money leaves with the jobs and the taxes. When it is made at home, the state gets part of the cost back in taxes, and engineers, welders and programmers get work.',
          ),
          q(
            t(
              'Нам не потрібні субсидії. Нам потрібні контракти на три роки замість трьох місяців.',
              'Нам не нужны субсидии. Нам нужны контракты на три года вместо трёх месяцев.',
              'We do not need subsidies. We need three-year contracts instead of three-month ones.',
            ),
            x.speaker(role('директор оборонного підприємства', 'директорка оборонного підприємства', 'директор оборонного предприятия', 'head of a defence manufacturer')),
          ),
          p(
            'Довгі контракти, прозорі закупівлі й експорт надлишків під контролем держави — ось три кроки, які перетворять оборону з витрат на інвестицію. Безпека й економіка тут не конкурують, а працюють разом.',
            'Длинные контракты, прозрачные закупки и экспорт излишков под контролем государства — вот три шага, которые превратят оборону из расходов в инвестицию. Безопасность и экономика здесь не конкурируют, а работают вместе.',
            'Long contracts, transparent procurement and state-controlled exports of surplus: these three steps would turn defence from a cost into an investment. Here security and the economy do not compete; they work together.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-demining-bread',
    section: 'defence',
    tags: ['demining', 'agriculture', 'grain'],
    outlets: ['defence-review', 'agro-news'],
    photos: ['demining', 'wheat-field'],
    write(x) {
      const low = x.step(300, 800, 100);
      const high = low * x.int(3, 5);
      return {
        headline: t(
          'Розмінування — це не лише безпека, а й хліб на наших столах',
          'Разминирование — это не только безопасность, но и хлеб на наших столах',
          'Demining is not only about safety. It is about the bread on our tables',
        ),
        lead: t(
          'Заміновані поля — це втрачений урожай, втрачені робочі місця й загроза для кожного, хто виходить у поле.',
          'Заминированные поля — это потерянный урожай, потерянные рабочие места и угроза для каждого, кто выходит в поле.',
          'Mined fields mean lost harvests, lost jobs and danger for everyone who goes out to work them.',
        ),
        body: [
          p(
            'За оцінками, потенційно небезпечними залишаються мільйони гектарів землі, і значна частина з них — сільськогосподарські угіддя. Це площа, яка могла б годувати цілі країни.',
            'По оценкам, потенциально опасными остаются миллионы гектаров земли, и значительная часть из них — сельскохозяйственные угодья. Это площадь, которая могла бы кормить целые страны.',
            'By some estimates, millions of hectares of land may still be dangerous, much of it farmland. That is an area that could feed whole countries.',
          ),
          p(
            `Очищення одного гектара коштує, за різними оцінками, від ${fmt(low, 'uk')} до ${fmt(high, 'uk')} доларів. Здається, що дорого. Але гектар пшениці щороку приносить сотні доларів доходу, податки й роботу для людей у селі, і так десятиліттями.`,
            `Очистка одного гектара стоит, по разным оценкам, от ${fmt(low, 'ru')} до ${fmt(high, 'ru')} долларов. Кажется, что дорого. Но гектар пшеницы каждый год приносит сотни долларов дохода, налоги и работу для людей в селе, и так десятилетиями.`,
            `Clearing a hectare costs, by various estimates, between $${fmt(low, 'en')} and $${fmt(high, 'en')}. That sounds expensive. But a hectare of wheat brings in hundreds of dollars a year, plus taxes and jobs in the village, and it does so for decades.`,
          ),
          p(
            'Тому я вважаю розмінування не витратою, а однією з найвигідніших інвестицій держави. Проблема у швидкості: сертифікованих операторів мало, техніка дорога, а процедури передачі очищеної землі власникам досі надто повільні.',
            'Поэтому я считаю разминирование не расходом, а одной из самых выгодных инвестиций государства. Проблема в скорости: сертифицированных операторов мало, техника дорогая, а процедуры передачи очищенной земли владельцам до сих пор слишком медленные.',
            'That is why I see demining not as a cost but as one of the best investments the state can make. The problem is speed: there are few certified operators, the machinery is expensive, and handing cleared land back to its owners is still far too slow.',
          ),
          h('Що пришвидшило б роботу', 'Что ускорило бы работу', 'What would speed things up'),
          ul(
            t('компенсація фермерам, які замовляють розмінування власних полів', 'компенсация фермерам, которые заказывают разминирование собственных полей', 'compensation for farmers who pay to have their own fields cleared'),
            t('виробництво машин для розмінування в Україні', 'производство машин для разминирования в Украине', 'building demining machines in Ukraine'),
            t('єдина відкрита мапа очищених і небезпечних територій', 'единая открытая карта очищенных и опасных территорий', 'a single open map of cleared and dangerous land'),
          ),
          p(
            'Кожне поле, повернуте до життя, — це маленька перемога, яку видно навіть із космосу.',
            'Каждое поле, возвращённое к жизни, — это маленькая победа, которую видно даже из космоса.',
            'Every field brought back to life is a small victory that can be seen even from space.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-locked-shelters',
    section: 'defence',
    tags: ['civil-protection', 'local-government'],
    outlets: ['regional-news', 'defence-review'],
    photos: ['shelter'],
    write(x) {
      const c = x.city;
      const checked = count(x.step(100, 600, 20), W.shelter);
      const closed = pct(x.step(15, 40, 5), 0);
      return {
        headline: t(
          'Укриття, до якого неможливо потрапити вночі, — це не укриття',
          'Укрытие, в которое невозможно попасть ночью, — это не укрытие',
          'A shelter you cannot get into at night is not a shelter at all',
        ),
        lead: t(
          'Перевірки показують ту саму картину: замки, захаращені підвали й таблички, що ведуть у нікуди.',
          'Проверки показывают одну и ту же картину: замки, захламлённые подвалы и таблички, ведущие в никуда.',
          'Inspections keep finding the same things: locked doors, cluttered basements and signs that lead nowhere.',
        ),
        body: [
          p(
            `Під час останньої перевірки ${c.uk.loc} обстежили ${checked.uk}. Зачиненими або непридатними виявилися ${closed.uk} з них.`,
            `Во время последней проверки ${c.ru.loc} обследовали ${checked.ru}. Закрытыми или непригодными оказались ${closed.ru} из них.`,
            `In the latest inspection ${c.en.loc}, ${checked.en} were checked. Of those, ${closed.en} were locked or unusable.`,
          ),
          p(
            'За кожним відсотком — люди, які о третій ночі під звуки вибухів стоять перед замкненими дверима. Хтось біжить до іншого укриття, хтось повертається додому й лягає в коридорі.',
            'За каждым процентом — люди, которые в три часа ночи под звуки взрывов стоят перед запертыми дверями. Кто-то бежит к другому укрытию, кто-то возвращается домой и ложится в коридоре.',
            'Behind every percentage point are people standing at a locked door at three in the morning to the sound of explosions. Some run to another shelter; some go home and lie down in the hallway.',
          ),
          p(
            'Відповідальність розмита між власниками будівель, ОСББ, управителями й міською радою, тож у підсумку не відповідає ніхто. Я пропоную просте правило: на дверях кожного укриття — ім’я й телефон людини, яка відповідає за те, щоб воно було відчинене.',
            'Ответственность размыта между владельцами зданий, ОСМД, управляющими компаниями и горсоветом, так что в итоге не отвечает никто. Я предлагаю простое правило: на двери каждого укрытия — имя и телефон человека, который отвечает за то, чтобы оно было открыто.',
            'Responsibility is spread among building owners, residents’ associations, management companies and the city council, so in the end nobody is responsible. I propose a simple rule: on the door of every shelter, the name and phone number of the person whose job it is to keep it open.',
          ),
          h('Що можна зробити самим', 'Что можно сделать самим', 'What we can do ourselves'),
          ul(
            t('перевірити найближче укриття вдень, а не під час тривоги', 'проверить ближайшее укрытие днём, а не во время тревоги', 'check your nearest shelter in daylight, not during an alert'),
            t('повідомити про зачинені двері через міський застосунок або гарячу лінію', 'сообщить о закрытой двери через городское приложение или горячую линию', 'report locked doors through the city app or hotline'),
            t('домовитися із сусідами, хто зберігає запасний ключ', 'договориться с соседями, кто хранит запасной ключ', 'agree with your neighbours on who keeps a spare key'),
          ),
        ],
        more: [],
      };
    },
  },
];
