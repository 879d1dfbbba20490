import {
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useId,
  useRef,
} from 'react';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  /** Called on Escape and by the caller's own cancel button; the caller then sets `open`. */
  onClose: () => void;
  children: ReactNode;
  /**
   * Where focus goes once the dialog has closed. Default: the element that had focus when it
   * opened, if it is still in the page (an action that removed it should say where to go).
   */
  returnFocus?: () => HTMLElement | null | undefined;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the platform's `<dialog>`: `showModal()` makes the rest of the page inert,
 * Tab and Shift+Tab wrap inside it, Escape closes it, and focus goes back where it came from.
 * Focus starts on the element marked `data-autofocus`, else on the first focusable one.
 */
export function Dialog({ open, title, onClose, children, returnFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
      const first =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>(`.ui-dialog__body :is(${FOCUSABLE})`);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // The page may re-render the opener (a table row refetched): look once the frame has settled.
  const restoreFocus = () => {
    requestAnimationFrame(() => {
      const target =
        returnFocusRef.current?.() ?? (opener.current?.isConnected ? opener.current : null);
      target?.focus();
      opener.current = null;
    });
  };

  // Unmounting while open (navigation) still hands focus back.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Escape: let React state decide, so the dialog never closes behind the caller's back.
    event.preventDefault();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="ui-dialog"
      aria-labelledby={titleId}
      onCancel={onCancel}
      onClose={restoreFocus}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="ui-dialog__title">
        {title}
      </h2>
      <div className="ui-dialog__body">{open ? children : null}</div>
    </dialog>
  );
}
