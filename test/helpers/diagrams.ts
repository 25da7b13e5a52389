// Measures the drawn Mermaid diagrams of a page in the browser: did each one
// become an SVG without a Mermaid error, how small is its smallest text as
// drawn (computed font size × the SVG's scale to the page), do the labels of
// an axis overlap, and what contrast has the text on the Gantt's late bars.
import type { Page } from 'playwright-core';

export interface DiagramMeasure {
  index: number;
  /** Mermaid's name for the diagram (flowchart-v2, gantt, xychart…). */
  kind: string;
  svg: boolean;
  error: boolean;
  /** Drawn width and the width Mermaid laid it out at (viewBox). */
  width: number;
  naturalWidth: number;
  /** Smallest drawn font size of any text in it, in CSS pixels, and that text. */
  minTextPx: number;
  minText: string;
  textCount: number;
  /** Pairs of text boxes that overlap (xychart axis labels, Gantt task names). */
  overlaps: string[];
  /** Lowest contrast of a late (crit) Gantt bar's text against what it is drawn on; Infinity when none. */
  critContrast: number;
}

/** Waits until the start-up script marked the page done or failed. */
export async function waitForDiagrams(page: Page, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    "document.documentElement.getAttribute('data-diagrams') === 'done' || document.documentElement.getAttribute('data-diagrams') === 'failed' ? document.documentElement.getAttribute('data-diagrams') : false",
    undefined,
    { timeout },
  );
  return String(await handle.jsonValue());
}

const MEASURE = `(() => {
  const lum = (rgb) => {
    const m = /rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)/.exec(rgb);
    if (!m) return undefined;
    const c = [m[1], m[2], m[3]].map((v) => { const s = Number(v) / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a, b) => { const x = lum(a), y = lum(b); if (x === undefined || y === undefined) return 0; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  return [...document.querySelectorAll('.mermaid')].map((block, index) => {
    const svg = block.querySelector('svg');
    if (!svg) return { index, kind: '', svg: false, error: true, width: 0, naturalWidth: 0, minTextPx: 0, minText: '', textCount: 0, overlaps: [], critContrast: Infinity };
    const kind = svg.getAttribute('aria-roledescription') || '';
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox && svg.viewBox.baseVal;
    const scale = vb && vb.width ? box.width / vb.width : 1;
    let minTextPx = Infinity, minText = '', textCount = 0;
    const leaves = [...svg.querySelectorAll('text, tspan, foreignObject span, foreignObject div, foreignObject p')].filter(
      (e) => (e.textContent || '').trim() !== '' && ![...e.children].some((c) => (c.textContent || '').trim() !== ''));
    for (const e of leaves) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const px = parseFloat(style.fontSize) * scale;
      textCount++;
      if (px < minTextPx) { minTextPx = px; minText = (e.textContent || '').trim().slice(0, 60); }
    }
    // Overlapping labels: axis labels of a chart, task names of a Gantt.
    const overlaps = [];
    const labelled = [...svg.querySelectorAll('.left-axis .label text, .bottom-axis .label text, .taskText, .taskTextOutsideRight, .taskTextOutsideLeft')];
    const boxes = labelled.map((e) => ({ t: (e.textContent || '').trim(), r: e.getBoundingClientRect() })).filter((b) => b.r.width > 0 && b.t !== '');
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlaps.push(boxes[i].t + ' × ' + boxes[j].t);
    }
    let critContrast = Infinity;
    for (const rect of svg.querySelectorAll('rect.crit0, rect.crit1, rect.crit2, rect.crit3, rect.activeCrit0, rect.activeCrit1, rect.activeCrit2, rect.activeCrit3')) {
      const text = svg.querySelector('[id="' + rect.id + '-text"]');
      if (!text) continue;
      const outside = /Outside/.test(text.getAttribute('class') || '');
      const under = outside ? 'rgb(255, 255, 255)' : getComputedStyle(rect).fill;
      critContrast = Math.min(critContrast, contrast(getComputedStyle(text).fill, under));
    }
    return { index, kind, svg: true, error: kind === 'error', width: box.width, naturalWidth: vb ? vb.width : 0, minTextPx, minText, textCount, overlaps: overlaps.slice(0, 5), critContrast };
  });
})()`;

export async function measureDiagrams(page: Page): Promise<DiagramMeasure[]> {
  return (await page.evaluate(MEASURE)) as DiagramMeasure[];
}
