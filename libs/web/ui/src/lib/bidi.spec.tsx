import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bidiSlot, withBdi } from './bidi';

describe('withBdi', () => {
  it('puts each name of a translated sentence inside <bdi>', () => {
    const sentence = `By ${bidiSlot('author')}, 3 March 2025`;
    const { container } = render(<p>{withBdi(sentence, { author: 'ليلى حداد' })}</p>);
    expect(container.querySelector('p')?.textContent).toBe('By ليلى حداد, 3 March 2025');
    expect(container.querySelector('bdi')?.textContent).toBe('ليلى حداد');
  });

  it('drops the invisible isolates a right-to-left language put around the slot', () => {
    const sentence = `بواسطة \u2068${bidiSlot('author')}\u2069، \u20683 مارس\u2069`;
    const { container } = render(<p>{withBdi(sentence, { author: 'Ana Ruiz (MIA)' })}</p>);
    expect(container.querySelector('bdi')?.textContent).toBe('Ana Ruiz (MIA)');
    expect(container.querySelector('p')?.textContent).toBe('بواسطة Ana Ruiz (MIA)، \u20683 مارس\u2069');
  });

  it('leaves a sentence without slots as it is', () => {
    expect(withBdi('Nothing to isolate', {})).toBe('Nothing to isolate');
  });
});
