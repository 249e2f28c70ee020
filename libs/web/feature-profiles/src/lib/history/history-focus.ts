/** Where focus goes when the control that opened a history dialog is gone: the first usable button of the history. */
export const historyFallback = (): HTMLElement | null =>
  document.getElementById('history-heading')?.closest('section')?.querySelector<HTMLElement>('button:not([disabled])') ?? null;
