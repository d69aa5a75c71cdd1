"""The app's look: a readable column, clear headings and feedback colours; shipped inline, nothing online."""

CSS = """
<style>
.ok-app { max-width: 58rem; margin: 0 auto; font-size: 16px; line-height: 1.55; color: #1d2433; }
.ok-app h1 { font-size: 1.9rem; margin: .4em 0 .2em; }
.ok-app h2 { font-size: 1.45rem; margin: .8em 0 .3em; }
.ok-app h3 { font-size: 1.1rem; margin: .9em 0 .3em; }
.ok-hint, .ok-source { color: #4f5669; font-size: .9rem; }
.ok-hint ol, .ok-hint ul { margin: .2em 0 .4em 1.2em; padding-left: 1em; }
.ok-hint p { margin: .2em 0; }
.ok-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.ok-app a { color: #1f4f8f; text-decoration: underline; }
.ok-app a:hover { color: #163a6b; }
.ok-warning { background: #fff4e0; border-left: 4px solid #d98a00; padding: .4em .8em; margin: .5em 0; }
.ok-error { background: #fde8e8; border-left: 4px solid #c0392b; padding: .4em .8em; margin: .5em 0; }
.ok-welcome { background: #e8f3ec; border-left: 4px solid #2e8b57; padding: .4em .8em; margin: .5em 0; }
.ok-status { color: #1e6b3f; font-size: .9rem; min-height: 1.4em; }
.ok-group { font-weight: 600; margin-top: .6em; }
.ok-statement { margin-top: .6em; }
.ok-record { border: 1px solid #d8dce6; border-radius: 6px; padding: .4em .6em; margin: .3em 0; }
.ok-row-title { font-weight: 600; }
.ok-inject { border-left: 4px solid #4a6fa5; background: #f3f6fb; padding: .35em .8em; margin: .4em 0; }
.ok-inject-meta { color: #4a5568; font-size: .85rem; }
.ok-policy { border: 1px solid #d8dce6; background: #f7f8fb; border-radius: 6px; padding: .2em .9em; margin: .5em 0; }
.ok-debrief { border-left: 4px solid #6b5ca5; background: #f5f3fb; padding: .3em .9em; margin: .5em 0; }
.ok-bar { display: inline-block; width: 8em; height: .7em; background: #e3e6ee; border-radius: 4px;
          vertical-align: middle; overflow: hidden; }
.ok-bar > span { display: block; height: 100%; background: #2e8b57; }
.ok-fb { list-style: none; margin: .35em 0; }
.ok-fb-goed .ok-icon { color: #2e8b57; } .ok-fb-deels .ok-icon { color: #b7791f; }
.ok-fb-gemist .ok-icon { color: #c0392b; } .ok-fb-afgeraden .ok-icon { color: #c05621; }
.ok-reason { margin-left: 1.6em; } .ok-fb .ok-source { margin-left: 1.6em; }
.ok-qscore { float: right; font-weight: 600; }
.ok-question-feedback { border-top: 1px solid #e3e6ee; padding-top: .3em; }
.ok-app .widget-radio-box label, .ok-app .widget-checkbox label { white-space: normal; }
/* A long option (a timeline moment) wraps onto several lines: its row grows with it instead of running over the
   next option and covering its radio button (ipywidgets gives each row one fixed line). */
.ok-app .widget-radio-box label { height: auto; min-height: var(--jp-widgets-radio-item-height); line-height: 1.35;
    padding: .2em 0; display: flex; align-items: flex-start; gap: .3em; }
.ok-app .widget-radio-box label input { flex: none; order: -1; margin-top: .2em; }
.ok-app .widget-checkbox { height: auto; }
.ok-app .widget-checkbox .widget-label-basic { white-space: normal; }
.ok-app button:focus-visible, .ok-app input:focus, .ok-app textarea:focus, .ok-app select:focus,
.ok-app summary:focus-visible, .ok-app a:focus-visible, .ok-app .jupyter-widget-Collapse-header:focus-visible {
    outline: 3px solid #1f4f8f !important; outline-offset: 2px; }
.ok-app [data-ok-focus]:focus { outline: none; }
.ok-app [data-ok-focus]:focus-visible { outline: 3px solid #1f4f8f; outline-offset: 2px; }
/* Nothing cut off: buttons as wide as their text, labels and descriptions wrap instead of ending in "…". */
.ok-app .jupyter-button { width: auto; max-width: 100%; height: auto; min-height: var(--jp-widgets-inline-height);
    white-space: normal; padding: .25em .9em; }
.ok-app .widget-toggle-buttons .widget-toggle-button { width: auto; min-width: 8em; }
.ok-app .widget-toggle-buttons { flex-wrap: wrap; height: auto; }
.ok-app .widget-label, .ok-app .widget-label-basic { white-space: normal; overflow: visible; text-overflow: clip;
    height: auto; line-height: 1.35; }
.ok-app .widget-inline-hbox { height: auto; min-height: var(--jp-widgets-inline-height); }
.ok-app .jupyter-button.mod-success { background-color: #2e7d32; }
.ok-app .jupyter-widget-Collapse-header { font-weight: 600; color: #1d2433; background: #eef1f6; cursor: pointer; }
.ok-app .fa { font-style: normal; }
.ok-app .fa-caret-right::before { content: "▸"; } .ok-app .fa-caret-down::before { content: "▾"; }
.ok-casus-summary { margin: .3em 0 .6em; }
.ok-app .widget-html-content { font-size: 1rem; line-height: 1.55; }
/* Feedback at a glance: summary first, one folding block per step, one named block per question. */
.ok-feedback { margin-top: 1em; }
.ok-summary { background: #f5f7fb; border: 1px solid #d8dce6; border-radius: 6px; padding: .5em 1em; }
.ok-step-scores caption { text-align: left; font-weight: 600; padding: .3em 0; }
.ok-num { font-variant-numeric: tabular-nums; font-weight: 600; }
.ok-step-feedback { border: 1px solid #d8dce6; border-radius: 6px; margin: .5em 0; padding: 0 .8em; }
.ok-step-feedback > summary { cursor: pointer; }
.ok-step-feedback > summary h3 { display: inline; font-size: 1.1rem; }
.ok-step-feedback[open] > summary { border-bottom: 1px solid #e3e6ee; margin-bottom: .3em; padding-bottom: .3em; }
.ok-question-feedback h4 { font-size: 1rem; margin: .7em 0 .2em; }
.ok-feedback .ok-source { font-size: 1em; }
.ok-feedback ul { padding-left: .4em; }
.ok-model summary { cursor: pointer; font-style: italic; }
/* The facilitator's code and key: large, monospaced, each with a copy button. */
.ok-keybox { border: 2px solid #1f4f8f; border-radius: 8px; padding: .6em 1em; margin: .6em 0; background: #f3f6fb; }
.ok-keyrow { margin: .3em 0; }
.ok-keylabel { display: inline-block; min-width: 9em; font-weight: 600; }
.ok-key { font-family: "DejaVu Sans Mono", monospace; font-size: 1.4rem; letter-spacing: .08em; }
.ok-copy { margin-left: .8em; font-size: .95rem; padding: .2em .8em; border: 1px solid #1f4f8f; border-radius: 4px;
    background: #fff; color: #1f4f8f; cursor: pointer; }
.ok-picker .widget-checkbox { margin-left: 1em; }
.ok-list a { font-size: 1.05rem; }
.ok-table { border-collapse: collapse; width: 100%; font-size: .95rem; }
.ok-table th, .ok-table td { border-bottom: 1px solid #e3e6ee; padding: .25em .5em; text-align: left; }
.ok-card { display: inline-block; vertical-align: top; width: 16em; margin: .3em; padding: .5em .7em;
           background: #fffbea; border: 1px solid #eadfb4; border-radius: 6px; white-space: pre-wrap; }
.ok-card-name { font-weight: 600; font-size: .85rem; color: #4f5669; }
.ok-spotlight { font-size: 1.35rem; border-left: 6px solid #4a6fa5; margin: .6em 0; padding: .4em 1em;
                white-space: pre-wrap; }
.ok-spotlight footer { font-size: .95rem; color: #4f5669; margin-top: .3em; }
/* A choice's limit stays in view above a long list of options while the learner scrolls it. */
.ok-app .ok-limit { position: sticky; top: 0; z-index: 3; background: #fff; }
/* A resume code stays on one line; typed text is in the page's font and never runs past the column. */
.ok-resume-code { white-space: nowrap; font-family: "DejaVu Sans Mono", monospace; font-weight: 600; }
.ok-app textarea, .ok-app input[type="text"], .ok-app input[type="password"] { font-family: inherit;
    font-size: 1rem; max-width: 100%; box-sizing: border-box; }
.ok-app .widget-textarea, .ok-app .widget-text { max-width: 100%; box-sizing: border-box; }
.ok-download { display: inline-block; margin: .5em 0; font-weight: 600; }
/* (issue 21, names and regions) A full-width widget plus its 2 px margins was 4 px wider than its box:
   the box scrolled sideways, and an observer's box around a read-only textarea was a scrollable region
   without focusable content (axe: scrollable-region-focusable). Children fit their box. */
.ok-app .widget-box > .jupyter-widgets { max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); }
/* === WCAG 2.1 AA 2.4.7, 1.4.10, 1.4.11 (issue 21, items 1, 2, 4; tests/browser/test_wcag_measured.py) === */
/* 2.4.7 Focus visible: ipywidgets boxes, toggle rows and folding sections clip their overflow, which cut the
   focus outline of a control at their edge on one to four sides; nothing in the column needs to scroll
   sideways any more (below), so they show their overflow. The open section's contents paint over its
   header's lower edge: that header's ring lies inside it. The column keeps a few px for the outlines of
   controls at its own edges. */
.ok-app { box-sizing: border-box; padding: 0 6px 8px; }
.ok-app .widget-box, .ok-app .widget-toggle-buttons, .ok-app .jupyter-widget-Collapse,
.ok-app .jupyter-widget-Collapse-contents { overflow: visible; }
.ok-app .jupyter-widget-Collapse-header:focus-visible { outline-offset: -3px; }
/* 1.4.10 Reflow: at 320 CSS px no control is wider than the column (fixed widths such as 46em become a
   maximum), a row of buttons or a label and its field wrap instead of squeezing, and a button keeps its text. */
.ok-app .jupyter-widgets:not(.widget-box) { max-width: calc(100% - 2 * var(--jp-widgets-margin)); }
.ok-app .widget-box { max-width: 100%; }
.ok-app .widget-inline-hbox, .ok-app .widget-hbox { flex-wrap: wrap; }
.ok-app .widget-inline-hbox > .widget-input, .ok-app .widget-inline-hbox > select,
.ok-app .widget-inline-hbox > textarea { min-width: 0; flex: 1 1 14em; max-width: 100%; }
.ok-app .jupyter-button { flex-shrink: 0; }
@media (max-width: 36em) {
    /* a label above its field, the field the column's full width (a list of roles is wider than 184 px) */
    .ok-app .widget-inline-hbox > .widget-label { text-align: left; }
    .ok-app .widget-inline-hbox > .widget-input, .ok-app .widget-inline-hbox > select,
    .ok-app .widget-inline-hbox > textarea { flex-basis: 100%; }
    .ok-app .widget-button { margin-left: var(--jp-widgets-margin) !important; }
    /* the score bars repeat the percentage next to them (aria-hidden): the narrow table shows the numbers */
    .ok-step-scores .ok-bar, .ok-step-scores td:empty { display: none; }
    .ok-summary { padding: .5em .6em; }
}
.ok-app .ok-table td, .ok-app .ok-table th { overflow-wrap: anywhere; }
/* 1.4.11 Non-text contrast: field borders 4.5:1 on white (#bdbdbd was 1.88:1); a pressed toggle is dark
   blue with white text, 7.0:1 against an unpressed one (grey on grey was 1.62:1). */
.ok-app .jupyter-widgets input:not([type="checkbox"]):not([type="radio"]), .ok-app .jupyter-widgets textarea,
.ok-app .jupyter-widgets select { border-color: #767676; }
.ok-app .widget-toggle-button.mod-active { background-color: #1f4f8f; color: #fff; }
/* === end of WCAG items 1, 2, 4 === */
</style>
"""
