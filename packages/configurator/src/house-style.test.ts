import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrast, contrastProblems, customTokens, darker, isFontFamily, styleSheet } from './house-style.js';

test('contrast as WCAG computes it', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#ffffff', '#ffffff'), 1);
  // Buurtkit's own blue on white, and white on it: the same pair, AA for text.
  assert.equal(contrast('#1a4f8b', '#ffffff').toFixed(2), '8.28');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
});

test('typed colours that fail AA are named with their ratio; dark ones pass', () => {
  assert.deepEqual(
    contrastProblems({ primary: '#ffcc00', text: '#1a1a1a' }).map((p) => [p.what, p.ratio.toFixed(2)]),
    [['primary', '1.51']],
  );
  assert.deepEqual(
    contrastProblems({ primary: '#0b5c4b', text: '#777777' }).map((p) => p.what),
    ['text'],
  );
});

test('tokens of typed colours, with a darker hover; only real colours and font lists', () => {
  assert.equal(darker('#1a4f8b'), '#143b68');
  assert.deepEqual(customTokens({ primary: '#0B5C4B', text: 'red', font: "'Rijksoverheid Sans', Arial" }), {
    '--buurt-color-primary': '#0b5c4b',
    '--buurt-color-primary-hover': '#084538',
    '--buurt-font-family': "'Rijksoverheid Sans', Arial",
  });
  assert.ok(!isFontFamily('Arial; } body { display: none'));
  assert.ok(isFontFamily('"Fira Sans", sans-serif'));
});

test('the CSS block for the site: a rule per widget, nothing that could end it', () => {
  assert.equal(
    styleSheet('buurt-idea-form', { '--buurt-color-primary': '#0b5c4b', '--buurt-x': 'a}b', color: 'red' }),
    'buurt-idea-form {\n  --buurt-color-primary: #0b5c4b;\n}\n',
  );
  assert.equal(styleSheet('buurt-idea-form', {}), '');
});
