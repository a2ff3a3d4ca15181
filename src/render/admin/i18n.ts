import type { Localized } from '../../domain/locale.js';

/** The newsroom's own words, in each language a member can pick. */
export interface AdminStrings {
  newsroom: string;
  signInTitle: string;
  email: string;
  password: string;
  signIn: string;
  signOut: string;
  signOutEverywhere: string;
  signedInAs: string;
  roles: Record<'contributor' | 'author' | 'editor' | 'admin', string>;
  errors: Record<string, string>;
  interfaceLanguage: string;
  backToSite: string;
  /** The app shell, until the newsroom app has started. */
  loading: string;
  needsJavaScript: string;
}

export const ADMIN_UI: Localized<AdminStrings> = {
  uk: {
    newsroom: 'Редакція',
    signInTitle: 'Вхід до редакції',
    email: 'Електронна пошта',
    password: 'Пароль',
    signIn: 'Увійти',
    signOut: 'Вийти',
    signOutEverywhere: 'Вийти на всіх пристроях',
    signedInAs: 'Ви увійшли як',
    roles: { contributor: 'Дописувач', author: 'Автор', editor: 'Редактор', admin: 'Адміністратор' },
    errors: {
      SIGN_IN_FAILED: 'Неправильна електронна пошта або пароль.',
      SIGN_IN_THROTTLED: 'Забагато невдалих спроб. Зачекайте кілька хвилин і спробуйте знову.',
      CSRF_REJECTED: 'Форма застаріла. Оновіть сторінку й спробуйте ще раз.',
      BAD_REQUEST: 'Заповніть електронну пошту й пароль.',
    },
    interfaceLanguage: 'Мова інтерфейсу',
    backToSite: 'На сайт',
    loading: 'Завантаження редакції…',
    needsJavaScript: 'Для роботи редакції потрібен JavaScript. Увімкніть його в браузері й оновіть сторінку.',
  },
  ru: {
    newsroom: 'Редакция',
    signInTitle: 'Вход в редакцию',
    email: 'Электронная почта',
    password: 'Пароль',
    signIn: 'Войти',
    signOut: 'Выйти',
    signOutEverywhere: 'Выйти на всех устройствах',
    signedInAs: 'Вы вошли как',
    roles: { contributor: 'Внештатный автор', author: 'Автор', editor: 'Редактор', admin: 'Администратор' },
    errors: {
      SIGN_IN_FAILED: 'Неверная электронная почта или пароль.',
      SIGN_IN_THROTTLED: 'Слишком много неудачных попыток. Подождите несколько минут и попробуйте снова.',
      CSRF_REJECTED: 'Форма устарела. Обновите страницу и попробуйте ещё раз.',
      BAD_REQUEST: 'Заполните электронную почту и пароль.',
    },
    interfaceLanguage: 'Язык интерфейса',
    backToSite: 'На сайт',
    loading: 'Загрузка редакции…',
    needsJavaScript: 'Для работы редакции нужен JavaScript. Включите его в браузере и обновите страницу.',
  },
  en: {
    newsroom: 'Newsroom',
    signInTitle: 'Sign in to the newsroom',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out everywhere',
    signedInAs: 'Signed in as',
    roles: { contributor: 'Contributor', author: 'Author', editor: 'Editor', admin: 'Administrator' },
    errors: {
      SIGN_IN_FAILED: 'Wrong email or password.',
      SIGN_IN_THROTTLED: 'Too many failed attempts. Wait a few minutes and try again.',
      CSRF_REJECTED: 'This form has expired. Reload the page and try again.',
      BAD_REQUEST: 'Fill in your email and password.',
    },
    interfaceLanguage: 'Interface language',
    backToSite: 'To the site',
    loading: 'Loading the newsroom…',
    needsJavaScript: 'The newsroom needs JavaScript. Turn it on in your browser and reload the page.',
  },
};
