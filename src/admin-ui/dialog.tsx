import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from './context.js';

let dialogCount = 0;

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside, Escape closes it, and
 * focus returns to where it was.
 */
export function Modal(props: { open: boolean; title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const { t } = useApp();
  const ref = useRef<HTMLDialogElement>(null);
  const [titleId] = useState(() => `dialog-title-${++dialogCount}`);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      // The field the dialog is for, rather than its Close button.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      {props.open && (
        <>
          <div class="modal-head">
            <h2 id={titleId}>{props.title}</h2>
            <button type="button" class="button-quiet modal-close" onClick={props.onClose}>
              {t.close}
            </button>
          </div>
          <div class="modal-body">{props.children}</div>
        </>
      )}
    </dialog>
  );
}

interface Question {
  message: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (yes: boolean) => void;
}

/**
 * A yes/no question in a dialog, awaited where it is asked.
 *
 * @example const [dialog, ask] = useConfirm(); … if (await ask(t.unpublishConfirm, t.unpublish)) …; return <>{dialog}…</>
 */
export function useConfirm(): [VNode, (message: string, confirmLabel: string, danger?: boolean) => Promise<boolean>] {
  const { t } = useApp();
  const [question, setQuestion] = useState<Question | null>(null);
  const answer = (yes: boolean) => {
    question?.resolve(yes);
    setQuestion(null);
  };
  const ask = (message: string, confirmLabel: string, danger = false) =>
    new Promise<boolean>((resolve) => setQuestion({ message, confirmLabel, danger, resolve }));
  const dialog = (
    <Modal open={question !== null} title={question?.confirmLabel ?? ''} onClose={() => answer(false)}>
      <p>{question?.message}</p>
      <div class="actions">
        <button type="button" class={question?.danger ? 'button-danger' : ''} onClick={() => answer(true)}>
          {question?.confirmLabel}
        </button>
        <button type="button" class="button-secondary" onClick={() => answer(false)}>
          {t.cancel}
        </button>
      </div>
    </Modal>
  );
  return [dialog, ask];
}
