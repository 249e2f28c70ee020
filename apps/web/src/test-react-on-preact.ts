import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { options } from 'preact';

// The app runs on Preact in place of React DOM (docs/adr/0032-preact-in-place-of-react-dom.md). Vite's aliases
// (REACT_ON_PREACT in vite.config.mts) redirect the code Vite transforms; the libraries the tests load from
// node_modules are loaded by Node itself, so Node is told the same here, for `import` and `require` alike. One
// module each (the ES builds): a second copy of Preact would be a second renderer with hooks of its own.
const onPreact: Record<string, string> = {
  react: pathToFileURL(`${__dirname}/react-on-preact.mjs`).href,
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom/test-utils': 'preact/test-utils',
};

registerHooks({
  resolve(specifier, context, nextResolve) {
    const target = onPreact[specifier];
    if (!target) return nextResolve(specifier, context);
    if (target.startsWith('file:')) return { url: target, shortCircuit: true };
    // Resolved as an import, so that a require() gets the same ES module as an import does.
    return nextResolve(target, { ...context, conditions: ['node', 'import', 'module-sync', 'default'] });
  },
});

// Preact runs effects after the next frame (a timer in jsdom), which could fire after a test file's window is gone;
// in the tests they run as soon as the render is done, as React's act() runs them.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);
