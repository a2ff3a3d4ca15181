import { h, p, pct, q, role, t, ul, type Template } from '../kit.js';

/** Columns on health, in the columnists’ first-person voice (rules in index.ts). */
export const HEALTH_COLUMNS: Template[] = [
  {
    key: 'column-family-doctor',
    section: 'health',
    tags: ['hospitals', 'medicines'],
    outlets: ['medical-weekly'],
    photos: ['hospital-corridor', 'pharmacy'],
    write(x) {
      const patients = x.step(25, 45, 5);
      return {
        headline: t(
          'Сімейний лікар — не диспетчер направлень. Чому нам варто більше довіряти одне одному',
          'Семейный врач — не диспетчер направлений. Почему нам стоит больше доверять друг другу',
          'A family doctor is not a referral clerk. Why we should trust each other more',
        ),
        lead: t(
          'Пацієнти хочуть до «вузького спеціаліста», лікарі скаржаться на брак часу. Розірвати це коло можна.',
          'Пациенты хотят к «узкому специалисту», врачи жалуются на нехватку времени. Разорвать этот круг можно.',
          'Patients want to see a specialist; doctors complain they have no time. The circle can be broken.',
        ),
        body: [
          p(
            `Щодня до мене приходить близько ${patients} пацієнтів, і майже кожен другий просить направлення до кардіолога, невролога чи ендокринолога. Часто — без жодної потреби.`,
            `Каждый день ко мне приходит около ${patients} пациентов, и почти каждый второй просит направление к кардиологу, неврологу или эндокринологу. Часто — без всякой необходимости.`,
            `About ${patients} patients come to see me every day, and almost every other one asks to be referred to a cardiologist, neurologist or endocrinologist. Often there is no need at all.`,
          ),
          p(
            'Я розумію цих людей. Роками нас привчали, що «справжній» лікар — вузький спеціаліст, а терапевт лише виписує папірці. Але більшість проблем, з якими до мене приходять, можна і треба розв’язати на місці.',
            'Я понимаю этих людей. Годами нас приучали к тому, что «настоящий» врач — узкий специалист, а терапевт лишь выписывает бумажки. Но большинство проблем, с которыми ко мне приходят, можно и нужно решить на месте.',
            'I understand them. For years we were taught that a “real” doctor is a specialist and a GP merely fills in forms. But most of the problems people bring me can and should be dealt with on the spot.',
          ),
          q(
            t(
              'Добрий лікар лікує хворобу, а великий — пацієнта, який на неї хворіє.',
              'Хороший врач лечит болезнь, а великий — пациента, который ею болеет.',
              'The good physician treats the disease; the great physician treats the patient who has the disease.',
            ),
            t('Вільям Ослер, канадський лікар', 'Уильям Ослер, канадский врач', 'William Osler, Canadian physician'),
          ),
          p(
            'Довіра будується повільно: десятихвилинна консультація, на якій лікар встигає вислухати, а пацієнт — запитати. Для цього нам, лікарям, потрібно менше паперів, а пацієнтам — трохи більше терпіння.',
            'Доверие строится медленно: десятиминутная консультация, на которой врач успевает выслушать, а пациент — спросить. Для этого нам, врачам, нужно меньше бумаг, а пациентам — чуть больше терпения.',
            'Trust is built slowly, in a ten-minute appointment where the doctor has time to listen and the patient time to ask. For that, we doctors need less paperwork, and patients a little more patience.',
          ),
          p(
            'Наступного разу, коли ви прийдете по направлення, спробуйте спершу розповісти, що вас турбує. Можливо, воно й не знадобиться.',
            'В следующий раз, когда вы придёте за направлением, попробуйте сначала рассказать, что вас беспокоит. Возможно, оно и не понадобится.',
            'Next time you come in for a referral, try telling your doctor first what is bothering you. You may not need one after all.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-vaccine-talk',
    section: 'health',
    tags: ['vaccination', 'flu', 'hospitals'],
    outlets: ['medical-weekly'],
    photos: ['vaccination'],
    write(x) {
      const coverage = pct(x.int(72, 88), 0);
      return {
        headline: t(
          'Про щеплення варто говорити спокійно: без страху й без зверхності',
          'О прививках стоит говорить спокойно: без страха и без высокомерия',
          'We should talk about vaccines calmly, without fear or condescension',
        ),
        lead: t(
          'Сумніви батьків — не ворожість. Це запитання, на які лікарі мають відповідати.',
          'Сомнения родителей — не враждебность. Это вопросы, на которые врачи должны отвечать.',
          'Parents’ doubts are not hostility. They are questions that doctors ought to answer.',
        ),
        body: [
          p(
            `Охоплення дітей плановими щепленнями в країні сьогодні становить близько ${coverage.uk}. Це менше, ніж потрібно, щоб надійно захистити всіх від кору чи поліомієліту.`,
            `Охват детей плановыми прививками в стране сегодня составляет около ${coverage.ru}. Это меньше, чем нужно, чтобы надёжно защитить всех от кори или полиомиелита.`,
            `Routine childhood vaccination coverage in the country now stands at around ${coverage.en}. That is lower than is needed to protect everyone reliably against measles or polio.`,
          ),
          p(
            'Причина здебільшого не в противниках вакцинації. Вона у втомлених батьках, які мають десятки запитань і не мають часу їх поставити, і в лікарях, які не мають часу вислухати.',
            'Причина в основном не в противниках вакцинации. Она в уставших родителях, у которых десятки вопросов и нет времени их задать, и во врачах, у которых нет времени выслушать.',
            'The reason is mostly not the anti-vaccine campaigners. It is tired parents who have dozens of questions and no time to ask them, and doctors who have no time to listen.',
          ),
          p(
            'Мені здається, найгірше, що може зробити лікар, — відповісти на сумнів зверхньо. «Ви що, начиталися інтернету?» — і людина йде туди, де її хоча б вислухають, навіть якщо там її обманюють.',
            'Мне кажется, худшее, что может сделать врач, — ответить на сомнение свысока. «Вы что, начитались интернета?» — и человек уходит туда, где его хотя бы выслушают, даже если там его обманывают.',
            'The worst thing a doctor can do, I think, is to meet doubt with condescension. “Have you been reading the internet?” And the person goes off to wherever they will at least be heard, even if they are lied to there.',
          ),
          h('Що допомагає насправді', 'Что помогает на самом деле', 'What actually helps'),
          ul(
            t('окрема коротка консультація лише для запитань про щеплення', 'отдельная короткая консультация только для вопросов о прививках', 'a short appointment just for questions about vaccines'),
            t('зрозумілі пам’ятки про побічні реакції, без дрібного шрифту', 'понятные памятки о побочных реакциях, без мелкого шрифта', 'clear leaflets on side effects, with no small print'),
            t('нагадування про щеплення в застосунку, а не лише в паперовій картці', 'напоминания о прививках в приложении, а не только в бумажной карточке', 'vaccination reminders in an app, not just on a paper record'),
          ),
          p(
            'Довіру не можна наказати. Її можна лише заробити — по одному пацієнту за раз.',
            'Доверие нельзя приказать. Его можно только заработать — по одному пациенту за раз.',
            'Trust cannot be ordered. It can only be earned, one patient at a time.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-mental-health-shame',
    section: 'health',
    tags: ['mental-health', 'hospitals'],
    outlets: ['medical-weekly'],
    photos: ['hospital-corridor'],
    write(x) {
      const share = pct(x.step(40, 70, 5), 0);
      return {
        headline: t(
          'Сказати «мені погано» — не слабкість. Про психічне здоров’я без сорому',
          'Сказать «мне плохо» — не слабость. О психическом здоровье без стыда',
          'Saying “I am not all right” is not weakness. On mental health without shame',
        ),
        lead: t(
          'Після років війни тривога й безсоння стали нормою. Але нормою не має бути мовчання про них.',
          'После лет войны тревога и бессонница стали нормой. Но нормой не должно быть молчание о них.',
          'After years of war, anxiety and sleeplessness have become normal. Silence about them should not be.',
        ),
        body: [
          p(
            `За різними опитуваннями, близько ${share.uk} українців мають симптоми тривоги чи депресії. Це не дивно: ми живемо в умовах, до яких людська психіка не пристосована.`,
            `По разным опросам, около ${share.ru} украинцев имеют симптомы тревоги или депрессии. Это неудивительно: мы живём в условиях, к которым человеческая психика не приспособлена.`,
            `Various surveys suggest around ${share.en} of Ukrainians have symptoms of anxiety or depression. That is hardly surprising: we are living in conditions the human mind was not built for.`,
          ),
          p(
            'Дивно інше: як мало людей звертаються по допомогу. Хтось вважає, що «іншим гірше». Хтось боїться здатися слабким. Хтось просто не знає, куди піти.',
            'Странно другое: как мало людей обращаются за помощью. Кто-то считает, что «другим хуже». Кто-то боится показаться слабым. Кто-то просто не знает, куда пойти.',
            'What is surprising is how few people seek help. Some think others have it worse. Some are afraid of looking weak. Some simply do not know where to go.',
          ),
          p(
            'Тепер до сімейного лікаря можна прийти і з тривогою, і з безсонням. Лікарі первинної ланки навчаються базової психологічної допомоги, а консультацію фахівця можна отримати безоплатно за направленням.',
            'Теперь к семейному врачу можно прийти и с тревогой, и с бессонницей. Врачи первичного звена учатся базовой психологической помощи, а консультацию специалиста можно получить бесплатно по направлению.',
            'You can now see your family doctor about anxiety or sleeplessness. GPs are being trained in basic psychological support, and a specialist consultation is free with a referral.',
          ),
          q(
            t(
              'Ми не лікуємо «слабкість». Ми лікуємо нормальну реакцію на ненормальні обставини.',
              'Мы не лечим «слабость». Мы лечим нормальную реакцию на ненормальные обстоятельства.',
              'We do not treat “weakness”. We treat a normal reaction to abnormal circumstances.',
            ),
            x.speaker(role('психіатр', 'психіатриня', 'психиатр', 'psychiatrist')),
          ),
          p(
            'Якщо вам погано вже кілька тижнів поспіль, скажіть про це лікарю, близьким, будь-кому. Це перший і найважчий крок. Решту ми пройдемо разом.',
            'Если вам плохо уже несколько недель подряд, скажите об этом врачу, близким, кому угодно. Это первый и самый трудный шаг. Остальное мы пройдём вместе.',
            'If you have felt bad for several weeks in a row, tell someone: a doctor, your family, anyone. It is the first and hardest step. We will take the rest together.',
          ),
        ],
        more: [],
      };
    },
  },
  {
    key: 'column-rehab-half',
    section: 'health',
    tags: ['rehabilitation', 'hospitals', 'veterans'],
    outlets: ['medical-weekly'],
    photos: ['rehab-gym'],
    write(x) {
      const c = x.city;
      return {
        headline: t(
          'Реабілітація — не бонус до лікування, а його друга половина',
          'Реабилитация — не бонус к лечению, а его вторая половина',
          'Rehabilitation is not an extra on top of treatment but its second half',
        ),
        lead: t(
          'Вдала операція — це лише початок. Повернення до звичайного життя відбувається в реабілітаційному залі.',
          'Удачная операция — это только начало. Возвращение к обычной жизни происходит в реабилитационном зале.',
          'A successful operation is only the beginning. The return to ordinary life happens in the rehabilitation gym.',
        ),
        body: [
          p(
            `Нещодавно мені довелося провести день у реабілітаційному центрі ${c.uk.loc}. Пацієнти після інсультів, травм, ампутацій — і черга на місяці вперед.`,
            `Недавно мне довелось провести день в реабилитационном центре ${c.ru.loc}. Пациенты после инсультов, травм, ампутаций — и очередь на месяцы вперёд.`,
            `I recently spent a day at a rehabilitation centre ${c.en.loc}. Patients recovering from strokes, injuries and amputations, and a waiting list months long.`,
          ),
          p(
            'Ми звикли думати, що лікування закінчується, коли пацієнта виписують. Насправді для багатьох людей саме тоді починається найважча робота: знову навчитися ходити, тримати ложку, говорити.',
            'Мы привыкли думать, что лечение заканчивается, когда пациента выписывают. На самом деле для многих людей именно тогда начинается самая тяжёлая работа: заново научиться ходить, держать ложку, говорить.',
            'We are used to thinking that treatment ends when the patient is discharged. In fact, for many people that is when the hardest work begins: learning again to walk, to hold a spoon, to speak.',
          ),
          p(
            'Найважливіше — почати вчасно. Кожен тиждень затримки після інсульту чи травми означає повільніше й неповніше відновлення. Тому реабілітація має починатися ще в лікарняній палаті, а не після місяців очікування.',
            'Самое важное — начать вовремя. Каждая неделя задержки после инсульта или травмы означает более медленное и менее полное восстановление. Поэтому реабилитация должна начинаться ещё в больничной палате, а не после месяцев ожидания.',
            'Timing matters most. Every week of delay after a stroke or injury means a slower and less complete recovery. So rehabilitation should begin on the hospital ward, not after months of waiting.',
          ),
          h('Чого бракує', 'Чего не хватает', 'What is missing'),
          ul(
            t('фізичних терапевтів і ерготерапевтів у районних лікарнях', 'физических терапевтов и эрготерапевтов в районных больницах', 'physiotherapists and occupational therapists in district hospitals'),
            t('амбулаторної реабілітації ближче до дому', 'амбулаторной реабилитации ближе к дому', 'outpatient rehabilitation closer to home'),
            t('доступних приміщень, куди можна дістатися на кріслі колісному', 'доступных помещений, куда можно добраться на инвалидной коляске', 'accessible buildings you can reach in a wheelchair'),
          ),
          p(
            'Після війни реабілітація знадобиться сотням тисяч людей — військовим і цивільним. Готуватися до цього треба вже зараз, бо фахівця не підготуєш за місяць.',
            'После войны реабилитация понадобится сотням тысяч людей — военным и гражданским. Готовиться к этому нужно уже сейчас, потому что специалиста не подготовишь за месяц.',
            'After the war, hundreds of thousands of people, soldiers and civilians alike, will need rehabilitation. We must prepare now, because a specialist cannot be trained in a month.',
          ),
        ],
        more: [],
      };
    },
  },
];
