import './admin.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { can } from '../domain/access.js';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import { KINDS, type Kind } from '../domain/story.js';
import { ApiError, query, type Role } from './api.js';
import { Link } from './link.js';
import { nameOf, useApp } from './context.js';
import { useConfirm } from './dialog.js';
import { describedBy, Field } from './fields.js';
import { ADMIN_STRINGS, type AdminStrings } from './i18n-admin.js';
import { newsroomDateTime } from './newsroom-time.js';
import type { AdminScreenName } from './router.js';
import { ApiKeysScreen, apiKeysTitle } from './api-keys-screen.js';

const ROLE_LIST: Role[] = ['contributor', 'author', 'editor', 'admin'];

/** The admin screens' words in the interface language. */
function useAdminWords(): AdminStrings {
  return ADMIN_STRINGS[useApp().lang];
}

/** The admin screens' addresses: query strings on /admin/, which the server already answers with the app. */
export function adminUrl(screen: AdminScreenName): string {
  return `/admin/?screen=${screen}`;
}

/** The top bar's links to the admin screens, for administrators only. */
export function AdminLinks() {
  const { me, lang } = useApp();
  const a = useAdminWords();
  if (!can(me.role, 'users.manage')) return null;
  return (
    <span class="admin-links">
      <Link class="nav-admin" href={adminUrl('people')}>
        {a.people}
      </Link>
      <Link class="nav-admin" href={adminUrl('audit')}>
        {a.auditLog}
      </Link>
      <Link class="nav-admin" href={adminUrl('settings')}>
        {a.siteSettings}
      </Link>
      <Link class="nav-admin" href={adminUrl('api-keys')}>
        {apiKeysTitle(lang)}
      </Link>
    </span>
  );
}

/** One of the admin screens, or a "not allowed" message for anyone else. */
export function AdminScreen({ screen }: { screen: AdminScreenName }) {
  const { me, t, lang } = useApp();
  const a = useAdminWords();
  const title = screen === 'people' ? a.people : screen === 'audit' ? a.auditLog : screen === 'api-keys' ? apiKeysTitle(lang) : a.siteSettings;
  useEffect(() => {
    document.title = `${title} — ${t.newsroom}`;
  }, [title, t]);
  if (!can(me.role, screen === 'people' ? 'users.manage' : screen === 'audit' ? 'audit.view' : 'settings.manage')) {
    return (
      <section class="not-allowed" aria-labelledby="admin-title">
        <h1 id="admin-title">{title}</h1>
        <div class="notice notice-error" role="alert">
          <p>{a.notAllowed}</p>
        </div>
        <p>
          <Link href="/admin/">{t.allStories}</Link>
        </p>
      </section>
    );
  }
  if (screen === 'people') return <PeopleScreen />;
  if (screen === 'audit') return <AuditScreen />;
  if (screen === 'api-keys') return <ApiKeysScreen />;
  return <SettingsScreen />;
}

/* ------------------------------------------------------------------ People */

interface Member {
  id: number;
  email: string;
  name: string;
  role: Role;
  uiLang: Lang;
  authorId: number | null;
  disabled: boolean;
}

interface NewMember {
  email: string;
  name: string;
  role: Role;
  password: string;
  uiLang: Lang;
}

type NewMemberErrors = Partial<Record<keyof NewMember | 'form', string>>;

function PeopleScreen() {
  const { t, lang, api, me, announce, describeError } = useApp();
  const a = useAdminWords();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<number, { field: 'role' | 'access'; text: string }>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const [confirmDialog, ask] = useConfirm();

  const load = async () => {
    setLoadError(null);
    try {
      const res = await api.call<{ users: Member[] }>('GET', '/users');
      setMembers(res.users);
    } catch (e) {
      setLoadError(describeError(e as ApiError));
    }
  };
  useEffect(() => void load(), []);

  const errorText = (e: ApiError) => (e.code === 'LAST_ADMIN' ? a.lastAdmin : describeError(e));

  const update = async (m: Member, patch: { role?: Role; disabled?: boolean }, field: 'role' | 'access') => {
    setRowErrors(({ [m.id]: _, ...rest }) => rest);
    setBusy(m.id);
    try {
      const res = await api.call<{ user: Member }>('PATCH', `/users/${m.id}`, patch);
      setMembers((list) => list?.map((x) => (x.id === m.id ? res.user : x)) ?? null);
      announce(a.memberUpdated(res.user.name));
    } catch (e) {
      setRowErrors((errs) => ({ ...errs, [m.id]: { field, text: errorText(e as ApiError) } }));
      // The list shows what the server holds, not what was refused.
      setMembers((list) => (list ? [...list] : list));
    } finally {
      setBusy(null);
    }
  };

  const toggle = async (m: Member) => {
    if (!m.disabled && !(await ask(a.disableConfirm(m.name), a.disable, true))) return;
    await update(m, { disabled: !m.disabled }, 'access');
  };

  return (
    <section class="people" aria-labelledby="people-title">
      <h1 id="people-title">{a.people}</h1>
      {loadError && (
        <div class="notice notice-error" role="alert">
          <p>
            {a.loadFailedShort} {loadError}
          </p>
          <button type="button" onClick={() => void load()}>
            {t.retry}
          </button>
        </div>
      )}
      {!members && !loadError && <p role="status">{t.loading}</p>}
      {members && (
        <div class="table-scroll" role="region" aria-labelledby="members-caption" tabIndex={0}>
          <table class="admin-table members">
            <caption id="members-caption">{a.members}</caption>
            <thead>
              <tr>
                <th scope="col">{a.colName}</th>
                <th scope="col">{a.colEmail}</th>
                <th scope="col">{a.colRole}</th>
                <th scope="col">{a.colUiLang}</th>
                <th scope="col">{a.colAccess}</th>
                <th scope="col">{a.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {members.length === 0 && (
                <tr>
                  <td colSpan={6}>{a.noMembers}</td>
                </tr>
              )}
              {members.map((m) => {
                const err = rowErrors[m.id];
                const roleErr = err?.field === 'role' ? err.text : undefined;
                const accessErr = err?.field === 'access' ? err.text : undefined;
                return (
                  <tr key={m.id} data-email={m.email}>
                    <th scope="row">
                      {m.name} {m.id === me.id && <span class="hint">{a.you}</span>}
                    </th>
                    <td>{m.email}</td>
                    <td>
                      <select
                        id={`role-${m.id}`}
                        aria-label={a.roleOf(m.name)}
                        value={m.role}
                        disabled={busy === m.id}
                        aria-invalid={roleErr ? 'true' : 'false'}
                        aria-describedby={roleErr ? `role-${m.id}-error` : undefined}
                        onChange={(e) => {
                          const role = e.currentTarget.value as Role;
                          if (role !== m.role) void update(m, { role }, 'role');
                        }}
                      >
                        {ROLE_LIST.map((r) => (
                          <option value={r} key={r}>
                            {t.roles[r]}
                          </option>
                        ))}
                      </select>
                      {roleErr && (
                        <p class="field-error" id={`role-${m.id}-error`} role="alert">
                          {roleErr}
                        </p>
                      )}
                    </td>
                    <td>{t.langNames[m.uiLang]}</td>
                    <td>
                      <span class={`badge status-${m.disabled ? 'disabled' : 'active'}`}>{m.disabled ? a.disabled : a.active}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        class={m.disabled ? 'button-secondary' : 'button-danger'}
                        disabled={busy === m.id}
                        aria-describedby={accessErr ? `access-${m.id}-error` : undefined}
                        onClick={() => void toggle(m)}
                      >
                        {m.disabled ? a.enable : a.disable}
                        <span class="visually-hidden"> {m.name}</span>
                      </button>
                      {accessErr && (
                        <p class="field-error" id={`access-${m.id}-error`} role="alert">
                          {accessErr}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <AddMemberForm
        onAdded={(m) => {
          setMembers((list) => [...(list ?? []), m]);
          announce(a.memberAdded(m.name));
        }}
        defaultLang={lang}
      />
      {confirmDialog}
    </section>
  );
}

function AddMemberForm({ onAdded, defaultLang }: { onAdded: (m: Member) => void; defaultLang: Lang }) {
  const { t, api, describeError } = useApp();
  const a = useAdminWords();
  const blank: NewMember = { email: '', name: '', role: 'author', password: '', uiLang: defaultLang };
  const [form, setForm] = useState<NewMember>(blank);
  const [errors, setErrors] = useState<NewMemberErrors>({});
  const [sending, setSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof NewMember, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const focusFirstError = (errs: NewMemberErrors) => {
    const first = (['email', 'name', 'role', 'password', 'uiLang'] as const).find((k) => errs[k]);
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#nm-${first}`)?.focus());
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: NewMemberErrors = {};
    if (!form.email.trim()) errs.email = a.requiredField;
    if (!form.name.trim()) errs.name = a.requiredField;
    if (!form.password) errs.password = a.requiredField;
    setErrors(errs);
    if (Object.keys(errs).length) {
      focusFirstError(errs);
      return;
    }
    setSending(true);
    try {
      const res = await api.call<{ user: Member }>('POST', '/users', { ...form, email: form.email.trim(), name: form.name.trim() });
      setForm(blank);
      setErrors({});
      onAdded(res.user);
    } catch (err) {
      const x = err as ApiError;
      const next: NewMemberErrors =
        x.code === 'EMAIL_TAKEN' ? { email: a.emailTaken }
        : x.code === 'WEAK_PASSWORD' ? { password: a.weakPassword }
        : x.code === 'LAST_ADMIN' ? { role: a.lastAdmin }
        : x.code === 'INVALID_REQUEST' && /email/i.test(x.message) ? { email: x.message }
        : { form: describeError(x) };
      setErrors(next);
      focusFirstError(next);
    } finally {
      setSending(false);
    }
  };

  const input = (key: 'email' | 'name' | 'password', type: 'email' | 'text' | 'password', autoComplete: string, hint?: string) => {
    const common = {
      id: `nm-${key}`,
      value: form[key],
      autoComplete,
      maxLength: key === 'email' ? 254 : key === 'name' ? 200 : 1024,
      'aria-invalid': errors[key] ? ('true' as const) : ('false' as const),
      'aria-describedby': describedBy(`nm-${key}`, Boolean(hint), errors[key]),
      onInput: (e: Event) => set(key, (e.currentTarget as HTMLInputElement).value),
    };
    return (
      <Field id={`nm-${key}`} label={key === 'password' ? a.password : key === 'email' ? a.email : a.name} hint={hint} error={errors[key]}>
        {type === 'password' ? <input type="password" {...common} /> : type === 'email' ? <input type="email" {...common} /> : <input type="text" {...common} />}
      </Field>
    );
  };

  return (
    <form class="admin-panel add-member" ref={formRef} noValidate onSubmit={(e) => void submit(e)} aria-labelledby="add-member-title">
      <h2 id="add-member-title">{a.addMember}</h2>
      {errors.form && (
        <div class="notice notice-error" role="alert">
          <p>{errors.form}</p>
        </div>
      )}
      <div class="form-grid">
        {input('email', 'email', 'off')}
        {input('name', 'text', 'off')}
        <Field id="nm-role" label={a.role} error={errors.role}>
          <select
            id="nm-role"
            value={form.role}
            aria-invalid={errors.role ? 'true' : 'false'}
            aria-describedby={describedBy('nm-role', false, errors.role)}
            onChange={(e) => set('role', e.currentTarget.value)}
          >
            {ROLE_LIST.map((r) => (
              <option value={r} key={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
        </Field>
        {input('password', 'password', 'new-password', a.passwordHint)}
        <Field id="nm-uiLang" label={a.language}>
          <select id="nm-uiLang" value={form.uiLang} onChange={(e) => set('uiLang', e.currentTarget.value)}>
            {LANGUAGES.map((l) => (
              <option value={l} key={l}>
                {t.langNames[l]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="button-primary" disabled={sending} aria-busy={sending ? 'true' : 'false'}>
          {a.addMember}
        </button>
      </div>
    </form>
  );
}

/* --------------------------------------------------------------- Audit log */

interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

const PAGE = 50;

/** Details in one line: `key: value, key: value`. */
function compactDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

function AuditScreen() {
  const { t, lang, api, describeError } = useApp();
  const a = useAdminWords();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = async (before?: number) => {
    setLoading(true);
    setError(null);
    try {
      const res = await api.call<{ entries: AuditEntry[] }>('GET', `/audit${query({ limit: PAGE, before })}`);
      setEntries((old) => (before ? [...old, ...res.entries] : res.entries));
      setMore(res.entries.length === PAGE);
    } catch (e) {
      setError(describeError(e as ApiError));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(), []);

  const oldest = entries.length ? entries[entries.length - 1]!.id : undefined;

  return (
    <section class="audit" aria-labelledby="audit-title">
      <h1 id="audit-title">{a.auditLog}</h1>
      <p class="list-count" role="status">
        {loading && entries.length === 0 ? t.loading : error ? '' : entries.length ? a.entriesShown(entries.length) : a.noEntries}
      </p>
      {error && (
        <div class="notice notice-error" role="alert">
          <p>
            {a.loadFailedShort} {error}
          </p>
          <button type="button" onClick={() => void load(oldest)}>
            {t.retry}
          </button>
        </div>
      )}
      {entries.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table class="admin-table audit-log">
            <caption id="audit-caption" class="visually-hidden">
              {a.auditLog}
            </caption>
            <thead>
              <tr>
                <th scope="col">{a.colWhen}</th>
                <th scope="col">{a.colWho}</th>
                <th scope="col">{a.colWhat}</th>
                <th scope="col">{a.colSubject}</th>
                <th scope="col">{a.colDetails}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td class="c-when">
                    <time dateTime={e.at}>{newsroomDateTime(new Date(e.at), lang)}</time>
                  </td>
                  <td>{e.userName ?? a.system}</td>
                  <td class="c-what">{a.actions[e.action] ?? <code>{e.action}</code>}</td>
                  <td class="c-subject">{e.subject ? <code>{e.subject}</code> : '—'}</td>
                  <td class="c-details">{compactDetails(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <p class="more">
          <button type="button" class="button-secondary" disabled={loading} onClick={() => void load(oldest)}>
            {loading ? t.loading : a.loadOlder}
          </button>
        </p>
      )}
    </section>
  );
}

/* ----------------------------------------------------------- Site settings */

interface Support {
  title: string;
  text: string;
  linkText: string;
  href: string;
  ways: { text: string; href: string }[];
}

interface Settings {
  siteName: Record<Lang, string>;
  support: Record<Lang, Support>;
  adRules: { kind?: Kind; sectionId?: number; afterParagraphs: number[] }[];
}

/** A rule as the form holds it: paragraphs as typed. */
interface RuleRow {
  key: number;
  kind: string;
  sectionId: string;
  paragraphs: string;
}

let rowKey = 0;

function toRows(s: Settings): RuleRow[] {
  return s.adRules.map((r) => ({ key: ++rowKey, kind: r.kind ?? '', sectionId: r.sectionId ? String(r.sectionId) : '', paragraphs: r.afterParagraphs.join(', ') }));
}

/** "2, 5" → [2, 5]; null when it is not a list of distinct whole numbers from 1 to 200. */
export function parseParagraphs(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const numbers: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n < 1 || n > 200 || numbers.includes(n)) return null;
    numbers.push(n);
  }
  return numbers.length > 20 ? null : numbers;
}

function SettingsScreen() {
  const { t, lang, api, taxonomy, announce, describeError } = useApp();
  const a = useAdminWords();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<RuleRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [ruleErrors, setRuleErrors] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');
  const errorRef = useRef<HTMLDivElement>(null);

  const load = async () => {
    setLoadError(null);
    try {
      const s = await api.call<Settings>('GET', '/settings');
      setSettings(s);
      setRules(toRows(s));
    } catch (e) {
      setLoadError(describeError(e as ApiError));
    }
  };
  useEffect(() => void load(), []);

  if (!settings) {
    return (
      <section aria-labelledby="settings-title">
        <h1 id="settings-title">{a.siteSettings}</h1>
        {loadError ? (
          <div class="notice notice-error" role="alert">
            <p>
              {a.loadFailedShort} {loadError}
            </p>
            <button type="button" onClick={() => void load()}>
              {t.retry}
            </button>
          </div>
        ) : (
          <p role="status">{t.loading}</p>
        )}
      </section>
    );
  }

  const edit = (change: (s: Settings) => Settings) => {
    setSaved('');
    setSettings((s) => (s ? change(s) : s));
  };
  const setName = (l: Lang, value: string) => edit((s) => ({ ...s, siteName: { ...s.siteName, [l]: value } }));
  const setSupport = (l: Lang, patch: Partial<Support>) => edit((s) => ({ ...s, support: { ...s.support, [l]: { ...s.support[l], ...patch } } }));
  const setWay = (l: Lang, i: number, patch: Partial<{ text: string; href: string }>) =>
    setSupport(l, { ways: settings.support[l].ways.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const setRule = (key: number, patch: Partial<RuleRow>) => {
    setSaved('');
    setRules((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const focusLater = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    setSaveError(null);
    const errs: Record<number, string> = {};
    const adRules: Settings['adRules'] = [];
    for (const r of rules) {
      const paragraphs = parseParagraphs(r.paragraphs);
      if (!paragraphs) {
        errs[r.key] = a.badParagraphs;
        continue;
      }
      adRules.push({ ...(r.kind ? { kind: r.kind as Kind } : {}), ...(r.sectionId ? { sectionId: Number(r.sectionId) } : {}), afterParagraphs: paragraphs });
    }
    setRuleErrors(errs);
    const firstBad = rules.find((r) => errs[r.key]);
    if (firstBad) {
      focusLater(`#rule-${firstBad.key}-paragraphs`);
      return;
    }
    setSaving(true);
    try {
      const stored = await api.call<Settings>('PUT', '/settings', { ...settings, adRules });
      setSettings(stored);
      setRules(toRows(stored));
      setSaved(a.saved);
      announce(a.saved);
    } catch (err) {
      const x = err as ApiError;
      setSaveError(x.code === 'INVALID_REQUEST' ? `${a.invalidSettings} ${x.message}` : describeError(x));
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="site-settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{a.siteSettings}</h1>
      <form noValidate onSubmit={(e) => void save(e)} aria-labelledby="settings-title">
        {saveError && (
          <div class="notice notice-error save-error" role="alert" tabIndex={-1} ref={errorRef}>
            <p>{saveError}</p>
          </div>
        )}

        <fieldset class="admin-panel">
          <legend>{a.siteNameTitle}</legend>
          <div class="form-grid">
            {LANGUAGES.map((l) => (
              <Field id={`site-name-${l}`} label={a.siteNameIn(t.langNames[l])} key={l}>
                <input id={`site-name-${l}`} type="text" lang={l} maxLength={100} value={settings.siteName[l]} onInput={(e) => setName(l, e.currentTarget.value)} />
              </Field>
            ))}
          </div>
        </fieldset>

        <fieldset class="admin-panel">
          <legend>{a.supportTitle}</legend>
          {LANGUAGES.map((l) => {
            const s = settings.support[l];
            const id = (name: string) => `support-${l}-${name}`;
            return (
              <fieldset class="lang-block" key={l}>
                <legend>{a.supportIn(t.langNames[l])}</legend>
                <div class="form-grid">
                  <Field id={id('title')} label={a.ctaTitle}>
                    <input id={id('title')} type="text" lang={l} maxLength={200} value={s.title} onInput={(e) => setSupport(l, { title: e.currentTarget.value })} />
                  </Field>
                  <Field id={id('linkText')} label={a.ctaLinkText}>
                    <input id={id('linkText')} type="text" lang={l} maxLength={100} value={s.linkText} onInput={(e) => setSupport(l, { linkText: e.currentTarget.value })} />
                  </Field>
                  <Field id={id('href')} label={a.ctaHref} hint={a.linkHint}>
                    <input
                      id={id('href')}
                      type="text"
                      inputMode="url"
                      maxLength={500}
                      value={s.href}
                      aria-describedby={`${id('href')}-hint`}
                      onInput={(e) => setSupport(l, { href: e.currentTarget.value })}
                    />
                  </Field>
                </div>
                <Field id={id('text')} label={a.ctaText}>
                  <textarea id={id('text')} lang={l} rows={3} maxLength={1000} value={s.text} onInput={(e) => setSupport(l, { text: e.currentTarget.value })} />
                </Field>
                <h3 class="label" id={id('ways')}>
                  {a.ways}
                </h3>
                {s.ways.length === 0 && <p class="hint">{a.noWays}</p>}
                <ul class="row-list" aria-labelledby={id('ways')}>
                  {s.ways.map((w, i) => (
                    <li class="row-item way" key={i}>
                      <Field id={id(`way-${i}-text`)} label={a.wayText(i + 1)}>
                        <input id={id(`way-${i}-text`)} type="text" lang={l} maxLength={100} value={w.text} onInput={(e) => setWay(l, i, { text: e.currentTarget.value })} />
                      </Field>
                      <Field id={id(`way-${i}-href`)} label={a.wayHref(i + 1)}>
                        <input id={id(`way-${i}-href`)} type="text" inputMode="url" maxLength={500} value={w.href} onInput={(e) => setWay(l, i, { href: e.currentTarget.value })} />
                      </Field>
                      <button
                        type="button"
                        class="button-quiet row-remove"
                        onClick={() => {
                          setSupport(l, { ways: s.ways.filter((_, j) => j !== i) });
                          focusLater(`#${id('add-way')}`);
                        }}
                      >
                        {a.removeWay(i + 1)}
                      </button>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  class="button-secondary"
                  id={id('add-way')}
                  disabled={s.ways.length >= 10}
                  onClick={() => {
                    setSupport(l, { ways: [...s.ways, { text: '', href: '' }] });
                    focusLater(`#${id(`way-${s.ways.length}-text`)}`);
                  }}
                >
                  {a.addWay}
                </button>
              </fieldset>
            );
          })}
        </fieldset>

        <fieldset class="admin-panel">
          <legend>{a.adRules}</legend>
          <p class="hint">{a.adRulesHint}</p>
          <ul class="row-list">
            {rules.map((r, i) => {
              const err = ruleErrors[r.key];
              const id = (name: string) => `rule-${r.key}-${name}`;
              return (
                <li class="row-item rule" key={r.key}>
                  <p class="rule-title" id={id('title')}>
                    {a.ruleN(i + 1)}
                  </p>
                  <Field id={id('kind')} label={a.ruleKind}>
                    <select id={id('kind')} value={r.kind} onChange={(e) => setRule(r.key, { kind: e.currentTarget.value })}>
                      <option value="">{a.anyKind}</option>
                      {KINDS.map((k) => (
                        <option value={k} key={k}>
                          {t.kinds[k]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id('section')} label={a.ruleSection}>
                    <select id={id('section')} value={r.sectionId} onChange={(e) => setRule(r.key, { sectionId: e.currentTarget.value })}>
                      <option value="">{a.anySectionRule}</option>
                      {taxonomy.sections.map((s) => (
                        <option value={String(s.id)} key={s.id}>
                          {nameOf(s, lang)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id('paragraphs')} label={a.ruleParagraphs} hint={a.paragraphsHint} error={err}>
                    <input
                      id={id('paragraphs')}
                      type="text"
                      inputMode="numeric"
                      value={r.paragraphs}
                      aria-invalid={err ? 'true' : 'false'}
                      aria-describedby={describedBy(id('paragraphs'), true, err)}
                      onInput={(e) => setRule(r.key, { paragraphs: e.currentTarget.value })}
                    />
                  </Field>
                  <button
                    type="button"
                    class="button-quiet row-remove"
                    onClick={() => {
                      setRules((rs) => rs.filter((x) => x.key !== r.key));
                      focusLater('#add-rule');
                    }}
                  >
                    {a.removeRule(i + 1)}
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            class="button-secondary"
            id="add-rule"
            disabled={rules.length >= 100}
            onClick={() => {
              const key = ++rowKey;
              setRules((rs) => [...rs, { key, kind: '', sectionId: '', paragraphs: '' }]);
              focusLater(`#rule-${key}-kind`);
            }}
          >
            {a.addRule}
          </button>
        </fieldset>

        <div class="save-line">
          <button type="submit" class="button-primary" disabled={saving} aria-busy={saving ? 'true' : 'false'}>
            {saving ? a.saving : a.save}
          </button>
          <p class="save-message" role="status" aria-live="polite">
            {saved}
          </p>
        </div>
      </form>
    </section>
  );
}
