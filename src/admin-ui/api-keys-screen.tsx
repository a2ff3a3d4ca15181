import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/locale.js';
import type { ApiError } from './api.js';
import { useApp } from './context.js';
import { useConfirm } from './dialog.js';
import { newsroomDateTime } from './newsroom-time.js';

/** A read-API key as the admin API lists it; the secret is never listed. */
interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  /** The member who made the key, or null when none did. */
  createdBy: number | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  requestsPerMinute: number;
}

const en = {
  title: 'API keys',
  intro: 'Keys for the read API (/api/v1) that partner apps use. A key is shown once, when it is created.',
  none: 'No keys yet.',
  name: 'Name',
  key: 'Key',
  limit: 'Requests per minute',
  created: 'Created',
  lastUsed: 'Last used',
  state: 'State',
  never: 'never',
  active: 'Active',
  revoked: 'Revoked',
  revoke: 'Revoke',
  revokeNamed: (name: string) => `Revoke ${name}`,
  confirmRevoke: (name: string) => `Revoke "${name}"? Apps using it stop working at once.`,
  create: 'Create key',
  newKey: (name: string) => `The key for "${name}". Copy it now: it will not be shown again.`,
  docs: 'API description',
};
type Words = typeof en;

const WORDS: Record<Lang, Words> = {
  en,
  uk: {
    title: 'Ключі API',
    intro: 'Ключі до API читання (/api/v1) для застосунків партнерів. Ключ показано один раз, коли його створено.',
    none: 'Ключів ще немає.',
    name: 'Назва',
    key: 'Ключ',
    limit: 'Запитів за хвилину',
    created: 'Створено',
    lastUsed: 'Востаннє вжито',
    state: 'Стан',
    never: 'ніколи',
    active: 'Діє',
    revoked: 'Відкликано',
    revoke: 'Відкликати',
    revokeNamed: (name) => `Відкликати ${name}`,
    confirmRevoke: (name) => `Відкликати «${name}»? Застосунки з цим ключем одразу перестануть працювати.`,
    create: 'Створити ключ',
    newKey: (name) => `Ключ для «${name}». Скопіюйте його зараз: більше його не буде показано.`,
    docs: 'Опис API',
  },
  ru: {
    title: 'Ключи API',
    intro: 'Ключи к API чтения (/api/v1) для приложений партнёров. Ключ показывается один раз, при создании.',
    none: 'Ключей пока нет.',
    name: 'Название',
    key: 'Ключ',
    limit: 'Запросов в минуту',
    created: 'Создан',
    lastUsed: 'Последнее использование',
    state: 'Состояние',
    never: 'никогда',
    active: 'Действует',
    revoked: 'Отозван',
    revoke: 'Отозвать',
    revokeNamed: (name) => `Отозвать ${name}`,
    confirmRevoke: (name) => `Отозвать «${name}»? Приложения с этим ключом сразу перестанут работать.`,
    create: 'Создать ключ',
    newKey: (name) => `Ключ для «${name}». Скопируйте его сейчас: больше он показан не будет.`,
    docs: 'Описание API',
  },
};

/** Admins list, create and revoke read-API keys; a new key's secret is shown once. */
export function ApiKeysScreen() {
  const { lang, api, describeError } = useApp();
  const w = WORDS[lang];
  const [keys, setKeys] = useState<ApiKeyRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [name, setName] = useState('');
  const [limit, setLimit] = useState(600);
  const [busy, setBusy] = useState(false);
  const [confirmDialog, ask] = useConfirm();

  const load = async () => {
    try {
      setKeys((await api.call<{ keys: ApiKeyRow[] }>('GET', '/api-keys')).keys);
    } catch (e) {
      setError(describeError(e as ApiError));
    }
  };
  useEffect(() => void load(), []);

  const create = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.call<{ key: ApiKeyRow; secret: string }>('POST', '/api-keys', { name: name.trim(), requestsPerMinute: limit });
      setCreated({ name: res.key.name, secret: res.secret });
      setName('');
      await load();
    } catch (e) {
      setError(describeError(e as ApiError));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (key: ApiKeyRow) => {
    if (!(await ask(w.confirmRevoke(key.name), w.revoke, true))) return;
    try {
      await api.call('DELETE', `/api-keys/${key.id}`);
      await load();
    } catch (e) {
      setError(describeError(e as ApiError));
    }
  };

  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{newsroomDateTime(new Date(iso), lang)}</time> : w.never);

  return (
    <section class="api-keys" aria-labelledby="api-keys-title">
      <h1 id="api-keys-title">{w.title}</h1>
      <p>
        {w.intro} <a href="/api/v1/openapi.json">{w.docs}</a>
      </p>
      {error && (
        <div class="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {created && (
        <div class="notice" role="status">
          <p>{w.newKey(created.name)}</p>
          <input class="api-key-secret" type="text" readOnly value={created.secret} aria-label={w.key} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
      <form class="add-api-key" onSubmit={(e) => void create(e)}>
        <label>
          {w.name}
          <input type="text" required maxLength={200} value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {w.limit}
          <input type="number" required min={1} max={100000} value={limit} onInput={(e) => setLimit(Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
        <button type="submit" disabled={busy}>
          {w.create}
        </button>
      </form>
      {keys && keys.length === 0 && <p>{w.none}</p>}
      {keys && keys.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="api-keys-caption" tabIndex={0}>
          <table class="admin-table">
            <caption id="api-keys-caption" class="visually-hidden">
              {w.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.key}</th>
                <th scope="col">{w.limit}</th>
                <th scope="col">{w.created}</th>
                <th scope="col">{w.lastUsed}</th>
                <th scope="col">{w.state}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-key-id={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{k.requestsPerMinute}</td>
                  <td>{when(k.createdAt)}</td>
                  <td>{when(k.lastUsedAt)}</td>
                  <td>
                    {k.revokedAt ? (
                      <>
                        {w.revoked} {when(k.revokedAt)}
                      </>
                    ) : (
                      <button type="button" class="button-danger" aria-label={w.revokeNamed(k.name)} onClick={() => void revoke(k)}>
                        {w.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirmDialog}
    </section>
  );
}

/** The screen's name in the top bar. */
export function apiKeysTitle(lang: Lang): string {
  return WORDS[lang].title;
}
