import {
  Anchor,
  Button,
  createTheme,
  InputWrapper,
  Modal,
  NativeSelect,
  PasswordInput,
  Select,
  TextInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A deep civil-service navy; shade 8 on white is above 8:1. */
const navy: MantineColorsTuple = [
  '#edf3f8',
  '#d8e4ee',
  '#afc8dc',
  '#83a9c8',
  '#5e8fb7',
  '#467eac',
  '#3471a3',
  '#255f8f',
  '#1d4f78',
  '#0b3d5c',
];

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: 8,
  colors: { navy },
  black: '#0b0c0c',
  white: '#ffffff',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: 'clamp(1.75rem, 1.45rem + 1.2vw, 2.25rem)', lineHeight: '1.2' },
      h2: { fontSize: '1.5rem', lineHeight: '1.25' },
      h3: { fontSize: '1.2rem', lineHeight: '1.3' },
    },
  },
  components: {
    Button: Button.extend({ defaultProps: { size: 'md' } }),
    TextInput: TextInput.extend({ defaultProps: { size: 'md' } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { size: 'md' } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { size: 'md' } }),
    Select: Select.extend({ defaultProps: { size: 'md' } }),
    InputWrapper: InputWrapper.extend({
      styles: {
        label: { fontWeight: 700, marginBottom: 4 },
        description: { color: 'var(--mantine-color-gray-7)', fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 },
        error: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-red-9)' },
      },
    }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Modal: Modal.extend({ defaultProps: { overlayProps: { backgroundOpacity: 0.55 } } }),
  },
});

/** Raise the default muted text and link colours to at least 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#454d55',
    '--mantine-color-placeholder': '#5f6770',
    '--mantine-color-anchor': '#1d4f78',
    '--mantine-color-error': '#a51d1d',
  },
  dark: {},
});
