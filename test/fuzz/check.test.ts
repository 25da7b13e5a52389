// The fuzzer's HTML check finds what it looks for, and passes clean pages.
import { describe, expect, it } from 'vitest';
import { htmlInjections } from './check.js';

describe('htmlInjections', () => {
  it('finds scripts, event handlers and script URLs', () => {
    const page = [
      '<p>x<script>alert(1)</script></p>',
      '<img src="x" onerror="alert(1)">',
      '<a href=" jav&#x09;ascript:alert(1)">a</a>',
      '<a href="JAVASCRIPT:alert(1)">b</a>',
      '<iframe src="https://example.org"></iframe>',
      '<div style="background:url(javascript:alert(1))">c</div>',
    ].join('\n');
    expect(htmlInjections(page, new Set())).toEqual([
      '<script>',
      '<img onerror=…>',
      '<a href=" jav\tascript:alert(1)">',
      '<a href="JAVASCRIPT:alert(1)">',
      '<iframe>',
      '<div style="background:url(javascript:alert(1))">',
    ]);
  });

  it('passes escaped text and ordinary links', () => {
    const page = '<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:alert(1)</p><a href="https://example.org/a_b">l</a><a href="../x.html#y">m</a>';
    expect(htmlInjections(page, new Set())).toEqual([]);
  });
});
