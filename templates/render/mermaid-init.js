// Draws the page's Mermaid diagrams (styr render --html). Loaded after
// mermaid.min.js from the same folder: the pages' Content-Security-Policy
// runs only same-origin scripts. Marks the page when done, so a printer
// (styr render --pdf) and the tests know when every diagram is drawn:
// <html data-diagrams="done"> or "failed" (data-diagram-error says why).
(function () {
  'use strict';
  var root = document.documentElement;
  var blocks = document.querySelectorAll('pre.mermaid');
  if (blocks.length === 0) {
    root.setAttribute('data-diagrams', 'done');
    return;
  }
  /* global mermaid */
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'default',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    themeVariables: {
      fontSize: '16px',
      // Late orders (crit): dark red with white text, 7.4:1; committed (active) work: dark blue.
      critBkgColor: '#b3261e',
      critBorderColor: '#7f1b15',
      activeTaskBkgColor: '#cfe2ff',
      activeTaskBorderColor: '#1c4f9c',
      // Maturity: current as dark blue bars, target as a dark red line (both 3:1 or more against white).
      xyChart: { plotColorPalette: '#1c4f9c, #b3261e' },
    },
    themeCSS: [
      '.critText0, .critText1, .critText2, .critText3, .activeCritText0, .activeCritText1, .activeCritText2, .activeCritText3 { fill: #ffffff !important; }',
      '.critTextOutsideLeft, .critTextOutsideRight, .taskTextOutsideLeft, .taskTextOutsideRight { fill: #1a1a1a !important; }',
      '.grid .tick text { font-size: 12px; fill: #333333; }',
      '.sectionTitle { font-size: 13px; }',
    ].join('\n'),
    flowchart: { useMaxWidth: true, htmlLabels: true, wrappingWidth: 220, nodeSpacing: 30, rankSpacing: 50 },
    gantt: { useMaxWidth: true, fontSize: 12, sectionFontSize: 13, barHeight: 22, barGap: 6, leftPadding: 160 },
    xyChart: { width: 900, height: 520, xAxis: { labelFontSize: 14 }, yAxis: { labelFontSize: 14 } },
  });
  mermaid.run({ querySelector: 'pre.mermaid' }).then(
    function () {
      var failed = document.querySelector('pre.mermaid svg[aria-roledescription="error"]');
      root.setAttribute('data-diagrams', failed ? 'failed' : 'done');
    },
    function (error) {
      root.setAttribute('data-diagram-error', String((error && error.message) || error).slice(0, 300));
      root.setAttribute('data-diagrams', 'failed');
    },
  );
})();
