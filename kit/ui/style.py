"""The app's look: a readable column, clear headings and feedback colours; shipped inline, nothing online."""

CSS = """
<style>
.ok-app { max-width: 58rem; margin: 0 auto; font-size: 16px; line-height: 1.55; color: #1d2433; }
.ok-app h1 { font-size: 1.9rem; margin: .4em 0 .2em; }
.ok-app h2 { font-size: 1.45rem; margin: .8em 0 .3em; }
.ok-app h3 { font-size: 1.1rem; margin: .9em 0 .3em; }
.ok-hint, .ok-source { color: #5a6275; font-size: .9rem; }
.ok-warning { background: #fff4e0; border-left: 4px solid #d98a00; padding: .4em .8em; margin: .5em 0; }
.ok-error { background: #fde8e8; border-left: 4px solid #c0392b; padding: .4em .8em; margin: .5em 0; }
.ok-welcome { background: #e8f3ec; border-left: 4px solid #2e8b57; padding: .4em .8em; margin: .5em 0; }
.ok-status { color: #2e8b57; font-size: .9rem; min-height: 1.4em; }
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
.ok-app .widget-checkbox { height: auto; }
.ok-app .widget-checkbox .widget-label-basic { white-space: normal; }
.ok-app button:focus, .ok-app input:focus, .ok-app textarea:focus, .ok-app select:focus {
    outline: 3px solid #4a6fa5; outline-offset: 1px; }
.ok-list a { font-size: 1.05rem; }
.ok-table { border-collapse: collapse; width: 100%; font-size: .95rem; }
.ok-table th, .ok-table td { border-bottom: 1px solid #e3e6ee; padding: .25em .5em; text-align: left; }
.ok-card { display: inline-block; vertical-align: top; width: 16em; margin: .3em; padding: .5em .7em;
           background: #fffbea; border: 1px solid #eadfb4; border-radius: 6px; white-space: pre-wrap; }
.ok-card-name { font-weight: 600; font-size: .85rem; color: #5a6275; }
.ok-spotlight { font-size: 1.35rem; border-left: 6px solid #4a6fa5; margin: .6em 0; padding: .4em 1em;
                white-space: pre-wrap; }
.ok-spotlight footer { font-size: .95rem; color: #5a6275; margin-top: .3em; }
.ok-download { display: inline-block; margin: .5em 0; font-weight: 600; }
</style>
"""
