/**
 * After a form was found invalid, moves focus to its first invalid field (once
 * React has rendered the errors), so keyboard and screen-reader users land on
 * the problem and hear its message.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  if (!form) return;
  window.setTimeout(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, 0);
}
