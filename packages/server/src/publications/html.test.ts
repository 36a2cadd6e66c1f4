import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.ts';

describe('the public pages template helper', () => {
  it('escapes every interpolated value', () => {
    const title = '<script>alert("x")</script> & \'y\'';
    expect(html`<h1>${title}</h1>`.value).toBe(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</h1>',
    );
  });

  it('escapes values inside attributes too', () => {
    const href = '" onmouseover="alert(1)';
    expect(html`<a href="${href}">x</a>`.value).toBe('<a href="&quot; onmouseover=&quot;alert(1)">x</a>');
  });

  it('nests templates without escaping them twice, and joins lists', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('prints nothing for null, undefined and booleans, and numbers as text', () => {
    expect(html`${null}${undefined}${false}${true}${0}${12.5}`.value).toBe('012.5');
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
