"""Dashboard charts: no empty axes running below zero, and the legend never covers the title."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg

from kit.facilitation.dashboard import ChoiceBar
from kit.facilitation.plots import choice_chart, choice_figure

STATUSES = ("kern", "passend", "niet-van-toepassing", "afgeraden", "neutraal")


def bars(*counts: int) -> tuple[ChoiceBar, ...]:
    return tuple(ChoiceBar(f"o{n}", f"Optie {n}", c, STATUSES[n % 5]) for n, c in enumerate(counts))


def test_a_question_nobody_answered_gets_a_sentence_not_empty_axes() -> None:
    shown = choice_chart(bars(0, 0, 0), "Welke signalen zie je?")
    assert "<img" not in shown and "Nog niemand koos" in shown and "Welke signalen zie je?" in shown


def test_title_bars_and_legend_do_not_overlap_and_the_axis_starts_at_zero() -> None:
    figure = choice_figure(bars(3, 1, 0, 2, 0, 1, 1), "Welke signalen zie je, en welke wegen het zwaarst voor de wijk?")
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    title = figure._suptitle
    assert title is not None
    (legend,) = figure.legends
    title_box, legend_box = title.get_window_extent(renderer), legend.get_window_extent(renderer)
    axes_box = figure.axes[0].get_window_extent(renderer)
    assert not title_box.overlaps(legend_box)
    assert title_box.y0 >= axes_box.y1 - 1 and legend_box.y1 <= axes_box.y0 + 1  # title, bars, then the legend
    assert figure.axes[0].get_xlim()[0] == 0
    assert "<img" in choice_chart(bars(1), "Vraag")
