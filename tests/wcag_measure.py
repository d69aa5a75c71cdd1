"""WCAG 2.1 AA criteria that axe cannot see, measured in the browser: focus visible (2.4.7), reflow at
320 CSS px (1.4.10) and non-text contrast (1.4.11). Each function returns a list of problems, empty when
the page as it is now passes, so a test can name every failing control at once."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
from axe_check import page_height
from PIL import Image
from playwright.sync_api import Page

# --- contrast -------------------------------------------------------------------------------------------


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour given as 0-255 channels."""
    channels = [c / 255 for c in rgb]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance_image(pixels: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    channels = pixels[..., :3].astype(float) / 255
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return np.asarray(linear @ np.array([0.2126, 0.7152, 0.0722]))


def painted(page: Page) -> None:
    """Wait until the browser has painted the latest change (two animation frames), not for a fixed time."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


# --- 2.4.7 focus visible ------------------------------------------------------------------------------

FOCUSABLE = """() => {
  document.querySelectorAll('[data-ok-probe]').forEach(el => el.removeAttribute('data-ok-probe'));
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const found = Array.from(document.querySelectorAll('.ok-app ' + selector.split(', ').join(', .ok-app ')))
    .filter(el => !el.disabled && el.offsetParent !== null && el.getClientRects().length > 0)
    .filter(el => el.checkVisibility({visibilityProperty: true}))  // not in a closed <details>
    .filter(el => !el.closest('[aria-hidden=true]') && !el.closest('.ok-sr'))
    .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
  found.forEach((el, i) => el.setAttribute('data-ok-probe', String(i)));
  return found.length; }"""

PLACE = """(i) => { const el = document.querySelector(`[data-ok-probe="${i}"]`);
  if (!el || !el.isConnected || el.offsetParent === null) return null;
  if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  el.scrollIntoView({block: 'center', inline: 'nearest'});
  const r = el.getBoundingClientRect();
  const label = (el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent)
    || el.textContent || el.placeholder || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  return {x: r.left, y: r.top, w: r.width, h: r.height, name: el.tagName.toLowerCase() + ' "' + label + '"'}; }"""

FOCUS = """(i) => { const el = document.querySelector(`[data-ok-probe="${i}"]`); el.focus({preventScroll: true});
  return document.activeElement === el && el.matches(':focus-visible'); }"""

MARGIN = 8  # px around the box: an outline with its offset lies here
INSIDE = 8  # px into the box: an inset ring (box-shadow, negative outline-offset) lies here
SIDE_COVERED = 0.8  # of a side's length must show the ring (rounded corners take the rest)


def _shot(page: Page, clip: dict[str, float]) -> np.ndarray[Any, Any]:
    return np.asarray(Image.open(io.BytesIO(page.screenshot(clip=clip))).convert("RGB"))


def focus_problems(page: Page, state: str) -> list[str]:
    """Every visible focusable control of the page, focused as a keyboard user focuses it, must change its
    box (plus a margin) on all four sides with pixels of at least 3:1 contrast against how they looked
    unfocused: an outline that a parent's `overflow: hidden` clips on one side fails here."""
    problems = []
    page.keyboard.press("Shift")  # keyboard modality: script focus then matches :focus-visible, as Tab does
    viewport = page.viewport_size or {"width": 1280, "height": 900}
    for index in range(int(page.evaluate(FOCUSABLE))):
        problem = _focus_problem(page, index, viewport)
        if problem:
            problem = _focus_problem(page, index, viewport)  # once more: a live refresh may have re-drawn it
        if problem:
            problems.append(f"{state}: {problem}")
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    return problems


def _focus_problem(page: Page, index: int, viewport: Any) -> str:
    """What is wrong with the focus ring of the control counted as `index`, or '' when it shows."""
    box = page.evaluate(PLACE, index)
    if box is None:
        return ""  # re-rendered or hidden since it was counted (a live refresh)
    left, top = max(0.0, box["x"] - MARGIN), max(0.0, box["y"] - MARGIN)
    right = min(float(viewport["width"]), box["x"] + box["w"] + MARGIN)
    bottom = min(float(viewport["height"]), box["y"] + box["h"] + MARGIN)
    clip = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    if clip["width"] < 2 or clip["height"] < 2:
        return ""
    painted(page)  # the blur's repaint
    before = _shot(page, clip)
    if not page.evaluate(FOCUS, index):
        return f"{box['name']} does not take keyboard focus"
    after = _shot(page, clip)
    lum_before, lum_after = _luminance_image(before), _luminance_image(after)
    lighter, darker = np.maximum(lum_before, lum_after), np.minimum(lum_before, lum_after)
    strong = (lighter + 0.05) / (darker + 0.05) >= 3.0
    # the element's own box inside the clip, and the band around each of its sides
    x0, y0 = round(box["x"] - left), round(box["y"] - top)
    x1, y1 = round(box["x"] + box["w"] - left), round(box["y"] + box["h"] - top)
    height, width = strong.shape
    bands = {
        "top": strong[max(0, y0 - MARGIN) : min(height, y0 + INSIDE), max(0, x0) : min(width, x1)].any(axis=0),
        "bottom": strong[max(0, y1 - INSIDE) : min(height, y1 + MARGIN), max(0, x0) : min(width, x1)].any(axis=0),
        "left": strong[max(0, y0) : min(height, y1), max(0, x0 - MARGIN) : min(width, x0 + INSIDE)].any(axis=1),
        "right": strong[max(0, y0) : min(height, y1), max(0, x1 - INSIDE) : min(width, x1 + MARGIN)].any(axis=1),
    }
    weak = [side for side, covered in bands.items() if covered.size and covered.mean() < SIDE_COVERED]
    if weak:
        changed = int((before != after).any(axis=2).sum())
        return (
            f"{box['name']} ({box['w']:.0f}x{box['h']:.0f} px) shows no 3:1 focus ring on "
            f"{', '.join(weak)} ({changed} pixels changed, {int(strong.sum())} of them by 3:1)"
        )
    return ""


def focus_shot(page: Page, selector: str, path: Path, margin: int = 24) -> None:
    """A screenshot of one control with the keyboard's focus on it, a margin around (for a person to look at)."""
    page.keyboard.press("Shift")
    element = page.locator(selector).first
    element.scroll_into_view_if_needed()
    element.evaluate("el => el.focus()")
    box = element.bounding_box()
    assert box is not None, selector
    viewport = page.viewport_size or {"width": 1280, "height": 900}
    left, top = max(0.0, box["x"] - margin), max(0.0, box["y"] - margin)
    right = min(float(viewport["width"]), box["x"] + box["width"] + margin)
    bottom = min(float(viewport["height"]), box["y"] + box["height"] + margin)
    page.screenshot(path=str(path), clip={"x": left, "y": top, "width": right - left, "height": bottom - top})


# --- 1.4.10 reflow --------------------------------------------------------------------------------------

REFLOW = """() => {
  const out = []; const width = document.documentElement.clientWidth;
  const page = document.documentElement.scrollWidth;
  if (page > width) out.push(`the page is ${page} px wide`);
  const name = el => el.tagName.toLowerCase() + ' "' + ((el.labels && el.labels[0] && el.labels[0].textContent)
     || el.textContent || el.placeholder || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  document.querySelectorAll('.ok-app *').forEach(el => {
    if (el.offsetParent === null || el.closest('.ok-sr')) return;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    if (r.right > width + 0.5 || r.left < -0.5)
      out.push(`${name(el)} reaches ${Math.round(r.left)}..${Math.round(r.right)} px`);
    const style = getComputedStyle(el);
    const scrolls = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
    const label = el.matches(
      'label, button, select, .widget-label, .widget-label-basic, .widget-toggle-button, summary');
    if (scrolls && (label || el.tagName !== 'TEXTAREA'))
      out.push(`${name(el)} needs ${el.scrollWidth} px, has ${el.clientWidth}`);
    if (label && el.textContent.trim() && el.scrollHeight > el.clientHeight + 2 && style.overflowY !== 'visible')
      out.push(`${name(el)} is cut: ${el.scrollHeight} px high text in ${el.clientHeight} px`);
  });
  return Array.from(new Set(out)); }"""


def reflow_problems(page: Page, state: str) -> list[str]:
    """At the window's width (320 CSS px in the test): nothing wider than the window, nothing that scrolls
    sideways, no label or button narrower than its text."""
    return [f"{state}: {problem}" for problem in page.evaluate(REFLOW)]


def tall_shot(page: Page, path: Path) -> None:
    """A screenshot of the whole content at the window's width (Voila scrolls inside its shell)."""
    viewport = page.viewport_size or {"width": 1280, "height": 900}
    page.set_viewport_size({"width": viewport["width"], "height": min(max(page_height(page), 600), 8000)})
    painted(page)
    page.screenshot(path=str(path))
    page.set_viewport_size(viewport)


# --- 1.4.11 non-text contrast ---------------------------------------------------------------------------

FIELDS = """() => {
  const rgb = c => { const m = c.match(/[\\d.]+/g) || []; return m.map(Number); };
  const behind = el => { for (let p = el.parentElement; p; p = p.parentElement) {
      const c = rgb(getComputedStyle(p).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3); }
    return [255, 255, 255]; };
  const fields = ['input[type=text]', 'input[type=password]', 'input:not([type])', 'textarea', 'select'];
  return Array.from(document.querySelectorAll(fields.map(f => '.ok-app ' + f).join(', ')))
    .filter(el => el.offsetParent !== null)
    .map(el => { const s = getComputedStyle(el);
      const label = (el.labels && el.labels[0] && el.labels[0].textContent) || el.placeholder || '';
      return {name: el.tagName.toLowerCase() + ' "' + label.trim().slice(0, 40) + '"',
              border: rgb(s.borderTopColor).slice(0, 3), width: parseFloat(s.borderTopWidth), style: s.borderTopStyle,
              field: rgb(s.backgroundColor).slice(0, 3), behind: behind(el)}; }); }"""

TOGGLES = """() => Array.from(document.querySelectorAll('.ok-app .widget-toggle-buttons'))
  .filter(g => g.offsetParent !== null)
  .map(group => { const rgb = c => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
    const look = b => { const s = getComputedStyle(b);
      return {bg: rgb(s.backgroundColor), border: rgb(s.borderTopColor), borderWidth: parseFloat(s.borderTopWidth),
              shadow: s.boxShadow, text: (b.textContent || '').trim()}; };
    const buttons = Array.from(group.querySelectorAll('.widget-toggle-button'));
    return {pressed: buttons.filter(b => b.classList.contains('mod-active')).map(look),
            unpressed: buttons.filter(b => !b.classList.contains('mod-active')).map(look)}; })"""


def non_text_contrast_problems(page: Page, state: str) -> list[str]:
    """A text field's border must stand out 3:1 against the page around it (or the field's own fill must), and
    a pressed toggle must differ 3:1 from an unpressed one in its fill or its border."""
    problems = []
    for field in page.evaluate(FIELDS):
        border = tuple(field["border"])
        visible_border = field["style"] != "none" and field["width"] >= 1
        ratio = max(
            contrast(border, tuple(field["behind"])) if visible_border else 1.0,
            contrast(tuple(field["field"]), tuple(field["behind"])),
        )
        if ratio < 3.0:
            problems.append(f"{state}: {field['name']} border {border} on {tuple(field['behind'])}: {ratio:.2f}:1")
    for group in page.evaluate(TOGGLES):
        for pressed in group["pressed"]:
            for unpressed in group["unpressed"]:
                fill = contrast(tuple(pressed["bg"]), tuple(unpressed["bg"]))
                edge = (
                    contrast(tuple(pressed["border"]), tuple(unpressed["border"]))
                    if pressed["borderWidth"] >= 2
                    else 1.0
                )
                if max(fill, edge) < 3.0:
                    problems.append(
                        f"{state}: pressed '{pressed['text']}' vs unpressed '{unpressed['text']}': fill {fill:.2f}:1,"
                        f" border {edge:.2f}:1"
                    )
    return problems
