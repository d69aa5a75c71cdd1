"""Dashboard charts as inline PNG images: matplotlib without pyplot, so nothing global and nothing online."""

from __future__ import annotations

import base64
import html
import io
import textwrap

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from kit.facilitation.dashboard import ChoiceBar

STATUS_COLOURS = {
    "kern": "#2e8b57",
    "passend": "#d4a017",
    "niet-van-toepassing": "#7f6a93",
    "afgeraden": "#c0392b",
    "neutraal": "#9aa3b5",
}
STATUS_NAMES = {
    "kern": "kern",
    "passend": "passend",
    "niet-van-toepassing": "past niet bij de feiten",
    "afgeraden": "afgeraden",
    "neutraal": "niet genoemd",
}


def _png(figure: Figure, alt: str) -> str:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}" style="max-width:100%">'


NO_CHOICES = "Nog niemand koos een antwoord bij: {title}"


def choice_figure(bars: tuple[ChoiceBar, ...], title: str) -> Figure:
    """Horizontal bars: how many chose each option, coloured by the reference's verdict.

    The title stands above the bars and the legend below the axis, both outside the plot and placed by
    matplotlib's constrained layout, so neither covers the other or a bar; the count axis starts at 0.
    """
    shown = list(bars)[:30]
    figure = Figure(figsize=(8, 1.6 + 0.32 * max(1, len(shown))), dpi=90, layout="constrained")
    axes = figure.add_subplot()
    labels = [textwrap.shorten(b.label, 70, placeholder="…") for b in shown]
    counts = [b.count for b in shown]
    axes.barh(range(len(shown)), counts, color=[STATUS_COLOURS[b.status] for b in shown])
    axes.set_yticks(range(len(shown)), labels, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("aantal deelnemers")
    axes.set_xlim(0, max(1, *counts) if counts else 1)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    used = {b.status for b in shown}
    handles = [Patch(color=colour, label=STATUS_NAMES[name]) for name, colour in STATUS_COLOURS.items() if name in used]
    figure.suptitle(textwrap.shorten(title, 90, placeholder="…"), fontsize=10)
    figure.legend(handles=handles, fontsize=7, loc="outside lower center", ncols=5, frameon=False)
    return figure


def choice_chart(bars: tuple[ChoiceBar, ...], title: str) -> str:
    """The chart as an inline image; while nobody chose anything a sentence says so instead of empty axes."""
    if not any(b.count for b in bars):
        return f'<p class="ok-hint">{html.escape(NO_CHOICES.format(title=title))}</p>'
    return _png(choice_figure(bars, title), f"Verdeling van de keuzes: {title}")


def score_histogram(totals: tuple[float, ...]) -> str:
    figure = Figure(figsize=(6, 2.6), dpi=90)
    axes = figure.add_subplot()
    axes.hist([t * 100 for t in totals], bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], color="#4a6fa5")
    axes.set_xlim(0, 100)
    axes.set_ylim(bottom=0)
    axes.set_xlabel("totaalscore (%)")
    axes.set_ylabel("deelnemers")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    return _png(figure, "Verdeling van de totaalscores")
