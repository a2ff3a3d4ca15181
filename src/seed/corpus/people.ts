import type { Localized } from '../../domain/locale.js';

/**
 * Fictional officials, doctors and coaches whom stories quote. Only their names and jobs appear, in a
 * quote's attribution, so the text never has to agree with their gender except the Ukrainian job title.
 */
export interface Speaker {
  name: Localized<string>;
  female: boolean;
}

const speaker = (female: boolean, uk: string, ru: string, en: string): Speaker => ({ female, name: { uk, ru, en } });

export const SPEAKERS: Speaker[] = [
  speaker(false, 'Олег Кравчук', 'Олег Кравчук', 'Oleh Kravchuk'),
  speaker(false, 'Василь Панченко', 'Василий Панченко', 'Vasyl Panchenko'),
  speaker(false, 'Сергій Мороз', 'Сергей Мороз', 'Serhii Moroz'),
  speaker(false, 'Ігор Федоренко', 'Игорь Федоренко', 'Ihor Fedorenko'),
  speaker(false, 'Роман Гуцул', 'Роман Гуцул', 'Roman Hutsul'),
  speaker(false, 'Микола Остапенко', 'Николай Остапенко', 'Mykola Ostapenko'),
  speaker(false, 'Юрій Захарченко', 'Юрий Захарченко', 'Yurii Zakharchenko'),
  speaker(false, 'Петро Лисенко', 'Пётр Лысенко', 'Petro Lysenko'),
  speaker(false, 'Артем Вдовиченко', 'Артём Вдовиченко', 'Artem Vdovychenko'),
  speaker(true, 'Ірина Коваль', 'Ирина Коваль', 'Iryna Koval'),
  speaker(true, 'Марина Дорошенко', 'Марина Дорошенко', 'Maryna Doroshenko'),
  speaker(true, 'Тетяна Руденко', 'Татьяна Руденко', 'Tetiana Rudenko'),
  speaker(true, 'Людмила Кузьменко', 'Людмила Кузьменко', 'Liudmyla Kuzmenko'),
  speaker(true, 'Світлана Яременко', 'Светлана Яременко', 'Svitlana Yaremenko'),
  speaker(true, 'Вікторія Білик', 'Виктория Билык', 'Viktoriia Bilyk'),
  speaker(true, 'Ганна Гребенюк', 'Анна Гребенюк', 'Hanna Hrebeniuk'),
  speaker(true, 'Катерина Олійник', 'Екатерина Олейник', 'Kateryna Oliinyk'),
  speaker(true, 'Христина Возняк', 'Кристина Возняк', 'Khrystyna Vozniak'),
];
