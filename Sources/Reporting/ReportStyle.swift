/// The report's inline style sheet: system fonts, readable widths, colour-blind-safe pass/fail
/// colours (blue/orange, each at least 5:1 against white, WCAG AA for text), tables that scroll
/// sideways on a phone instead of widening the page (QA review 40: 796 px wide at 390 px), and a
/// print layout without backgrounds that would waste ink.
enum ReportStyle {
  static let css = """
    :root { --pass: #1f6fb2; --fail: #b05000; --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
      max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .6rem; }
    .subtitle, .note { color: var(--muted); font-size: .9rem; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0; font-variant-numeric: tabular-nums; }
    th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    th { font-weight: 600; background: #f5f6f8; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .88em; }
    .verdict { border: 3px solid; border-radius: 8px; padding: .2rem 1rem 1rem; }
    .verdict.pass { border-color: var(--pass); } .verdict.fail { border-color: var(--fail); }
    .verdict.pass h2 { color: var(--pass); } .verdict.fail h2 { color: var(--fail); }
    .verdict.none { border-color: var(--muted); }
    .verdict td { white-space: nowrap; }
    .verdict td.metric, .verdict td.reason { white-space: normal; overflow-wrap: anywhere; }
    .verdict td.reason { min-width: 12rem; }
    tr.fail td { color: var(--fail); font-weight: 600; }
    .band { color: var(--muted); font-size: .8rem; margin-left: .4rem; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    .facts dt { color: var(--muted); } .facts dd { margin: 0; }
    .disagreement { border-top: 1px solid var(--line); padding: .4rem 0; break-inside: avoid; }
    .disagreement h3 { font-size: .9rem; margin: .2rem 0; }
    blockquote { margin: .2rem 0; padding: .3rem .8rem; border-left: 4px solid var(--line); background: #fafafa; }
    .control { font: .75em ui-monospace, monospace; color: var(--muted); border: 1px dotted currentColor; padding: 0 .15em; }
    .tag { display: inline-block; padding: 0 .5rem; border-radius: 4px; font-size: .85rem; }
    .tag.human { background: #e6eef7; } .tag.machine { background: #fbeadb; }
    .explain { font-size: .85rem; color: var(--muted); margin: .2rem 0; }
    svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
    footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
    @media (max-width: 700px) {
      body { padding: .8rem; }
      table { display: block; overflow-x: auto; }
      code, dd, p { overflow-wrap: anywhere; }
      svg { max-width: 100%; height: auto; }
    }
    @media print {
      body { max-width: none; padding: 0; font-size: 11px; }
      th { background: none; } blockquote { background: none; }
      section { break-inside: avoid-page; }
    }
    """
}
