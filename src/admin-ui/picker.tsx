import { useMemo, useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import type { Named } from './api.js';
import { nameOf, useApp } from './context.js';

interface Option {
  id: number;
  name: string;
  /** Names in every language, lower-cased: "kyiv" finds Київ. */
  search: string;
}

export interface PickerProps {
  id: string;
  label: string;
  items: Named[];
  selected: number[];
  multiple: boolean;
  onChange: (ids: number[]) => void;
  disabled?: boolean;
  invalid?: boolean;
  errorId?: string;
}

const MAX_SHOWN = 50;

function options(items: Named[], lang: Lang): Option[] {
  return items.map((item) => ({
    id: item.id,
    name: nameOf(item, lang),
    search: LANGUAGES.map((l) => item.byLang[l]?.name ?? '').join('\n').toLocaleLowerCase(),
  }));
}

/**
 * A type-to-filter picker for sections, tags and authors (the WAI-ARIA combobox with a listbox):
 * type part of a name in any language, move with the arrow keys, choose with Enter. With
 * `multiple`, chosen items show as removable chips in their order (the byline order counts).
 */
export function Picker(props: PickerProps) {
  const { t, lang } = useApp();
  const all = useMemo(() => options(props.items, lang), [props.items, lang]);
  const byId = useMemo(() => new Map(all.map((o) => [o.id, o])), [all]);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = `${props.id}-list`;
  const hintId = `${props.id}-hint`;

  const selectedName = !props.multiple && props.selected[0] !== undefined ? byId.get(props.selected[0])?.name ?? '' : '';
  const shownText = text ?? selectedName;

  const matches = useMemo(() => {
    const q = (text ?? '').trim().toLocaleLowerCase();
    if (!q) return all.slice(0, MAX_SHOWN);
    const starts = all.filter((o) => o.search.split('\n').some((n) => n.startsWith(q)));
    const contains = all.filter((o) => !starts.includes(o) && o.search.includes(q));
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }, [all, text]);

  const choose = (option: Option) => {
    if (props.multiple) {
      const has = props.selected.includes(option.id);
      props.onChange(has ? props.selected.filter((id) => id !== option.id) : [...props.selected, option.id]);
      setText('');
    } else {
      props.onChange([option.id]);
      setText(null);
      setOpen(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (e.key === 'Enter') {
      // Enter picks; it never submits the story's form from here.
      e.preventDefault();
      if (open && matches[active]) choose(matches[active]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        setText(null);
      }
    } else if (e.key === 'Backspace' && props.multiple && !text && props.selected.length) {
      props.onChange(props.selected.slice(0, -1));
    }
  };

  const activeId = open && matches[active] ? `${props.id}-opt-${matches[active].id}` : undefined;
  const describedBy = [hintId, props.errorId].filter(Boolean).join(' ');

  return (
    <div class="picker">
      <label for={props.id}>{props.label}</label>
      {props.multiple && props.selected.length > 0 && (
        <ul class="chips" aria-label={props.label}>
          {props.selected.map((id) => {
            const name = byId.get(id)?.name ?? String(id);
            return (
              <li key={id}>
                <span>{name}</span>
                {!props.disabled && (
                  <button type="button" class="chip-remove" aria-label={t.remove(name)} title={t.remove(name)} onClick={() => props.onChange(props.selected.filter((s) => s !== id))}>
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div class="combo">
        <input
          id={props.id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-describedby={describedBy}
          aria-invalid={props.invalid ? 'true' : 'false'}
          disabled={props.disabled}
          value={shownText}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={(e) => {
            if (!props.multiple) e.currentTarget.select();
          }}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={props.label} class="options" hidden={!open}>
          {matches.length === 0 ? (
            <li role="option" aria-selected="false" aria-disabled="true" class="option-none">
              {t.noMatches}
            </li>
          ) : (
            matches.map((o, i) => (
              <li
                key={o.id}
                id={`${props.id}-opt-${o.id}`}
                role="option"
                aria-selected={props.selected.includes(o.id)}
                class={i === active ? 'option is-active' : 'option'}
                onMouseDown={(e) => {
                  // Keep focus in the input, so the list stays open for the next pick.
                  e.preventDefault();
                  choose(o);
                }}
              >
                {o.name}
              </li>
            ))
          )}
        </ul>
      </div>
      {/* Said to screen readers; sighted members see the list open as they type. */}
      <p id={hintId} class="visually-hidden">
        {t.pickerHint}
      </p>
    </div>
  );
}
