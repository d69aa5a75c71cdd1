"""Calibration answer generator (kept outside the repo). Expert answers are written by hand per exercise;
the other levels are derived with fixed rules plus hand-written misguided texts."""
import json, random, re, sys
from pathlib import Path
from kit.content.library import build_library, PACKAGE_DIR, content_root
from kit.content.models import Kind
from kit.answers_io import check_answers, read_answers_file

paths = sorted((PACKAGE_DIR/"methods").glob("*.yaml")) + sorted((PACKAGE_DIR/"templates").glob("*.yaml")) + sorted((content_root()/"scenarios").glob("*.yaml"))
LIB = build_library(paths, need_references=False)
OUT = Path(content_root()) / "tests" / "calibration"
LEVELS = ["expert", "good", "middling", "weak", "misguided", "paster"]

VAGUE = [
    "Er speelt van alles in de buurt en het is belangrijk dat we er met elkaar over in gesprek gaan.",
    "Het is een lastige situatie. Samenwerken en goed communiceren is hier belangrijk.",
    "We moeten de situatie goed in de gaten houden en waar nodig actie ondernemen.",
    "Verschillende partijen moeten hier iets mee, en de bewoners moeten ook meedoen.",
]
WEAK = ["Weet ik niet precies.", "Overleg.", "Meer toezicht.", "Met elkaar praten.", "Gemeente moet iets doen.", "Goed kijken wat er gebeurt."]


def first_sentences(text, n):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return " ".join(parts[:n])


def opts(ex, s, q):
    return [o.id for o in ex.options.get((s, q), ())]


def derive(ex, expert, level, mis, good_over, mid_over, weak_over, paste_text, seed):
    rnd = random.Random(seed + level)
    out = {}
    for step in ex.steps:
        if step.id not in expert:
            continue
        so = {}
        for q in step.vragen:
            if q.id not in expert[step.id]:
                continue
            key = f"{step.id}.{q.id}"
            ev = expert[step.id][q.id]
            allopts = opts(ex, step.id, q.id)
            wrong = [o for o in allopts if o != "geen" and (o not in (ev if isinstance(ev, list) else [ev]))]
            if level == "expert":
                v = ev
            elif level == "good":
                v = good_over.get(key, _good(q, ev, allopts, rnd, ex, step.id))
            elif level == "middling":
                if key in mid_over:
                    v = mid_over[key]
                else:
                    v = _mid(q, ev, allopts, wrong, rnd, ex, step.id)
            elif level == "weak":
                if key in weak_over:
                    v = weak_over[key]
                else:
                    v = _weak(q, ev, allopts, wrong, rnd, ex, step.id)
            elif level == "misguided":
                v = mis.get(key, _mis_default(q, ev, allopts, wrong, rnd, ex, step.id))
            else:
                v = _paste(q, ev, allopts, rnd, ex, step.id, paste_text)
            if v is None or v == "SKIP":
                continue
            so[q.id] = v
            # namelijk texts
            nk = q.id + ".namelijk"
            if nk in expert[step.id] and q.soort == Kind.choose_many:
                chosen_open = {k: t for k, t in expert[step.id][nk].items() if k in v}
                if level == "paster":
                    chosen_open = {k: paste_text[:600] for k in v if k.endswith(".anders")}
                elif level == "misguided" and (key + ".namelijk") in mis:
                    chosen_open = mis[key + ".namelijk"]
                if chosen_open:
                    so[nk] = chosen_open
            elif level == "paster" and q.soort == Kind.choose_many:
                o = {k: paste_text[:600] for k in v if k.endswith(".anders")}
                if o:
                    so[nk] = o
            elif level == "misguided" and (key + ".namelijk") in mis and q.soort == Kind.choose_many:
                so[nk] = mis[key + ".namelijk"]
        if so:
            out[step.id] = so
    return out


def _good(q, ev, allopts, rnd, ex, sid):
    k = q.soort
    if k == Kind.choose_many:
        if len(ev) >= 4:
            drop = 1 if len(ev) < 6 else 2
            keep = list(ev)
            for _ in range(drop):
                keep.pop(rnd.randrange(1, len(keep)))
            return keep
        return ev
    if k == Kind.ranking:
        return [ev[0], ev[2], ev[1]] if len(ev) >= 3 else ev
    if k == Kind.free_text:
        return first_sentences(ev, max(2, len(re.split(r"(?<=[.!?])\s+", ev)) * 2 // 3))
    if k == Kind.records:
        return ev[:-1] if len(ev) > 2 else ev
    if k == Kind.ordinal and q.id == "omvang":  # a near miss on the scale
        i = allopts.index(ev)
        return allopts[i - 1] if i > 0 else allopts[i + 1]
    if k == Kind.classify:
        items = list(ev)
        v = dict(ev)
        cats = [o.id for o in ex.categories[(sid, q.id)]]
        it = items[len(items) // 2]
        v[it] = [c for c in cats if c != ev[it]][0]
        return v
    return ev


def _mid(q, ev, allopts, wrong, rnd, ex, sid):
    k = q.soort
    if k == Kind.choose_many:
        keep = ev[: max(1, (len(ev) + 1) // 2)]
        extra = [w for w in wrong if not w.endswith(".anders")]
        if extra:
            keep = keep + [rnd.choice(extra)]
        if q.max_keuzes:
            keep = keep[: q.max_keuzes]
        return keep
    if k in (Kind.ordinal,):
        i = allopts.index(ev)
        j = i - 1 if i > 0 else i + 1
        return allopts[j]
    if k == Kind.choose_one:
        return ev
    if k == Kind.timeline:
        i = allopts.index(ev)
        return allopts[min(len(allopts) - 1, i + 1)]
    if k == Kind.ranking:
        others = [o for o in allopts if o not in ev]
        return [ev[1], ev[0], rnd.choice(others)] if len(ev) >= 2 and others else ev
    if k == Kind.free_text:
        return first_sentences(ev, 1) + " " + rnd.choice(VAGUE)
    if k == Kind.records:
        row = dict(ev[0])
        for f in q.velden:
            if not ex.field_options.get((sid, q.id, f.id)) and isinstance(row.get(f.id), str):
                row[f.id] = " ".join(row[f.id].split()[:6])
        return [row]
    if k == Kind.classify:
        v = dict(ev)
        cats = [o.id for o in ex.categories[(sid, q.id)]]
        for it in list(ev)[1::3]:
            v[it] = [c for c in cats if c != ev[it]][0]
        return v
    return ev


def _weak(q, ev, allopts, wrong, rnd, ex, sid):
    k = q.soort
    if k == Kind.choose_many:
        extra = [w for w in wrong if not w.endswith(".anders")]
        v = [ev[-1]] + ([rnd.choice(extra)] if extra else [])
        return v[: q.max_keuzes] if q.max_keuzes else v
    if k == Kind.ordinal:
        i = allopts.index(ev)
        j = i + 2 if i + 2 < len(allopts) else max(0, i - 2)
        return allopts[j]
    if k == Kind.choose_one:
        others = [o for o in allopts if o != ev]
        return rnd.choice(others) if others else ev
    if k == Kind.timeline:
        return allopts[0]
    if k == Kind.ranking:
        others = [o for o in allopts if o not in ev]
        return others[:2] + [ev[0]]
    if k == Kind.free_text:
        return None if rnd.random() < 0.35 else rnd.choice(WEAK)
    if k == Kind.records:
        row = {}
        for f in q.velden:
            fo = ex.field_options.get((sid, q.id, f.id))
            row[f.id] = fo[0].id if fo else rnd.choice(["overleg", "kijken", "zsm", "iedereen", "politie"])
        return [row]
    if k == Kind.classify:
        cats = [o.id for o in ex.categories[(sid, q.id)]]
        return {it: cats[0] for it in list(ev)[: len(ev) // 2]}
    return ev


def _mis_default(q, ev, allopts, wrong, rnd, ex, sid):
    k = q.soort
    if k == Kind.choose_many:
        v = [w for w in wrong if not w.endswith(".anders")][:3] + [ev[0]]
        return v[: q.max_keuzes] if q.max_keuzes else v
    if k == Kind.classify:
        cats = [o.id for o in ex.categories[(sid, q.id)]]
        if "waarneming" in cats:  # opinions taken for facts
            return {it: "waarneming" for it in ev}
        return {it: ("gegeven" if c == "beleving" else c) for it, c in ev.items()}  # perceptions taken for facts
    return _weak(q, ev, allopts, wrong, rnd, ex, sid)


def _paste(q, ev, allopts, rnd, ex, sid, paste_text):
    k = q.soort
    if k == Kind.choose_many:
        v = [o for o in allopts if o != "geen"]
        return v[: q.max_keuzes] if q.max_keuzes else v
    if k in (Kind.ordinal, Kind.choose_one):
        return rnd.choice(allopts)
    if k == Kind.timeline:
        return allopts[0]
    if k == Kind.ranking:
        return allopts[: q.max_keuzes or 3]
    if k == Kind.free_text:
        chunks = [c.strip() for c in re.split(r"\n\s*\n", paste_text) if c.strip()]
        i = rnd.randrange(len(chunks))
        out = chunks[i]
        while len(out) < 1500 and i + 1 < len(chunks):
            i += 1
            out += "\n\n" + chunks[i]
        return out[:4900]
    if k == Kind.records:
        chunks = [c.strip() for c in re.split(r"\n\s*\n", paste_text) if c.strip()]
        rows = []
        for i in range(3):
            row = {}
            for j, f in enumerate(q.velden):
                fo = ex.field_options.get((sid, q.id, f.id))
                row[f.id] = fo[i % len(fo)].id if fo else chunks[(i + j) % len(chunks)][:900]
            rows.append(row)
        return rows
    if k == Kind.classify:
        cats = [o.id for o in ex.categories[(sid, q.id)]]
        return {it: cats[0] for it in ev}
    return ev


def write(eid, expert, mis, paste_text, good_over=None, mid_over=None, weak_over=None, level_over=None):
    ex = LIB.exercises[eid]
    d = OUT / eid
    d.mkdir(parents=True, exist_ok=True)
    for lvl in LEVELS:
        a = derive(ex, expert, lvl, mis, good_over or {}, mid_over or {}, weak_over or {}, paste_text, eid)
        if level_over and lvl in level_over:
            for k, v in level_over[lvl].items():
                s, qq = k.split(".", 1)
                if v is None:
                    a.get(s, {}).pop(qq, None)
                else:
                    a.setdefault(s, {})[qq] = v
        check_answers(ex, a)
        p = d / f"{lvl}.json"
        p.write_text(json.dumps({"oefening": eid, "antwoorden": a}, ensure_ascii=False, indent=2) + "\n")
        read_answers_file(p)
    # completeness of expert
    missing = [f"{s.id}.{q.id}" for s, q in ex.questions() if q.id not in expert.get(s.id, {})]
    print(eid, "ok", "expert missing:", missing)


def story(eid):
    ex = LIB.exercises[eid]
    return (ex.scenario.verhaal or "").strip()
