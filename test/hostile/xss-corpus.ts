/**
 * Hostile resident text. Every payload that manages to run calls `xss()` (the sentinel the
 * host page defines) or opens a dialog, so an execution is seen either way. Vectors are
 * combined with the breakouts real injections start with: closing a quote, an attribute,
 * a tag, a comment, a style or textarea element.
 */
const RUN = 'xss()';

const vectors: string[] = [
  // script elements
  `<script>${RUN}</script>`,
  `<SCRIPT>${RUN}</SCRIPT>`,
  `<script src="data:text/javascript,${RUN}"></script>`,
  `<script>alert(1)</script>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<script>${RUN}//<</script>`,
  // event handlers
  `<img src=x onerror=${RUN}>`,
  `<img src="x" onerror="${RUN}">`,
  `<IMG SRC=x OnErRoR=alert(1)>`,
  `<svg onload=${RUN}>`,
  `<body onload=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart=${RUN}>`,
  `<iframe onload=${RUN}></iframe>`,
  `<a onmouseover=${RUN}>x</a>`,
  `<div style="animation-name:spin" onanimationstart=${RUN}>`,
  `<object data=x onerror=${RUN}>`,
  `<select autofocus onfocus=${RUN}>`,
  `<textarea autofocus onfocus=${RUN}>`,
  `<keygen autofocus onfocus=${RUN}>`,
  `<button popovertarget=x>x</button><div popover id=x onbeforetoggle=${RUN}>`,
  // script URLs
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  ` javascript:${RUN}`,
  `&#106;avascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD54c3MoKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `<a href="javascript:${RUN}">klik hier</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">klik</a>`,
  `<form action="javascript:${RUN}"><button>verstuur</button></form>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.xss()</script>"></iframe>`,
  `<embed src="javascript:${RUN}">`,
  `<object data="javascript:${RUN}"></object>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<link rel="import" href="data:text/html,<script>${RUN}</script>">`,
  // SVG and MathML
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="20">klik</text></a></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><set attributeName="onload" to="${RUN}"/></svg>`,
  `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<math href="javascript:${RUN}">klik</math>`,
  // mutation XSS
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
  `<listing>&lt;img src=1 onerror=${RUN}&gt;</listing>`,
  `<title><img src=x onerror=${RUN}></title>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<xmp><img src=x onerror=${RUN}></xmp>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<img src=x onerror="&#x78;&#x73;&#x73;&#x28;&#x29;">`,
  `<img src=x onerror=\\u0078ss()>`,
  // template and framework injections, Lit's own markers
  '${xss()}',
  '{{constructor.constructor("xss()")()}}',
  '<?lit$1234567$>',
  'lit$1234567$',
  '<!--?lit$1234567$-->',
  `<buurt-phase-tracker initiative="1" onclick="${RUN}"></buurt-phase-tracker>`,
  `</buurt-phase-tracker><script>${RUN}</script>`,
  `<slot name="x" onslotchange=${RUN}></slot>`,
  // CSS
  '<style>*{display:none!important}</style>',
  `<style>@import "data:text/css,*{background:url(javascript:${RUN})}";</style>`,
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  `<div style="background:url('javascript:${RUN}')">x</div>`,
  `<div style="width:expression(${RUN})">x</div>`,
  // encodings that are only text
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `\\x3cscript\\x3e${RUN}\\x3c/script\\x3e`,
  `+ADw-script+AD4-${RUN}+ADw-/script+AD4-`,
  '\uFF1Cscript\uFF1Exss()\uFF1C/script\uFF1E',
  // broken markup
  '<img src="x',
  '<div><span></div></span>',
  '</div></section></ol></li>',
  '<!--',
  '<![CDATA[',
  '<table><tr><td>',
  '<a href="#">',
  '"\'><',
];

const breakouts = ['', '"><', "'>", '</textarea>', '</style>', '--></', ']]>', 'Buurttuin '];

const texts: string[] = [
  // right-to-left and invisible characters
  '\u202Egnp.exe',
  'Buurt\u202Etuin\u202C feest',
  '\u2066isolaat\u2069 \u2067rechts\u2069',
  'Z\u0338\u0322\u031Ba\u0335l\u0336g\u0337o\u0334',
  'zero\u200Bwidth\u200Cjoin\u200Dtext\uFEFF',
  '\u0627\u0644\u062D\u062F\u064A\u0642\u0629 groen park',
  // emoji
  '🌳🏘️ Buurttuin 👩🏽‍🦯👨‍👩‍👧‍👦',
  '🏳️‍🌈🇳🇱🇫🇷 vlaggen',
  '💩'.repeat(200),
  // long
  'W'.repeat(10_000),
  'Buurtinitiatief'.repeat(700),
  `${'lang woord '.repeat(900)}einde`,
  `https://example.org/${'a'.repeat(9_000)}`,
  `${'<b>'.repeat(2_000)}vet`,
  // control characters that the API must refuse, not store
  'nul\u0000byte',
];

/** At least 200 distinct payloads; `id` keeps failures traceable. */
export const corpus: { id: number; text: string }[] = [
  ...new Set([
    ...vectors.flatMap((v) => breakouts.slice(0, 3).map((b) => b + v)),
    ...vectors.map((v) => breakouts[3 + (v.length % 5)]! + v),
    ...texts,
  ]),
].map((text, id) => ({ id, text }));

/** The part of a payload that fits a field (min/max length from the OpenAPI document). */
export function fit(text: string, min: number, max: number): string {
  const cut = [...text].slice(0, max).join('');
  return cut.length >= min ? cut : cut.padEnd(min, '.');
}
